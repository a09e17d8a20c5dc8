import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageRuns, reportAcrossLanguages } from './language-runs.ts';
import { loadRecipe } from '../../src/recipes/recipes.ts';
import { describeResult } from './report.ts';
import type { StepResult } from './run-recipe.ts';

// A recipe broken on purpose, outside examples/: its Python file misspells apiKey.
const broken = loadRecipe(join(import.meta.dirname, '../fixtures'), 'broken-recipe');
const runs = languageRuns(broken, 'steps', [{ step: broken.steps[0]! }]);
const path = '/tenants/tenant_acme/clusters/plane_dev_us_east_1/destinations';

describe('reportAcrossLanguages', () => {
	test('reports the failing language in one block: file, command, exit, output, answer, request diff', async () => {
		const [python] = await runs('python');

		const report = await reportAcrossLanguages(runs, 'python', 0);

		expect(python!.run.exitCode).toBe(1);
		expect(report.split('\n').filter((line) => /^(---|\S+ exited)/.test(line))).toEqual([
			'test/fixtures/broken-recipe/create-target.py exited 1',
			'--- command, run from test/fixtures/broken-recipe',
			'--- variables (and PATH)',
			'--- stdout',
			'--- stderr',
			'--- responses from the mock',
			'--- requests sent, diffed with those of curl and JavaScript (- curl and JavaScript, + Python)',
		]);
		expect(report).toContain(
			'--- command, run from test/fixtures/broken-recipe\npython3 create-target.py\n',
		);
		expect(report).toContain('\nZEN_PLANE_ID=plane_dev_us_east_1\n');
		expect(report).toContain(
			'--- stderr\nHTTP 400 Bad Request\n{\n  "error": {\n    "code": "invalid_destination",',
		);
		expect(report).toContain(`--- responses from the mock\nPOST ${path} -> 400\n`);
		expect(report).toContain(
			'"field": "config.apikey",\n        "message": "is not a stripe config field."',
		);
		expect(report.split('\n').filter((line) => /^[-+] /.test(line))).toEqual([
			'-         "apiKey": "sk_test_51MzQ8cLkT2x9Vb4R",',
			'+         "apikey": "sk_test_51MzQ8cLkT2x9Vb4R",',
		]);
	});

	test('says which languages sent the same requests, and diffs the one that did not', async () => {
		const report = await reportAcrossLanguages(runs, 'curl', 0);

		expect(report).toMatch(/^test\/fixtures\/broken-recipe\/create-target\.sh exited 0\n/);
		expect(report).toContain('--- requests sent, diffed with those of Python (- Python, + curl)\n');
		expect(report).toContain('\n--- requests sent: the same as those of JavaScript');
	});
});

describe('describeResult', () => {
	test('names the time limit when an example timed out', () => {
		const result: StepResult = {
			step: broken.steps[0]!,
			language: 'python',
			run: {
				file: 'examples/slow/create-target.py',
				dir: 'examples/slow',
				command: 'python3 create-target.py',
				env: {},
				exitCode: undefined,
				stdout: '',
				stderr: '',
				timedOut: true,
			},
			exchanges: [],
		};

		expect(describeResult(result)).toMatch(
			/^examples\/slow\/create-target\.py timed out after 20000 ms\n[\s\S]*\(no request reached the mock\)$/,
		);
	});
});
