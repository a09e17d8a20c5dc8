import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContract } from '../api/contract.ts';
import { languages } from '../src/recipes/languages.ts';
import { recipesUnderTest, type ErrorCase, type Recipe } from '../src/recipes/recipes.ts';
import { languageRuns, reportAcrossLanguages } from './harness/language-runs.ts';
import { describeResult } from './harness/report.ts';
import { sentRequest } from './harness/requests.ts';
import { runSteps, walkOf, type StepResult } from './harness/run-recipe.ts';
import { errorCalls, unsetCall, unsetCases } from './harness/suite-runs.ts';

// Every recipe, unless `npm test -- <recipe>` asked for some.
const recipes = recipesUnderTest();
const contract = await loadContract();

/** Each language walks the recipe once, steps done before it first; the tests share that walk. */
function walk(recipe: Recipe) {
	return languageRuns(recipe, 'steps', walkOf(recipe));
}

function provoke(recipe: Recipe, error: ErrorCase) {
	return languageRuns(recipe, `error ${error.name}`, errorCalls(recipe, error));
}

describe.each(recipes)('$name', (recipe) => {
	describe.concurrent.each(languages)('in $label', (language) => {
		test('runs every step and prints the JSON the mock answered', async () => {
			const steps = walk(recipe);

			for (const [index, result] of (await steps(language.id)).entries()) {
				const report = await reportAcrossLanguages(steps, language.id, index);
				const { operation } = result.step;

				expect(result.run.exitCode, report).toBe(0);
				expect(
					result.exchanges.filter((e) => e.unhandled),
					report,
				).toEqual([]);
				expect(
					result.exchanges.map(contract.operationOf),
					`every request calls ${operation}\n${report}`,
				).toEqual(result.exchanges.map(() => operation));
				expect(contractProblems(result), report).toEqual([]);
				// A delete answers 204 without a body, so the example prints its own summary.
				if (result.exchanges.at(-1)?.responseBody) {
					expect(answered(result), report).toContainEqual(printedJson(result, report));
				}
			}
		});

		test('prints the expected responses the page shows', async () => {
			const steps = walk(recipe);
			const results = await steps(language.id);

			for (let index = recipe.before.length; index < results.length; index++) {
				const report = await reportAcrossLanguages(steps, language.id, index);
				const result = results[index]!;
				expect(printedJson(result, report), report).toEqual(readJson(result.step.response));
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

				for (const index of results.slice(0, -1).keys()) {
					const first = await reportAcrossLanguages(runs, language.id, index);
					expect(results[index]!.run.exitCode, `a step run first failed: ${first}`).toBe(0);
				}
				expect(answer?.status, report).toBe(error.status);
				expect(JSON.parse(answer!.responseBody), report).toEqual(readJson(error.response));
				expect(contractProblems(result), report).toEqual([]);
				expect(result.run.exitCode, report).not.toBe(0);
				expect(result.run.stderr, report).toContain(String(error.status));
				expect(`${result.run.stdout}\n${result.run.stderr}`, report).toContain(
					readJson(error.response).error.message,
				);
			},
		);

		test.for(unsetCases(recipe, language.id))(
			'stops with a one-line message naming $variable when it is unset ($step.name)',
			async (unset) => {
				const { variable } = unset;
				const [result] = await runSteps(recipe, language.id, [unsetCall(unset)]);
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

			for (const index of candidate.keys()) {
				const sent = (results: StepResult[]) => results[index]!.exchanges.map(sentRequest);
				const report = await reportAcrossLanguages(steps, language.id, index);
				expect(sent(candidate), report).toEqual(sent(reference));
			}
		},
	);
});

/** What the example sent and what the mock answered that api/openapi.yaml does not allow. */
function contractProblems({ exchanges }: StepResult) {
	return exchanges.flatMap((e) => [
		...contract.requestProblems(e),
		...contract.responseProblems(e),
	]);
}

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

/**
 * What a step may print of the mock's answers: the body of the last one or, when it followed
 * pages to the end, the items of every page together.
 */
function answered({ exchanges }: StepResult): unknown[] {
	const bodies = exchanges.map((e) => JSON.parse(e.responseBody));
	const last = bodies.at(-1);
	const pages = bodies.every((body) => Array.isArray(body?.items) && 'nextCursor' in body);
	return pages && last?.nextCursor === null ? [last, bodies.flatMap((body) => body.items)] : [last];
}
