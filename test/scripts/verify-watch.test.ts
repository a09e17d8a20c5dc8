import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { copyProject } from './project-copy.ts';

// Each wait covers vitest's start-up or one recipe's run, a few seconds on two cores.
const lineTimeoutMs = 60_000;

test(
	"npm run verify -- --watch reruns the saved recipe, then the recipes that use the changed step, in the saved file's language, and a newer save stops that second run",
	async (context) => {
		const { root, remove } = copyProject();
		context.onTestFinished(remove);
		// Create a Target, and a recipe that borrows its first step and nothing else.
		for (const recipe of readdirSync(join(root, 'examples'))) {
			if (recipe !== 'create-target') rmSync(join(root, 'examples', recipe), { recursive: true });
		}
		mkdirSync(join(root, 'examples/borrower'));
		writeFileSync(
			join(root, 'examples/borrower/recipe.json'),
			JSON.stringify({ steps: [{ name: 'create-target', from: 'create-target' }] }),
		);
		const save = (file: string) => {
			const path = join(root, 'examples/create-target', file);
			writeFileSync(path, readFileSync(path));
		};

		// The first run, before watching, is of the short borrowing recipe.
		const watcher = execa(process.execPath, ['scripts/verify.ts', '--watch', 'borrower'], {
			cwd: root,
			env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
			extendEnv: false,
			stdin: 'ignore',
			reject: false,
			timeout: 5 * lineTimeoutMs,
		});
		context.onTestFinished(() => void watcher.kill('SIGINT'));
		const lines = verifyLines(watcher.stdout!);

		const first = await lines.until(/^\[verify\] watching /);
		expect(first).toEqual([
			expect.stringMatching(/^\[verify\] borrower: passed, \d+ passed in [\d.]+ s$/),
			'[verify] watching examples and src/content/docs/recipes; press Ctrl+C to stop',
		]);

		// No other recipe uses the check step.
		save('verify-target.py');
		expect(await lines.until(/^\[verify\] create-target \(Python only\): /)).toEqual([
			'[verify] examples/create-target/verify-target.py changed',
			'[verify] rerunning create-target (Python only)',
			expect.stringMatching(
				/^\[verify\] create-target \(Python only\): passed, \d+ passed in [\d.]+ s$/,
			),
		]);

		save('create-target.py');
		expect(await lines.until(/^\[verify\] rerunning borrower/)).toEqual([
			'[verify] examples/create-target/create-target.py changed',
			'[verify] rerunning create-target (Python only)',
			expect.stringMatching(/^\[verify\] create-target \(Python only\): passed, /),
			'[verify] rerunning borrower (Python only), which use the changed steps',
		]);
		save('verify-target.py');
		const last = await lines.until(/^\[verify\] borrower \(Python only\): (passed|FAILED)/);
		expect(last).toEqual([
			'[verify] examples/create-target/verify-target.py changed',
			expect.stringMatching(
				/^\[verify\] borrower \(Python only\): stopped for a newer save after [\d.]+ s$/,
			),
			'[verify] rerunning create-target (Python only)',
			expect.stringMatching(/^\[verify\] create-target \(Python only\): passed, /),
			// The stopped recipe waited for the newer save's run, then ran.
			'[verify] rerunning borrower (Python only), which use the changed steps',
			expect.stringMatching(
				/^\[verify\] borrower \(Python only\): passed, \d+ passed in [\d.]+ s$/,
			),
		]);
		// The Python tests and the comparison with curl, not those of curl and JavaScript.
		expect(passedCount(last.at(-1)!)).toBeLessThan(passedCount(first[0]!));
	},
	5 * lineTimeoutMs,
);

function passedCount(summary: string) {
	return Number(/ (\d+) passed in /.exec(summary)![1]);
}

/** The watcher's own lines (vitest's report between them left out), read as they come. */
function verifyLines(stdout: NodeJS.ReadableStream) {
	const seen: string[] = [];
	let read = 0;
	let wake = () => {};
	createInterface({ input: stdout }).on('line', (line) => {
		if (!line.startsWith('[verify]')) return;
		seen.push(line);
		wake();
	});

	return {
		/** The lines since the last call, up to and including the first that matches. */
		async until(pattern: RegExp): Promise<string[]> {
			const deadline = Date.now() + lineTimeoutMs;
			for (;;) {
				const index = seen.findIndex((line, i) => i >= read && pattern.test(line));
				if (index >= 0) {
					const lines = seen.slice(read, index + 1);
					read = index + 1;
					return lines;
				}
				const left = deadline - Date.now();
				if (left <= 0) {
					throw new Error(
						`Expected a line matching ${pattern} within ${lineTimeoutMs} ms; the watcher printed:\n${seen.slice(read).join('\n')}`,
					);
				}
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, left);
					wake = () => {
						clearTimeout(timer);
						resolve();
					};
				});
			}
		},
	};
}
