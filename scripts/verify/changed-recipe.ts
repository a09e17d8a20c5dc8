import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import { recipeNames } from '../../src/recipes/recipes.ts';

/**
 * What a saved file changed: a recipe, and in it one step's files (or an error's expected body,
 * named like a step), every step (`*`: its manifest) or none (`null`: its page); and the one
 * language whose runs read the file, or `null` when every language's runs do.
 */
export interface Change {
	recipe: string;
	step: string | null;
	language: LanguageId | null;
}

// The files a recipe's example runs read, and the page that shows them.
const exampleFile = /^examples\/([^/]+)\/((?:.+\/)?)([^/.#][^/]*)\.(sh|py|mjs|json)$/;
const recipePage = /^src\/content\/docs\/recipes\/([^/.#][^/]*)\.mdx$/;

/**
 * What changed when the file at `path` (relative to the project root) was saved, or undefined
 * when no example run reads it. Editors' swap, backup and lock files (`.x.py.swp`, `x.py~`,
 * `.#x.py`, `#x.py#`) and Python's caches change on every save, so they match nothing.
 */
export function changeAt(path: string): Change | undefined {
	const normalized = posix.normalize(path.replaceAll('\\', '/'));
	if (normalized.split('/').includes('__pycache__')) return undefined;

	const page = recipePage.exec(normalized);
	if (page) return { recipe: page[1]!, step: null, language: null };
	const file = exampleFile.exec(normalized);
	if (!file) return undefined;
	const [, recipe, folder, name, extension] = file;
	return {
		recipe: recipe!,
		step: folder === '' && name === 'recipe' ? '*' : name!,
		language: languages.find((language) => language.extension === extension)?.id ?? null,
	};
}

/**
 * A test name pattern that selects the tests of the given recipes in `test/examples.test.ts`:
 * every test, or only those that run files of the given languages.
 */
export function recipeTestPattern(recipes: string[], only: LanguageId[] = []): RegExp {
	if (recipes.length === 0) throw new Error('Expected at least one recipe name, got none.');
	// Vitest matches the full name, the suite names and the test name joined by " > ",
	// and the outermost suite of `test/examples.test.ts` is the recipe name.
	const names = recipes.map(escape);
	if (only.length === 0) return new RegExp(`^(?:${names.join('|')}) > `);

	// A language's own suite ("in Python > …"), and each comparison it takes part in
	// ("Python sends the same requests as curl"): curl is in every one.
	const labels = languages.filter((language) => only.includes(language.id)).map((l) => l.label);
	const compared = only.includes('curl') ? ['[^>]+'] : labels.map(escape);
	return new RegExp(
		`^(?:${names.join('|')}) > (?:in (?:${labels.map(escape).join('|')}) > |(?:${compared.join('|')}) sends the same requests as curl$)`,
	);
}

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A step another recipe's manifest names: borrowed into its steps, or run `before` them. */
interface Reference {
	recipe: string;
	step: string;
	borrowed: boolean;
}

/**
 * The other recipes whose runs read what `changes` changed: those that borrow a changed step or
 * run it first (their manifest's `from` and `before`), and so on, since a borrowed step may be
 * borrowed again. A change to a recipe's page changes no step. A recipe whose manifest cannot be
 * read is among them whenever a step changed: whether it uses the step is unknown, and its tests
 * say what is wrong with it.
 */
export function recipesUsing(
	changes: Pick<Change, 'recipe' | 'step'>[],
	examples: string,
): string[] {
	const changed = new Set(
		changes.filter((change) => change.step !== null).map((c) => `${c.recipe}/${c.step}`),
	);
	if (changed.size === 0) return [];
	const isChanged = ({ recipe, step }: Reference) =>
		changed.has(`${recipe}/${step}`) || changed.has(`${recipe}/*`);

	const manifests = recipeNames(examples).map((name) => ({
		name,
		references: referencesOf(examples, name),
	}));
	const using = new Set<string>();
	for (let grew = true; grew;) {
		grew = false;
		for (const { name, references } of manifests) {
			const hits = references?.filter(isChanged) ?? [];
			if ((references === undefined || hits.length > 0) && !using.has(name)) {
				using.add(name);
				grew = true;
			}
			// A borrowed step is this recipe's step too, for recipes that borrow it from here.
			for (const hit of hits.filter((h) => h.borrowed && !changed.has(`${name}/${h.step}`))) {
				changed.add(`${name}/${hit.step}`);
				grew = true;
			}
		}
	}
	const saved = new Set(changes.map((change) => change.recipe));
	return [...using].filter((name) => !saved.has(name));
}

function referencesOf(examples: string, name: string): Reference[] | undefined {
	let manifest: { steps?: unknown; before?: unknown };
	try {
		manifest = JSON.parse(readFileSync(join(examples, name, 'recipe.json'), 'utf8'));
	} catch {
		return undefined;
	}
	const { steps = [], before = [] } = manifest ?? {};
	if (!Array.isArray(steps) || !Array.isArray(before)) return undefined;
	return [
		...steps.map((step) => ({ recipe: step?.from, step: step?.name, borrowed: true })),
		...before.map((ref) => ({ recipe: ref?.recipe, step: ref?.step, borrowed: false })),
	].filter((ref) => typeof ref.recipe === 'string' && typeof ref.step === 'string');
}
