import { describe, expect, test } from 'vitest';
import { recipeFilterVariable, recipeNames } from '../../src/recipes/recipes.ts';
import { planTestRun } from '../../scripts/test-plan.ts';

const commands = (args: string[], ci = false) =>
	planTestRun(args, { ci }).steps.map((step) => step.command.join(' '));

describe('planTestRun', () => {
	test('lints, type-checks, builds and runs every test file, then the browser tests, when given no recipe', () => {
		const plan = planTestRun([], { ci: false });

		expect(plan.steps.map((step) => step.command.join(' '))).toEqual([
			'npm run lint',
			'npm run check',
			'npm run build',
			'vitest run',
			'vitest run --config vitest.e2e.config.ts',
		]);
		expect(plan.notice).toBeUndefined();
	});

	test('clears a recipe filter left in the environment, so a full run tests every recipe', () => {
		for (const vitest of planTestRun([], { ci: false }).steps.slice(-2)) {
			expect(vitest.env).toHaveProperty(recipeFilterVariable, undefined);
		}
	});

	test('runs only the example tests of the named recipes, and says what it skips', () => {
		const recipe = recipeNames()[0]!;

		const plan = planTestRun([recipe], { ci: false });

		expect(plan.steps.map((step) => step.command.join(' '))).toEqual([
			'vitest run test/examples.test.ts',
		]);
		expect(plan.steps[0]!.env).toEqual({ [recipeFilterVariable]: recipe });
		expect(plan.notice).toContain(
			'lint, type check, site build, the browser tests and the other tests are skipped',
		);
	});

	test('passes options to vitest unchanged', () => {
		expect(commands(['--shard=2/3']).slice(-2)).toEqual([
			'vitest run --shard=2/3',
			'vitest run --config vitest.e2e.config.ts --shard=2/3',
		]);
	});

	test('writes JUnit reports to reports/junit.xml and reports/junit-e2e.xml when CI is set', () => {
		expect(commands([], true).slice(-2)).toEqual([
			'vitest run --reporter=default --reporter=junit --outputFile.junit=reports/junit.xml',
			'vitest run --config vitest.e2e.config.ts --reporter=default --reporter=junit --outputFile.junit=reports/junit-e2e.xml',
		]);
	});

	test('refuses an unknown recipe, naming the recipes there are', () => {
		expect(() => planTestRun(['create-targt'], { ci: false })).toThrow(
			`No recipe named "create-targt": expected one of ${recipeNames().join(', ')}`,
		);
	});
});
