import { join } from 'node:path';
import { censusDifference, takeCensus, type Census } from './census.ts';
import { median, timeCommand, type TimedRun } from './timing.ts';

/** The example suite timed under the harness and under the bare loop, run for run. */
export interface HarnessComparison {
	concurrency: number;
	processes: number;
	// When each side's example processes ran, from the untimed census runs.
	census: { bare: Census; harness: Census };
	bare: TimedRun[];
	harness: TimedRun[];
	// Harness time over bare time of each round; the median of these is the reported ratio.
	wallRatios: number[];
	cpuRatios: number[];
}

export const suiteFile = 'test/examples.test.ts';
const runTimeoutMs = 5 * 60_000;

/** The two commands compared, both started with this Node from the project root. */
export function comparedCommands(root: string, concurrency: number) {
	return {
		bare: [join(root, 'scripts/bench/bare-examples.ts'), String(concurrency)],
		harness: [join(root, 'node_modules/vitest/vitest.mjs'), 'run', suiteFile],
	};
}

/**
 * Checks that both sides start the same example processes, then times them in alternating
 * order (bare first in odd rounds, harness first in even ones) so that drift in the machine's
 * load hits both alike.
 */
export async function compareHarness(
	root: string,
	concurrency: number,
	rounds: number,
	progress: (line: string) => void,
): Promise<HarnessComparison> {
	const commands = comparedCommands(root, concurrency);
	const census = await checkSameProcesses(root, commands);
	const result: HarnessComparison = {
		concurrency,
		processes: census.bare.processes.length,
		census,
		bare: [],
		harness: [],
		wallRatios: [],
		cpuRatios: [],
	};

	for (let round = 1; round <= rounds; round++) {
		const order = round % 2 === 1 ? (['bare', 'harness'] as const) : (['harness', 'bare'] as const);
		for (const side of order) result[side].push(await timeSide(root, commands[side], side));
		const [bare, harness] = [result.bare.at(-1)!, result.harness.at(-1)!];
		result.wallRatios.push(harness.wallMs / bare.wallMs);
		result.cpuRatios.push(harness.cpuMs / bare.cpuMs);
		progress(`round ${round}/${rounds}: harness/bare ${result.wallRatios.at(-1)!.toFixed(2)}`);
	}
	return result;
}

/** The median of the per-round wall-time ratios: the number the goal is about. */
export function harnessRatio(comparison: HarnessComparison): number {
	return median(comparison.wallRatios);
}

async function checkSameProcesses(root: string, commands: ReturnType<typeof comparedCommands>) {
	const bare = await takeCensus(process.execPath, commands.bare, root);
	const harness = await takeCensus(process.execPath, commands.harness, root);
	const difference = censusDifference(bare.processes, harness.processes);
	if (difference.length > 0 || bare.processes.length === 0) {
		throw new Error(
			`The bare loop and the harness must start the same example processes (count bare vs harness):\n${difference.join('\n') || '(neither started any)'}\nUpdate test/harness/suite-runs.ts to match ${suiteFile}.`,
		);
	}
	return { bare, harness };
}

async function timeSide(root: string, args: string[], side: 'bare' | 'harness') {
	const run = await timeCommand(process.execPath, args, { cwd: root, timeoutMs: runTimeoutMs });
	if (run.exitCode !== 0) {
		throw new Error(`The ${side} run exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
	}
	if (side === 'bare' && JSON.parse(run.stdout).unexpected.length > 0) {
		throw new Error(`The bare loop saw unexpected exits: ${run.stdout}`);
	}
	return run;
}
