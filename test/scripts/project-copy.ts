import {
	cpSync,
	linkSync,
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readlinkSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const projectRoot = join(import.meta.dirname, '../..');

// Build output, caches and history: a copy makes its own or needs none.
const leftOut = new Set(['node_modules', 'dist', '.astro', '.git', 'reports']);
const cachesInNodeModules = new Set(['.vite', '.astro', '.cache']);

/**
 * The project copied to a temporary folder, to change and build without touching this one.
 * node_modules is hard-linked file by file: a symbolic link to it would make Vite resolve
 * packages outside the copy's root, which Astro's build refuses.
 */
export function copyProject(): { root: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'zen-mesh-recipes-'));
	cpSync(projectRoot, root, {
		recursive: true,
		filter: (source) => !leftOut.has(relative(projectRoot, source).split(/[\\/]/)[0]!),
	});
	linkTree(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function linkTree(from: string, to: string) {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		if (from.endsWith('node_modules') && cachesInNodeModules.has(entry.name)) continue;
		const [source, target] = [join(from, entry.name), join(to, entry.name)];
		if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
		else if (entry.isDirectory()) linkTree(source, target);
		else linkOrCopy(source, target);
	}
}

// A hard link needs both folders on one file system; elsewhere the file is copied.
function linkOrCopy(source: string, target: string) {
	try {
		linkSync(source, target);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		copyFileSync(source, target);
	}
}
