import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse as parseImports } from 'es-module-lexer';
import { parse } from 'node-html-parser';

/** Bytes of one kind of asset a page loads, as stored and as sent with gzip. */
export interface Weight {
	files: string[];
	rawBytes: number;
	gzipBytes: number;
}

export interface PageWeight {
	route: string;
	html: Weight;
	css: Weight;
	js: Weight;
}

// Pagefind's index and UI load only when the reader opens search.
const lazySearch = '/pagefind/';

/**
 * What a reader's browser downloads for a built page before search is opened: the HTML, its
 * stylesheets (print ones included, since browsers fetch them too), its scripts and every
 * module those import statically. Dynamic imports (`import()`) load later, on use, so they
 * and Pagefind's files are left out.
 */
export async function pageWeight(dist: string, route: string): Promise<PageWeight> {
	await init();
	const htmlPath = join(dist, route, 'index.html');
	const html = readFileSync(htmlPath, 'utf8');
	const root = parse(html);
	const css = root
		.querySelectorAll('link[rel~="stylesheet"][href]')
		.map((link) => link.getAttribute('href')!);
	const entries = root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!);
	const inlineModules = root
		.querySelectorAll('script[type="module"]:not([src])')
		.map((script) => script.textContent);

	const js = staticModuleGraph(dist, entries, inlineModules);
	return {
		route,
		html: weigh(dist, [], html),
		css: weigh(dist, css.filter(local)),
		js: weigh(dist, js),
	};
}

/** Every module reachable from the entry scripts through static imports, entries included. */
function staticModuleGraph(dist: string, entries: string[], inlineModules: string[]) {
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url) || !local(url)) return;
		seen.add(url);
		importsOf(readFileSync(fileOf(dist, url), 'utf8'), url).forEach(visit);
	};

	entries.forEach(visit);
	inlineModules.flatMap((source) => importsOf(source, '/')).forEach(visit);
	return [...seen];
}

/** The URLs a module imports statically, resolved against its own URL. */
function importsOf(source: string, from: string) {
	const [imports] = parseImports(source);
	return imports
		.filter((entry) => entry.type === 'static' && entry.specifier !== null)
		.map(({ specifier }) =>
			specifier!.startsWith('.') ? posix.join(posix.dirname(from), specifier!) : specifier!,
		);
}

function local(url: string) {
	return url.startsWith('/') && !url.startsWith('//') && !url.startsWith(lazySearch);
}

function fileOf(dist: string, url: string) {
	const path = join(dist, url.split(/[?#]/)[0]!);
	if (!existsSync(path)) throw new Error(`The page loads ${url}, but ${path} does not exist.`);
	return path;
}

function weigh(dist: string, urls: string[], inline?: string): Weight {
	const contents =
		inline === undefined
			? urls.map((url) => readFileSync(fileOf(dist, url)))
			: [Buffer.from(inline)];
	return {
		files: urls,
		rawBytes: contents.reduce((sum, content) => sum + content.length, 0),
		// Level 6, zlib's default and a common server setting; each file is sent compressed on its own.
		gzipBytes: contents.reduce((sum, content) => sum + gzipSync(content, { level: 6 }).length, 0),
	};
}
