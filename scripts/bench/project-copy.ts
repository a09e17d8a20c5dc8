import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch copy of the project with more recipes; `remove` deletes it. */
export interface ProjectCopy {
	dir: string;
	recipes: string[];
	remove: () => void;
}

// Copies not yet removed, removed when the bench exits early.
const live = new Set<string>();
process.once('exit', () => {
	for (const dir of live) rmSync(dir, { recursive: true, force: true });
});

const template = 'create-target';
// Build output, caches and git data are not part of what a copy needs.
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'reports']);

/**
 * Copies the project into a temporary folder and adds `recipes - 1` copies of the Create a
 * Target recipe (its examples and its page, which the sidebar lists by itself), each under a new
 * name, so the copy has that many more recipes like it. node_modules is hard-linked, not copied: a symlink to it
 * makes Astro resolve its own components outside the copy's root, which fails the build, and
 * a folder of its own keeps Astro's and Vite's caches (node_modules/.astro, .vite) the copy's.
 */
export function copyProject(root: string, recipes: number): ProjectCopy {
	const dir = mkdtempSync(join(tmpdir(), `recipes-x${recipes}-`));
	live.add(dir);
	cpSync(root, dir, {
		recursive: true,
		filter: (source) => !skipped.has(source.slice(root.length + 1).split('/')[0]!),
	});
	linkPackages(root, dir);

	const names = [
		template,
		...Array.from({ length: recipes - 1 }, (_, i) => `${template}-${i + 2}`),
	];
	for (const name of names.slice(1)) addRecipeCopy(dir, name);
	const remove = () => {
		rmSync(dir, { recursive: true, force: true });
		live.delete(dir);
	};
	return { dir, recipes: names, remove };
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

function addRecipeCopy(dir: string, name: string) {
	cpSync(join(dir, 'examples', template), join(dir, 'examples', name), { recursive: true });
	const pages = join(dir, 'src/content/docs/recipes');
	const page = readFileSync(join(pages, `${template}.mdx`), 'utf8')
		.replaceAll(`recipe="${template}"`, `recipe="${name}"`)
		.replace(/^title: (.*)$/m, `title: $1 (${name})`);
	writeFileSync(join(pages, `${name}.mdx`), page);
}
