import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { languages, type LanguageId } from '../src/recipes/languages.ts';
import { loadRecipes, type Recipe } from './harness/recipes.ts';
import { describeResult } from './harness/report.ts';
import { sentRequest } from './harness/requests.ts';
import { runSteps, type StepResult } from './harness/run-recipe.ts';
import { errorCalls, unsetCall, unsetCases, walkCalls } from './harness/suite-runs.ts';

const recipes = loadRecipes();

// Each language walks each recipe once; the tests that read that walk share it.
const walks = new Map<string, Promise<StepResult[]>>();

function walk(recipe: Recipe, language: LanguageId) {
	const key = `${recipe.name}/${language}`;
	if (!walks.has(key)) {
		walks.set(key, runSteps(recipe, language, walkCalls(recipe)));
	}
	return walks.get(key)!;
}

// Recipes run side by side too, so that one recipe's last runs do not leave the run slots idle.
describe.concurrent.each(recipes)('$name', (recipe) => {
	describe.concurrent.each(languages)('in $label', (language) => {
		test('runs every step and prints the JSON the mock answered', async () => {
			for (const result of await walk(recipe, language.id)) {
				const report = describeResult(result);
				expect(result.run.exitCode, report).toBe(0);
				expect(
					result.exchanges.filter((e) => e.unhandled),
					report,
				).toEqual([]);
				expect(printedJson(result), report).toEqual(
					JSON.parse(result.exchanges.at(-1)!.responseBody),
				);
			}
		});

		test('prints the expected responses the page shows', async () => {
			const results = await walk(recipe, language.id);

			for (const [index, step] of recipe.steps.entries()) {
				const expected = readJson(step.response);
				expect(printedJson(results[index]!), describeResult(results[index]!)).toEqual(expected);
			}
		});

		test.for(recipe.errors)(
			'exits non-zero and reports the status for the $status $name error',
			async (error) => {
				const results = await runSteps(recipe, language.id, errorCalls(error));
				const result = results.at(-1)!;
				const report = describeResult(result);
				const answer = result.exchanges.at(-1);

				expect(
					results.slice(0, -1).map((r) => r.run.exitCode),
					'the steps run first must succeed',
				).toEqual(error.after.map(() => 0));
				expect(answer?.status, report).toBe(error.status);
				expect(JSON.parse(answer!.responseBody), report).toEqual(readJson(error.response));
				expect(result.run.exitCode, report).not.toBe(0);
				expect(result.run.stderr, report).toContain(String(error.status));
				expect(`${result.run.stdout}\n${result.run.stderr}`, report).toContain(
					readJson(error.response).error.message,
				);
			},
		);

		test.for(unsetCases(recipe, language.id))(
			'stops with a one-line message naming $variable when it is unset ($step)',
			async ({ step, variable }) => {
				const [result] = await runSteps(recipe, language.id, [unsetCall({ step, variable })]);
				const report = describeResult(result!);

				expect(result!.run.exitCode, report).not.toBe(0);
				expect(result!.run.stderr.trim().split('\n'), report).toEqual([
					expect.stringContaining(variable),
				]);
				expect(result!.exchanges, report).toEqual([]);
			},
		);
	});

	test.concurrent.for(languages.filter((language) => language.id !== 'curl'))(
		'$label sends the same requests as curl',
		async (language) => {
			const [reference, candidate] = await Promise.all([
				walk(recipe, 'curl'),
				walk(recipe, language.id),
			]);

			for (const [index, step] of recipe.steps.entries()) {
				const sent = (results: StepResult[]) => results[index]!.exchanges.map(sentRequest);
				expect(sent(candidate), `step ${step.name}: ${language.label} and curl differ`).toEqual(
					sent(reference),
				);
			}
		},
	);
});

function printedJson(result: StepResult): unknown {
	try {
		return JSON.parse(result.run.stdout);
	} catch (error) {
		throw new Error(
			`${result.run.command} printed no JSON: ${(error as Error).message}\n${describeResult(result)}`,
		);
	}
}

function readJson(path: string) {
	return JSON.parse(readFileSync(path, 'utf8'));
}
