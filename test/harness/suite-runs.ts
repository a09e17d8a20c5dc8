import { readFileSync } from 'node:fs';
import { envVarsIn } from '../../src/recipes/environment.ts';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import type { ErrorCase, Recipe } from './recipes.ts';
import type { StepCall } from './run-recipe.ts';

/** One run of the example suite: calls of one recipe in one language against one fresh mock. */
export interface SuiteRun {
	recipe: Recipe;
	language: LanguageId;
	calls: StepCall[];
}

/** Every step of the recipe in page order, with the documented variables. */
export function walkCalls(recipe: Recipe): StepCall[] {
	return recipe.steps.map((step) => ({ step: step.name }));
}

/** The steps a documented error needs first, then the step that provokes it. */
export function errorCalls(error: ErrorCase): StepCall[] {
	return [...error.after.map((step) => ({ step })), { step: error.step, env: error.env }];
}

/** Every variable each step's file reads, for the test that runs the file without it. */
export function unsetCases(recipe: Recipe, language: LanguageId) {
	return recipe.steps.flatMap((step) =>
		envVarsIn(readFileSync(step.files[language], 'utf8')).map((variable) => ({
			step: step.name,
			variable,
		})),
	);
}

/** The call that runs a step's file without one variable it reads. */
export function unsetCall({ step, variable }: { step: string; variable: string }): StepCall {
	return { step, env: { [variable]: undefined } };
}

/**
 * Every distinct run `test/examples.test.ts` makes for a recipe, in the order it declares them:
 * per language the walk through every step, each documented error, each unset variable.
 */
export function suiteRuns(recipe: Recipe): SuiteRun[] {
	return languages.flatMap(({ id: language }) =>
		[
			walkCalls(recipe),
			...recipe.errors.map(errorCalls),
			...unsetCases(recipe, language).map((unset) => [unsetCall(unset)]),
		].map((calls) => ({ recipe, language, calls })),
	);
}
