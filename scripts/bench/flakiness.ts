import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suiteFile } from './harness-ratio.ts';
import { timeCommand } from './timing.ts';

/** What repeated runs of the example suite found: how many failed, and which tests. */
export interface Flakiness {
	runs: number;
	failedRuns: number;
	// Each failing test's full name, with how many runs it failed in.
	failures: Map<string, number>;
	wallMs: number[];
}

interface JsonReport {
	testResults: {
		assertionResults: { fullName: string; status: string }[];
		message?: string;
		name: string;
	}[];
}

const runTimeoutMs = 5 * 60_000;

/** Runs the example suite `runs` times in a row and collects every test that failed. */
export async function measureFlakiness(
	root: string,
	runs: number,
	progress: (line: string) => void,
): Promise<Flakiness> {
	const scratch = mkdtempSync(join(tmpdir(), 'flakiness-'));
	const result: Flakiness = { runs, failedRuns: 0, failures: new Map(), wallMs: [] };

	try {
		for (let run = 1; run <= runs; run++) {
			const failed = await runOnce(root, join(scratch, `run-${run}.json`), result);
			if (failed.length > 0) result.failedRuns++;
			for (const name of failed) result.failures.set(name, (result.failures.get(name) ?? 0) + 1);
			progress(`run ${run}/${runs}: ${failed.length === 0 ? 'passed' : `${failed.length} failed`}`);
		}
		return result;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** The names of the tests that failed in one run; a run that crashed counts as one failure. */
async function runOnce(root: string, reportPath: string, result: Flakiness) {
	const vitest = join(root, 'node_modules/vitest/vitest.mjs');
	const args = [vitest, 'run', suiteFile, '--reporter=json', `--outputFile=${reportPath}`];
	const run = await timeCommand(process.execPath, args, { cwd: root, timeoutMs: runTimeoutMs });
	result.wallMs.push(run.wallMs);

	if (!existsSync(reportPath))
		return [
			`(the run exited ${run.exitCode} without a report: ${run.stderr.trim().split('\n').at(-1)})`,
		];
	const report = JSON.parse(readFileSync(reportPath, 'utf8')) as JsonReport;
	const failed = report.testResults.flatMap((file) => [
		...(file.assertionResults.length === 0 && file.message
			? [`${file.name}: ${file.message.split('\n')[0]}`]
			: []),
		...file.assertionResults
			.filter((test) => test.status === 'failed')
			.map((test) => test.fullName),
	]);
	if (failed.length === 0 && run.exitCode !== 0)
		return [`(the run exited ${run.exitCode} with no failed test)`];
	return failed;
}
