import { readFileSync } from 'node:fs';
import { environment, envVarsIn } from '../../src/recipes/environment.ts';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import type { ErrorCase, Recipe, Step } from '../../src/recipes/recipes.ts';
import { walkOf, type StepCall } from './run-recipe.ts';

/** One run of the example suite: calls of one recipe in one language against one fresh mock. */
export interface SuiteRun {
	recipe: Recipe;
	language: LanguageId;
	kind: 'walk' | 'error' | 'unset';
	calls: StepCall[];
}

/** The steps done before the recipe, those a documented error needs first, then the step that meets it. */
export function errorCalls(recipe: Recipe, error: ErrorCase): StepCall[] {
	return [
		...recipe.before.map((step) => ({ step })),
		...error.after.map((name) => ({ step: stepNamed(recipe, name) })),
		{ step: stepNamed(recipe, error.step), env: error.env },
	];
}

/**
 * Every variable each of the recipe's own files reads, for the test that runs the file without
 * it and with every other variable it reads set to the value the docs show.
 */
export function unsetCases(recipe: Recipe, language: LanguageId) {
	return recipe.steps
		.filter((step) => step.recipe === recipe.name)
		.flatMap((step) => {
			const read = envVarsIn(readFileSync(step.files[language], 'utf8'));
			const env = Object.fromEntries(
				environment.filter((v) => read.includes(v.name)).map((v) => [v.name, v.value]),
			);
			return read.map((variable) => ({ step, variable, env }));
		});
}

/** The call that runs a step's file without one variable it reads. */
export function unsetCall(unset: ReturnType<typeof unsetCases>[number]): StepCall {
	return { step: unset.step, env: { ...unset.env, [unset.variable]: undefined } };
}

/**
 * Every distinct run `test/examples.test.ts` makes for a recipe: per language the walk through
 * every step, each documented error, each unset variable.
 */
export function suiteRuns(recipe: Recipe): SuiteRun[] {
	return languages.flatMap(({ id: language }) => [
		{ recipe, language, kind: 'walk' as const, calls: walkOf(recipe) },
		...recipe.errors.map((error) => ({
			recipe,
			language,
			kind: 'error' as const,
			calls: errorCalls(recipe, error),
		})),
		...unsetCases(recipe, language).map((unset) => ({
			recipe,
			language,
			kind: 'unset' as const,
			calls: [unsetCall(unset)],
		})),
	]);
}

function stepNamed(recipe: Recipe, name: string): Step {
	return recipe.steps.find((step) => step.name === name)!;
}
