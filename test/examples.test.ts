import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { envVarsIn } from '../src/recipes/environment.ts';
import { languages, type LanguageId } from '../src/recipes/languages.ts';
import { languageRuns, reportAcrossLanguages } from './harness/language-runs.ts';
import { recipesUnderTest, type ErrorCase, type Recipe } from './harness/recipes.ts';
import { describeResult } from './harness/report.ts';
import { sentRequest } from './harness/requests.ts';
import { runSteps, type StepResult } from './harness/run-recipe.ts';

// Every recipe, unless `npm test -- <recipe>` asked for some.
const recipes = recipesUnderTest();

// Each language walks each recipe once; the tests that read that walk share it.
function walk(recipe: Recipe) {
	const calls = recipe.steps.map((step) => ({ step: step.name }));
	return languageRuns(recipe, 'steps', calls);
}

function provoke(recipe: Recipe, error: ErrorCase) {
	const calls = [...error.after.map((step) => ({ step })), { step: error.step, env: error.env }];
	return languageRuns(recipe, `error ${error.name}`, calls);
}

describe.each(recipes)('$name', (recipe) => {
	describe.concurrent.each(languages)('in $label', (language) => {
		test('runs every step and prints the JSON the mock answered', async () => {
			const steps = walk(recipe);

			for (const [index, result] of (await steps(language.id)).entries()) {
				const report = await reportAcrossLanguages(steps, language.id, index);
				expect(result.run.exitCode, report).toBe(0);
				expect(
					result.exchanges.filter((e) => e.unhandled),
					report,
				).toEqual([]);
				expect(printedJson(result, report), report).toEqual(
					JSON.parse(result.exchanges.at(-1)!.responseBody),
				);
			}
		});

		test('prints the expected responses the page shows', async () => {
			const steps = walk(recipe);
			const results = await steps(language.id);

			for (const [index, step] of recipe.steps.entries()) {
				const report = await reportAcrossLanguages(steps, language.id, index);
				expect(printedJson(results[index]!, report), report).toEqual(readJson(step.response));
			}
		});

		test.for(recipe.errors)(
			'exits non-zero and reports the status for the $status $name error',
			async (error) => {
				const runs = provoke(recipe, error);
				const results = await runs(language.id);
				const result = results.at(-1)!;
				const report = await reportAcrossLanguages(runs, language.id, results.length - 1);
				const answer = result.exchanges.at(-1);

				for (const index of error.after.keys()) {
					const before = await reportAcrossLanguages(runs, language.id, index);
					expect(results[index]!.run.exitCode, `a step run first failed: ${before}`).toBe(0);
				}
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
				const [result] = await runSteps(recipe, language.id, [
					{ step, env: { [variable]: undefined } },
				]);
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
			const steps = walk(recipe);
			const [reference, candidate] = await Promise.all([steps('curl'), steps(language.id)]);

			for (const index of recipe.steps.keys()) {
				const sent = (results: StepResult[]) => results[index]!.exchanges.map(sentRequest);
				const report = await reportAcrossLanguages(steps, language.id, index);
				expect(sent(candidate), report).toEqual(sent(reference));
			}
		},
	);
});

function printedJson(result: StepResult, report: string): unknown {
	try {
		return JSON.parse(result.run.stdout);
	} catch (error) {
		throw new Error(`${result.run.file} printed no JSON: ${(error as Error).message}\n${report}`);
	}
}

function readJson(path: string) {
	return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every variable each step's file reads, for the test that runs the file without it. */
function unsetCases(recipe: Recipe, language: LanguageId) {
	return recipe.steps.flatMap((step) =>
		envVarsIn(readFileSync(step.files[language], 'utf8')).map((variable) => ({
			step: step.name,
			variable,
		})),
	);
}
