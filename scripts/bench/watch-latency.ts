import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { nextLine } from './read-lines.ts';
import { timeCommand } from './timing.ts';

/** How long after a save the watcher starts a rerun and prints its result. */
export interface WatchLatency {
	recipe: string;
	saved: string;
	toRerunMs: number[];
	toResultMs: number[];
	// The bare loop over the same recipe, run after each save's result, for comparison.
	bareMs: number[];
}

const lineTimeoutMs = 5 * 60_000;

/**
 * Starts `scripts/verify.ts --watch` in a project, waits for its first run, then saves an example
 * file unchanged `saves` times, timing each save to the rerun's start and to its summary line.
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
	const result: WatchLatency = { recipe, saved, toRerunMs: [], toResultMs: [], bareMs: [] };

	try {
		await waitFor(lines, /^\[verify\] watching /);
		for (let save = 0; save < saves; save++) {
			const content = readFileSync(join(dir, saved));
			const started = performance.now();
			writeFileSync(join(dir, saved), content);
			await waitFor(lines, /^\[verify\] rerunning /);
			result.toRerunMs.push(performance.now() - started);
			const summary = await waitFor(lines, /^\[verify\] .*: (passed|FAILED),/);
			if (!summary.includes('passed,'))
				throw new Error(`The rerun after a save failed: ${summary}`);
			result.toResultMs.push(performance.now() - started);
			result.bareMs.push(await timeBare(dir, concurrency));
		}
		return result;
	} finally {
		watcher.kill('SIGINT');
	}
}

/** The bare loop over every recipe of the project, which in the watched copy is the one saved. */
async function timeBare(dir: string, concurrency: number) {
	const args = [join(dir, 'scripts/bench/bare-examples.ts'), String(concurrency)];
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
