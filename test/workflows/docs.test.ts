import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const source = readFileSync(join(import.meta.dirname, '../../.github/workflows/docs.yml'), 'utf8');

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}

const workflow = parse(source) as {
	on: Record<string, unknown>;
	jobs: Record<string, { strategy: { matrix: { shard: number[] } }; steps: Step[] }>;
};
const job = workflow.jobs.test!;

describe('.github/workflows/docs.yml', () => {
	test('is a workflow that GitHub accepts', () => {
		expect(validateWorkflow(source).errors).toEqual([]);
	});

	test('is checked against the schema, so a misspelt key fails', () => {
		const broken = source.replace('runs-on:', 'runs_on:');

		expect(validateWorkflow(broken).errors).not.toEqual([]);
	});

	test('runs on pull requests', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
	});

	test('sets up Node 24, Python with requests and curl before npm test', () => {
		const before = job.steps.slice(
			0,
			job.steps.findIndex((step) => step.run?.startsWith('npm test')),
		);

		expect(before).toContainEqual(
			expect.objectContaining({
				uses: 'actions/setup-node@v4',
				with: expect.objectContaining({ 'node-version': 24 }),
			}),
		);
		expect(before).toContainEqual(expect.objectContaining({ uses: 'actions/setup-python@v5' }));
		expect(before).toContainEqual(
			expect.objectContaining({ run: 'pip install -r examples/requirements.txt' }),
		);
		expect(before).toContainEqual(expect.objectContaining({ run: 'curl --version' }));
		expect(before).toContainEqual(expect.objectContaining({ run: 'npm ci --no-audit --no-fund' }));
	});

	test('runs npm test sharded across every job of the matrix', () => {
		const shards = job.strategy.matrix.shard;

		expect(job.steps.map((step) => step.run)).toContain(
			'npm test -- --shard=${{ matrix.shard }}/${{ strategy.job-total }}',
		);
		expect(shards).toEqual(shards.map((_, index) => index + 1));
	});
});
