import { posix } from 'node:path';

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
