import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import type { Recipe } from '../../src/recipes/recipes.ts';
import { describeResult } from './report.ts';
import { runSteps, type StepCall, type StepResult } from './run-recipe.ts';

/** The same calls of a recipe, run in the language asked for. */
export type LanguageRuns = (language: LanguageId) => Promise<StepResult[]>;

const started = new Map<string, Promise<StepResult[]>>();

/** Runs `calls` once per language, when first asked for, and shares the run under `name`. */
export function languageRuns(recipe: Recipe, name: string, calls: StepCall[]): LanguageRuns {
	return (language) => {
		const key = `${recipe.name}/${name}/${language}`;
		if (!started.has(key)) started.set(key, runSteps(recipe, language, calls));
		return started.get(key)!;
	};
}

/** The failure report of call `index` in `language`, its requests diffed with the other languages'. */
export async function reportAcrossLanguages(
	runs: LanguageRuns,
	language: LanguageId,
	index: number,
): Promise<string> {
	const ids = [language, ...languages.map((other) => other.id).filter((id) => id !== language)];
	const [own, ...others] = await Promise.all(ids.map(async (id) => (await runs(id))[index]!));
	return describeResult(own!, others);
}
