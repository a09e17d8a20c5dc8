import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distRoot = join(import.meta.dirname, '../../dist');

export interface BuiltPage {
	route: string;
	root: HTMLElement;
}

export interface CodeBlock {
	// The text the reader sees, line by line.
	shown: string;
	// The text the copy button puts on the clipboard.
	copied: string;
	language: string | undefined;
}

// Parsed once per test file: each recipe's page tests look pages up, and parsing every page for
// every lookup grows with the square of the number of recipes.
let parsed: BuiltPage[] | undefined;

/** Every HTML page of the built site, with its route. */
export function builtPages(): BuiltPage[] {
	parsed ??= parseBuiltPages();
	return parsed;
}

function parseBuiltPages(): BuiltPage[] {
	if (!existsSync(distRoot)) {
		throw new Error('dist/ is missing: run `npm run build` first (`npm test` does).');
	}
	return readdirSync(distRoot, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.map((path) => ({
			route: `/${relative(distRoot, join(distRoot, path)).replace(/index\.html$/, '')}`,
			// By default the parser keeps <pre> as raw text; code lines are elements inside it.
			root: parse(readFileSync(join(distRoot, path), 'utf8'), {
				blockTextElements: { script: true, style: true },
			}),
		}));
}

/** The built page for a route such as `/recipes/create-target/`. */
export function builtPage(route: string): BuiltPage {
	const page = builtPages().find((candidate) => candidate.route === route);
	if (!page)
		throw new Error(`The built site has no page ${route}. Is the page in src/content/docs?`);
	return page;
}

/** Every Expressive Code block of a page, in page order. */
export function codeBlocks(root: HTMLElement): CodeBlock[] {
	return root.querySelectorAll('.expressive-code').map((block) => {
		// An empty line holds a newline so that it keeps its height.
		const lines = block
			.querySelectorAll('.ec-line')
			.map((line) => decode(line.textContent).replace(/\n$/, ''));
		// Expressive Code joins lines with U+007F in data-code; its copy script turns them into newlines.
		const copied = decode(
			block.querySelector('button[data-code]')?.getAttribute('data-code') ?? '',
		);
		return {
			shown: lines.join('\n'),
			copied: copied.replaceAll('\u007f', '\n'),
			language: block.querySelector('pre')?.getAttribute('data-language'),
		};
	});
}

function decode(text: string) {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}
