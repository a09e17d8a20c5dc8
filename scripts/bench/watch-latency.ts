import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { nextLine } from './read-lines.ts';
import { timeCommand } from './timing.ts';

/** How long after a save the watcher starts a rerun and prints its results. */
export interface WatchLatency {
	recipe: string;
	saved: string;
	// The recipes rerun after the saved one because they use the step the save changed.
	using: string[];
	toRerunMs: number[];
	// To the saved recipe's result, then to the result of the recipes that use its step.
	toResultMs: number[];
	toUsingResultMs: number[];
	// The bare loops over the saved recipe and over those that use its step, which the watcher
	// runs one after the other, for comparison; both as the watcher runs them, Python tests only.
	bareMs: number[];
	bareUsingMs: number[];
}

const lineTimeoutMs = 5 * 60_000;

/**
 * Starts `scripts/verify.ts --watch` in a project, waits for its first run, then saves the
 * recipe's first example file unchanged `saves` times, timing each save to the rerun's start and
 * to the summary lines of both runs that follow: the saved recipe's, then its users'.
 */
export async function measureWatchLatency(
	dir: string,
	recipe: string,
	saves: number,
	concurrency: number,
): Promise<WatchLatency> {
	const saved = `examples/${recipe}/${recipe}.py`;
	const watcher = spawn(process.execPath, [join(dir, 'scripts/verify.ts'), '--watch', recipe], {
		cwd: dir,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const lines = createInterface({ input: watcher.stdout })[Symbol.asyncIterator]();
	const result: WatchLatency = {
		recipe,
		saved,
		using: [],
		toRerunMs: [],
		toResultMs: [],
		toUsingResultMs: [],
		bareMs: [],
		bareUsingMs: [],
	};
	const passed = (line: string) => {
		if (!/: passed, /.test(line)) throw new Error(`A rerun after a save did not pass: ${line}`);
	};

	try {
		await waitFor(lines, /^\[verify\] watching /);
		for (let save = 0; save < saves; save++) {
			const content = readFileSync(join(dir, saved));
			const started = performance.now();
			writeFileSync(join(dir, saved), content);
			await waitFor(lines, /^\[verify\] rerunning /);
			result.toRerunMs.push(performance.now() - started);
			passed(await waitFor(lines, new RegExp(`^\\[verify\\] ${recipe}(?: \\(.*\\))?: `)));
			result.toResultMs.push(performance.now() - started);
			const second = await waitFor(lines, /^\[verify\] rerunning .*, which use the changed steps$/);
			result.using = /^\[verify\] rerunning (.*?)(?: \(.*\))?, which use/
				.exec(second)![1]!
				.split(', ');
			passed(await waitFor(lines, /^\[verify\] (?!rerunning).*: (passed|FAILED|stopped)/));
			result.toUsingResultMs.push(performance.now() - started);

			result.bareMs.push(await timeBare(dir, concurrency, [recipe]));
			result.bareUsingMs.push(await timeBare(dir, concurrency, result.using));
		}
		return result;
	} finally {
		watcher.kill('SIGINT');
	}
}

/** The bare loop over what the Python tests of the given recipes run, as the watcher reruns them. */
async function timeBare(dir: string, concurrency: number, recipes: string[]) {
	const script = join(dir, 'scripts/bench/bare-examples.ts');
	const args = [script, String(concurrency), '--only', 'python', ...recipes];
	const run = await timeCommand(process.execPath, args, { cwd: dir, timeoutMs: lineTimeoutMs });
	if (run.exitCode !== 0) throw new Error(`The bare loop exited ${run.exitCode}: ${run.stderr}`);
	return run.wallMs;
}

async function waitFor(lines: AsyncIterator<string>, pattern: RegExp): Promise<string> {
	const deadline = performance.now() + lineTimeoutMs;
	for (;;) {
		const left = deadline - performance.now();
		const line = await nextLine(lines, Math.max(left, 0), `The watcher, waiting for ${pattern},`);
		if (pattern.test(line)) return line;
	}
}
