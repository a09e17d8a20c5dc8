import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addCounts, countTestCases, summaryLine } from '../../scripts/junit-summary.ts';

// Reports vitest's junit reporter wrote: one with a pass, a failure, a file that could not load,
// a skipped and a todo test; one where all three tests passed.
const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '../fixtures/junit', name), 'utf8');

describe('countTestCases', () => {
	test.for([
		['mixed.xml', { passed: 1, failed: 2, skipped: 2 }],
		['all-passed.xml', { passed: 3, failed: 0, skipped: 0 }],
	] as const)('counts the test cases of %s', ([name, counts]) => {
		expect(countTestCases(fixture(name))).toEqual(counts);
	});

	test('refuses a file that is not a JUnit report', () => {
		expect(() => countTestCases('<html></html>')).toThrow(
			'expected a JUnit report with a <testsuites> element, got none.',
		);
	});
});

describe('summaryLine', () => {
	test('reads "Tests: N passed, N failed"', () => {
		expect(summaryLine({ passed: 81, failed: 0, skipped: 0 })).toBe('Tests: 81 passed, 0 failed');
	});

	test('adds the skipped count only when a test was skipped', () => {
		expect(summaryLine({ passed: 1, failed: 2, skipped: 2 })).toBe(
			'Tests: 1 passed, 2 failed, 2 skipped',
		);
	});
});

describe('addCounts', () => {
	test('adds up the reports of the main and the browser tests', () => {
		const counts = addCounts([
			countTestCases(fixture('mixed.xml')),
			countTestCases(fixture('all-passed.xml')),
		]);

		expect(counts).toEqual({ passed: 4, failed: 2, skipped: 2 });
	});
});
