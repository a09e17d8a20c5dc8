// Prints the closing line of a CI run from the JUnit report: `Tests: 81 passed, 0 failed`.
import { readFileSync } from 'node:fs';
import { junitReportPaths } from './test-plan.ts';

export interface TestCounts {
	passed: number;
	failed: number;
	skipped: number;
}

/** Counts the test cases of a JUnit report: failed with a failure or error, skipped, or passed. */
export function countTestCases(xml: string): TestCounts {
	if (!/<testsuites\b/.test(xml)) {
		throw new Error('expected a JUnit report with a <testsuites> element, got none.');
	}

	const counts = { passed: 0, failed: 0, skipped: 0 };
	for (const [, body = ''] of xml.matchAll(/<testcase\b[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
		if (/<(failure|error)\b/.test(body)) counts.failed++;
		else if (/<skipped\b/.test(body)) counts.skipped++;
		else counts.passed++;
	}
	return counts;
}

/** The summary line, with the skipped count only when some were skipped. */
export function summaryLine({ passed, failed, skipped }: TestCounts): string {
	const line = `Tests: ${passed} passed, ${failed} failed`;
	return skipped > 0 ? `${line}, ${skipped} skipped` : line;
}

/** The counts of several reports added up. */
export function addCounts(counts: TestCounts[]): TestCounts {
	return counts.reduce(
		(sum, next) => ({
			passed: sum.passed + next.passed,
			failed: sum.failed + next.failed,
			skipped: sum.skipped + next.skipped,
		}),
		{ passed: 0, failed: 0, skipped: 0 },
	);
}

function readCounts(path: string): TestCounts {
	try {
		return countTestCases(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason =
			(error as NodeJS.ErrnoException).code === 'ENOENT'
				? 'it does not exist: the tests did not run to the end.'
				: (error as Error).message;
		throw new Error(`Cannot summarize ${path}: ${reason}`);
	}
}

if (import.meta.main) {
	const paths = process.argv.length > 2 ? process.argv.slice(2) : [...junitReportPaths];
	try {
		console.log(summaryLine(addCounts(paths.map(readCounts))));
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}
