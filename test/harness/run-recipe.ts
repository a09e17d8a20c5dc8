import type { LanguageId } from '../../src/recipes/languages.ts';
import { fieldAt, type Recipe, type Step } from '../../src/recipes/recipes.ts';
import { startMockServer, type Exchange } from '../../mock/server.ts';
import { runExample, type ExampleRun } from './run-example.ts';
import { inRunSlot } from './run-slots.ts';

/** One step to run, with variables set differently from the documented values or, as undefined, unset. */
export interface StepCall {
	step: Step;
	env?: Record<string, string | undefined>;
}

export interface StepResult {
	step: Step;
	language: LanguageId;
	run: ExampleRun;
	// The requests the step made, in order, with the mock's answers.
	exchanges: Exchange[];
}

/** The steps a reader of the recipe's page runs: those done before it, then its own. */
export function walkOf(recipe: Recipe): StepCall[] {
	return [...recipe.before, ...recipe.steps].map((step) => ({ step }));
}

/**
 * Runs steps in order in one language against a fresh mock, as a reader would: with the
 * documented variables, plus each variable an earlier step's output gave. Runs wait for a free
 * slot, so that no more examples start at once than the machine can run.
 */
export function runSteps(recipe: Recipe, language: LanguageId, calls: StepCall[]) {
	return inRunSlot(() => runStepsNow(recipe, language, calls));
}

async function runStepsNow(recipe: Recipe, language: LanguageId, calls: StepCall[]) {
	const mock = await startMockServer();

	try {
		const results: StepResult[] = [];
		let exported: Record<string, string> = {};
		for (const call of calls) {
			const env = { ...documentedEnv(recipe, mock.url), ...exported, ...call.env };
			const seen = mock.exchanges.length;
			const run = await runExample(language, call.step.files[language], definedOnly(env));
			results.push({ step: call.step, language, run, exchanges: mock.exchanges.slice(seen) });
			exported = { ...exported, ...exportsFrom(call.step, run.stdout) };
		}
		return results;
	} finally {
		await mock.close();
	}
}

/** The variables the recipe's prerequisites document, with the base URL pointing at the mock. */
export function documentedEnv(recipe: Recipe, baseUrl: string): Record<string, string> {
	const values = recipe.variables.map((variable) => [variable.name, variable.value]);
	return { ...Object.fromEntries(values), ZEN_API_BASE: baseUrl };
}

/** The variables a step's printed output gives later steps, as a reader copies them. */
export function exportsFrom(step: Step, stdout: string): Record<string, string> {
	if (Object.keys(step.exports).length === 0) return {};
	let output: unknown;
	try {
		output = JSON.parse(stdout);
	} catch {
		// The step's own test reports output that is not JSON; later steps then miss the variable.
		return {};
	}
	const entries = Object.entries(step.exports).map(([name, path]) => [name, fieldAt(output, path)]);
	return Object.fromEntries(
		entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
	);
}

/** The variables that are set, without those a call unsets. */
export function definedOnly(env: Record<string, string | undefined>) {
	return Object.fromEntries(
		Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
}
