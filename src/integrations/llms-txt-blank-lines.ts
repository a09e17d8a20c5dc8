import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

// TODO: starlight-llms-txt writes each blank line of an Expressive Code block twice, because
// Expressive Code keeps an empty line's height with a newline; remove this integration when
// test/site/llms-txt.test.ts passes without it.
const builtFiles = ['llms-full.txt', 'llms-small.txt'];

/** Gives the code blocks of the built llms-*.txt files back the blank lines of the example files. */
export function llmsTxtBlankLines(): AstroIntegration {
	return {
		name: 'llms-txt-blank-lines',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for (const name of builtFiles) {
					const file = new URL(name, dir);
					await writeFile(file, halveBlankLinesInCode(await readFile(file, 'utf8'), name));
				}
			},
		},
	};
}

/** Halves every run of blank lines inside a fenced code block, and leaves prose untouched. */
export function halveBlankLinesInCode(markdown: string, name = 'the markdown'): string {
	const out: string[] = [];
	let fence: string | undefined;
	let blanks = 0;

	for (const line of markdown.split('\n')) {
		if (fence !== undefined && line.trim() === '') {
			blanks++;
			continue;
		}
		out.push(...halfOf(blanks, name));
		blanks = 0;
		fence = nextFence(fence, line);
		out.push(line);
	}
	out.push(...Array<string>(blanks).fill(''));
	return out.join('\n');
}

function halfOf(blanks: number, name: string): string[] {
	if (blanks % 2 !== 0) {
		throw new Error(
			`${name} has a code block with an odd run of blank lines (${blanks}), where every run was expected to be doubled. starlight-llms-txt may have stopped doubling them: remove src/integrations/llms-txt-blank-lines.ts.`,
		);
	}
	return Array<string>(blanks / 2).fill('');
}

// The fence a line opens or keeps open, or undefined once it closes one.
function nextFence(open: string | undefined, line: string): string | undefined {
	const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
	if (open === undefined) return marker;
	return marker === open && line.trim() === marker ? undefined : open;
}
