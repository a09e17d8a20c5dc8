import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { recipeNames } from '../../src/recipes/recipes.ts';

// The files a recipe's example runs read, and the page that shows them.
const exampleFile = /^examples\/([^/]+)\/(?:.+\/)?[^/.#][^/]*\.(?:sh|py|mjs|json)$/;
const recipePage = /^src\/content\/docs\/recipes\/([^/.#][^/]*)\.mdx$/;

/**
 * The recipe whose examples to rerun when the file at `path` (relative to the project root)
 * changes, or undefined when no example run reads it. Editors' swap, backup and lock files
 * (`.x.py.swp`, `x.py~`, `.#x.py`, `#x.py#`) and Python's caches change on every save, so they
 * match nothing.
 */
export function changedRecipe(path: string): string | undefined {
	const normalized = posix.normalize(path.replaceAll('\\', '/'));
	if (normalized.split('/').includes('__pycache__')) return undefined;

	return (exampleFile.exec(normalized) ?? recipePage.exec(normalized))?.[1];
}

/** A test name pattern that selects every test of the given recipes in `test/examples.test.ts`. */
export function recipeTestPattern(recipes: string[]): RegExp {
	if (recipes.length === 0) throw new Error('Expected at least one recipe name, got none.');
	// Vitest matches the full name, the suite names and the test name joined by " > ",
	// and the outermost suite of `test/examples.test.ts` is the recipe name.
	const names = recipes.map((recipe) => recipe.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^(?:${names.join('|')}) > `);
}

/**
 * The recipes to rerun after `changed` changed: those, then every recipe that borrows their steps
 * or runs them first (its manifest's `from` and `before`), and so on, since a borrowed step may
 * itself be borrowed. A recipe whose manifest cannot be read is rerun too: whether it depends on
 * the change is unknown, and its tests say what is wrong with it.
 */
export function recipesToRerun(changed: string[], examples: string): string[] {
	const references = new Map(
		recipeNames(examples).map((name) => [name, referencedRecipes(examples, name)]),
	);
	const rerun = new Set(changed);
	for (let grew = true; grew;) {
		grew = false;
		for (const [name, refs] of references) {
			if (rerun.has(name) || (refs !== undefined && !refs.some((ref) => rerun.has(ref)))) continue;
			rerun.add(name);
			grew = true;
		}
	}
	return [...rerun];
}

/** The recipes a manifest borrows steps from or runs first, or undefined when it cannot be read. */
function referencedRecipes(examples: string, name: string): string[] | undefined {
	let manifest: unknown;
	try {
		manifest = JSON.parse(readFileSync(join(examples, name, 'recipe.json'), 'utf8'));
	} catch {
		return undefined;
	}
	const field = (key: string) =>
		typeof manifest === 'object' && manifest !== null && key in manifest
			? (manifest as Record<string, unknown>)[key]
			: [];
	const steps = field('steps');
	const before = field('before');
	if (!Array.isArray(steps) || !Array.isArray(before)) return undefined;
	return [
		...steps.map((step: { from?: unknown }) => step?.from),
		...before.map((ref: { recipe?: unknown }) => ref?.recipe),
	].filter((ref): ref is string => typeof ref === 'string');
}
