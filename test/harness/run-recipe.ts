import type { LanguageId } from '../../src/recipes/languages.ts';
import { startMockServer, type Exchange } from '../../mock/server.ts';
import type { Recipe } from './recipes.ts';
import { runExample, type ExampleRun } from './run-example.ts';
import { inRunSlot } from './run-slots.ts';

/** One step to run, with variables set differently from the documented values or, as undefined, unset. */
export interface StepCall {
	step: string;
	env?: Record<string, string | undefined>;
}

export interface StepResult {
	step: string;
	run: ExampleRun;
	// The requests the step made, in order, with the mock's answers.
	exchanges: Exchange[];
}

/** Runs steps of a recipe in order in one language against a fresh mock, as a reader would. */
export function runSteps(recipe: Recipe, language: LanguageId, calls: StepCall[]) {
	return inRunSlot(() => runStepsNow(recipe, language, calls));
}

async function runStepsNow(recipe: Recipe, language: LanguageId, calls: StepCall[]) {
	const mock = await startMockServer();

	try {
		const results: StepResult[] = [];
		for (const call of calls) {
			const step = recipe.steps.find((candidate) => candidate.name === call.step);
			if (!step) throw new Error(`Recipe ${recipe.name} has no step ${call.step}.`);

			const seen = mock.exchanges.length;
			const run = await runExample(language, step.files[language], callEnv(recipe, mock.url, call));
			results.push({ step: call.step, run, exchanges: mock.exchanges.slice(seen) });
		}
		return results;
	} finally {
		await mock.close();
	}
}

/** The variables a call runs with: the documented ones, changed or unset as the call says. */
export function callEnv(recipe: Recipe, baseUrl: string, call: StepCall): Record<string, string> {
	const env = Object.entries({ ...documentedEnv(recipe, baseUrl), ...call.env });
	return Object.fromEntries(
		env.filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
}

/** The variables the recipe's prerequisites document, with the base URL pointing at the mock. */
export function documentedEnv(recipe: Recipe, baseUrl: string): Record<string, string> {
	const values = recipe.variables.map((variable) => [variable.name, variable.value]);
	return { ...Object.fromEntries(values), ZEN_API_BASE: baseUrl };
}
