import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recipeNames } from '../../src/recipes/recipes.ts';

/** A scratch copy of the project with `factor` times its recipes; `remove` deletes it. */
export interface ProjectCopy {
	dir: string;
	factor: number;
	recipes: string[];
	remove: () => void;
}

// Copies not yet removed, removed when the bench exits early.
const live = new Set<string>();
process.once('exit', () => {
	for (const dir of live) rmSync(dir, { recursive: true, force: true });
});

// Build output, caches and git data are not part of what a copy needs.
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'reports']);

/**
 * Copies the project into a temporary folder and adds `factor - 1` copies of every recipe (its
 * examples and its page, which the sidebar lists by itself), each under a new name, so the copy
 * has `factor` times as many recipes, alike in kind and size. A copied recipe still borrows steps
 * from the originals, as its manifest names them. node_modules is hard-linked, not copied: a
 * symlink to it makes Astro resolve its own components outside the copy's root, which fails the
 * build, and a folder of its own keeps Astro's and Vite's caches (node_modules/.astro, .vite) the
 * copy's.
 */
export function copyProject(root: string, factor: number): ProjectCopy {
	if (!Number.isInteger(factor) || factor < 1) {
		throw new Error(`Expected a whole number of times to copy the recipes, got ${factor}.`);
	}
	const dir = mkdtempSync(join(tmpdir(), `recipes-x${factor}-`));
	live.add(dir);
	cpSync(root, dir, {
		recursive: true,
		filter: (source) => !skipped.has(source.slice(root.length + 1).split('/')[0]!),
	});
	linkPackages(root, dir);

	const originals = recipeNames(join(dir, 'examples'));
	const copies = originals.flatMap((name) =>
		Array.from({ length: factor - 1 }, (_, i) => addRecipeCopy(dir, name, `${name}-${i + 2}`)),
	);
	const remove = () => {
		rmSync(dir, { recursive: true, force: true });
		live.delete(dir);
	};
	return { dir, factor, recipes: [...originals, ...copies], remove };
}

function linkPackages(root: string, dir: string) {
	const timeoutMs = 60_000;
	const result = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')], {
		encoding: 'utf8',
		timeout: timeoutMs,
	});
	if (result.error?.message.includes('ETIMEDOUT')) {
		throw new Error(`Hard-linking node_modules into ${dir} ran past ${timeoutMs} ms.`);
	}
	if (result.status !== 0) {
		throw new Error(
			`Could not hard-link node_modules into ${dir} (cp -al needs both on one file system): ${result.error?.message ?? result.stderr}`,
		);
	}
	for (const cache of ['.astro', '.vite', '.cache']) {
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	}
}

/** Copies a recipe's examples and its page, beside the original's, under the name `copy`. */
function addRecipeCopy(dir: string, original: string, copy: string) {
	cpSync(join(dir, 'examples', original), join(dir, 'examples', copy), { recursive: true });
	const docs = join(dir, 'src/content/docs');
	const folder = [join(docs, 'recipes'), docs].find((candidate) =>
		existsSync(join(candidate, `${original}.mdx`)),
	);
	if (folder === undefined) {
		throw new Error(
			`Expected a page for the recipe ${original} at src/content/docs/recipes/${original}.mdx or src/content/docs/${original}.mdx, found neither.`,
		);
	}
	const page = readFileSync(join(folder, `${original}.mdx`), 'utf8')
		.replaceAll(`recipe="${original}"`, `recipe="${copy}"`)
		.replace(/^title: (.*)$/m, `title: $1 (${copy})`);
	writeFileSync(join(folder, `${copy}.mdx`), page);
	return copy;
}
