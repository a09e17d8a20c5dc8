import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { variablesRead, type EnvironmentVariable } from './environment.ts';
import { languages, type LanguageId } from './languages.ts';
import { parseManifest, type Manifest } from './manifest.ts';

export const examplesRoot = join(import.meta.dirname, '../../examples');

export interface Step {
	name: string;
	// The recipe whose folder holds the step's files.
	recipe: string;
	operation: string;
	// Absolute paths of the step's example file in each language.
	files: Record<LanguageId, string>;
	response: string;
	// Variables a reader sets from the step's output: name -> field path in it.
	exports: Record<string, string>;
}

export type ErrorCase = Manifest['errors'][number] & { response: string };

export interface Recipe {
	name: string;
	// Steps of other recipes done first; run by the tests, not shown.
	before: Step[];
	// The steps the page shows, in page order; some may belong to other recipes.
	steps: Step[];
	errors: ErrorCase[];
	// What the page's prerequisites tell the reader to export: what the examples read and no step exports.
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
export function loadRecipe(root: string, name: string, loading: string[] = []): Recipe {
	const dir = join(root, name);
	const shown = (path: string) => relative(join(root, '..'), path);
	const manifestPath = join(dir, 'recipe.json');
	if (loading.includes(name)) {
		throw new Error(
			`${shown(manifestPath)} refers back to itself through ${loading.join(' -> ')}.`,
		);
	}
	if (!existsSync(manifestPath)) {
		throw new Error(
			`${shown(manifestPath)} is missing. Every recipe folder needs one listing its steps.`,
		);
	}

	const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), shown(manifestPath));
	const other = (recipe: string) => loadRecipe(root, recipe, [...loading, name]);
	const steps = manifest.steps.map((step) =>
		step.from === undefined
			? ownStep(
					dir,
					name,
					{ ...step, operation: step.operation!, exports: step.exports ?? {} },
					shown,
				)
			: findStep(other(step.from), step.name, shown(manifestPath)),
	);
	const before = manifest.before.map((ref) =>
		findStep(other(ref.recipe), ref.step, shown(manifestPath)),
	);
	const errors = manifest.errors.map((error) => checkErrorCase(error, steps, dir, shown));

	const own = steps.filter((step) => step.recipe === name);
	rejectStrayFiles(
		dir,
		new Set([manifestPath, ...own.flatMap(stepPaths), ...errors.map((e) => e.response)]),
		shown,
	);

	return {
		name,
		before,
		steps,
		errors,
		variables: prerequisites([...before, ...steps], steps, shown),
	};
}

function ownStep(
	dir: string,
	recipe: string,
	step: { name: string; operation: string; exports: Record<string, string> },
	shown: (path: string) => string,
): Step {
	return {
		name: step.name,
		recipe,
		operation: step.operation,
		files: stepFiles(dir, step.name, shown),
		response: requireFile(join(dir, 'responses', `${step.name}.json`), shown),
		exports: step.exports,
	};
}

function findStep(recipe: Recipe, name: string, manifest: string): Step {
	const step = recipe.steps.find(
		(candidate) => candidate.name === name && candidate.recipe === recipe.name,
	);
	if (!step) {
		const names = recipe.steps.map((candidate) => candidate.name).join(', ');
		throw new Error(
			`${manifest} names step ${name} of recipe ${recipe.name}, whose own steps are ${names}.`,
		);
	}
	return step;
}

/** The variables the steps read, less those a shown step exports for the steps after it. */
function prerequisites(walk: Step[], shownSteps: Step[], shown: (path: string) => string) {
	const sources = new Map(
		walk
			.flatMap((step) => Object.values(step.files))
			.map((file) => [shown(file), readFileSync(file, 'utf8')]),
	);
	const exported = new Set(shownSteps.flatMap((step) => Object.keys(step.exports)));
	return variablesRead(sources).filter((variable) => !exported.has(variable.name));
}

function stepPaths(step: Step) {
	return [...Object.values(step.files), step.response];
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

/** The value at a dotted field path such as `id` or `items.0.id` of a step's JSON output. */
export function fieldAt(value: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

/** The `export NAME="value"` lines a step's expected response gives the reader for later steps. */
export function exportsOf(step: Step): Record<string, string> {
	const response = JSON.parse(readFileSync(step.response, 'utf8'));
	const entries = Object.entries(step.exports).map(([name, path]) => {
		const value = fieldAt(response, path);
		if (typeof value !== 'string') {
			throw new Error(
				`${step.recipe}/${step.name} exports ${name} from ${path}, but its expected response has no string there.`,
			);
		}
		return [name, value];
	});
	return Object.fromEntries(entries);
}

const docsRoot = join(import.meta.dirname, '../content/docs');

/** Where a recipe's page is served: /recipes/<name>/, or /<name>/ for a page at the top, like getting-started. */
export function recipeRoute(name: string): string {
	return existsSync(join(docsRoot, 'recipes', `${name}.mdx`)) ? `/recipes/${name}/` : `/${name}/`;
}
