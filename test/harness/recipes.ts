import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { variablesRead, type EnvironmentVariable } from '../../src/recipes/environment.ts';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import { parseManifest, type Manifest } from './manifest.ts';

export const examplesRoot = join(import.meta.dirname, '../../examples');

export interface Step {
	name: string;
	// Absolute paths of the step's example file in each language.
	files: Record<LanguageId, string>;
	response: string;
}

export type ErrorCase = Manifest['errors'][number] & { response: string };

export interface Recipe {
	name: string;
	steps: Step[];
	errors: ErrorCase[];
	// What the page's prerequisites tell the reader to export: exactly what the examples read.
	variables: EnvironmentVariable[];
}

/** The variable that `npm test -- <recipe>` sets to run only the example tests of those recipes. */
export const recipeFilterVariable = 'TEST_RECIPES';

/** Every recipe under `examples/`, checked so that each file there belongs to a step or an error. */
export function loadRecipes(root = examplesRoot): Recipe[] {
	return recipeNames(root).map((name) => loadRecipe(root, name));
}

/** The recipes the example tests run: every one, or those named, comma-separated, in TEST_RECIPES. */
export function recipesUnderTest(filter = process.env[recipeFilterVariable], root = examplesRoot) {
	if (!filter) return loadRecipes(root);

	const names = filter.split(',');
	checkRecipeNames(names, root);
	return names.map((name) => loadRecipe(root, name));
}

/** The folder names of the recipes, one per folder of `examples/`. */
export function recipeNames(root = examplesRoot): string[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
}

/** Throws an error listing the recipes there are when one of `names` is not among them. */
export function checkRecipeNames(names: string[], root = examplesRoot) {
	const known = recipeNames(root);
	const unknown = names.filter((name) => !known.includes(name));
	if (unknown.length > 0) {
		throw new Error(
			`No recipe named ${unknown.map((name) => JSON.stringify(name)).join(', ')}: expected one of ${known.join(', ')} (the folders of examples/).`,
		);
	}
}

/** One recipe folder, or an error naming the file that is missing, stray or malformed. */
export function loadRecipe(root: string, name: string): Recipe {
	const dir = join(root, name);
	const manifestPath = join(dir, 'recipe.json');
	const shown = (path: string) => relative(join(root, '..'), path);
	if (!existsSync(manifestPath)) {
		throw new Error(
			`${shown(manifestPath)} is missing. Every recipe folder needs one listing its steps.`,
		);
	}

	const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), shown(manifestPath));
	const steps = manifest.steps.map((step) => ({
		name: step.name,
		files: stepFiles(dir, step.name, shown),
		response: requireFile(join(dir, 'responses', `${step.name}.json`), shown),
	}));
	const errors = manifest.errors.map((error) => checkErrorCase(error, steps, dir, shown));

	const expected = new Set([
		manifestPath,
		...steps.flatMap((step) => [...Object.values(step.files), step.response]),
		...errors.map((error) => error.response),
	]);
	rejectStrayFiles(dir, expected, shown);

	const sources = new Map(
		steps
			.flatMap((step) => Object.values(step.files))
			.map((file) => [shown(file), readFileSync(file, 'utf8')]),
	);
	return { name, steps, errors, variables: variablesRead(sources) };
}

function stepFiles(dir: string, step: string, shown: (path: string) => string) {
	const entries = languages.map((language) => [
		language.id,
		requireFile(join(dir, `${step}.${language.extension}`), shown),
	]);
	return Object.fromEntries(entries) as Record<LanguageId, string>;
}

function checkErrorCase(
	error: Manifest['errors'][number],
	steps: Step[],
	dir: string,
	shown: (path: string) => string,
): ErrorCase {
	const names = steps.map((step) => step.name);
	for (const step of [error.step, ...error.after]) {
		if (!names.includes(step)) {
			throw new Error(
				`${shown(join(dir, 'recipe.json'))}: error ${error.name} names step ${step}, but the steps are ${names.join(', ')}.`,
			);
		}
	}
	return { ...error, response: requireFile(join(dir, 'responses', `${error.name}.json`), shown) };
}

function requireFile(path: string, shown: (path: string) => string) {
	if (!existsSync(path)) {
		throw new Error(
			`${shown(path)} is missing. recipe.json names it, so the page shows it and the tests need it.`,
		);
	}
	return path;
}

function rejectStrayFiles(dir: string, expected: Set<string>, shown: (path: string) => string) {
	const stray = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !expected.has(path) && !path.includes('__pycache__'));
	if (stray.length > 0) {
		throw new Error(
			`${stray.map(shown).join(', ')} belong to no step or error of ${shown(join(dir, 'recipe.json'))}. Add them there or delete them, so that no example goes untested.`,
		);
	}
}
