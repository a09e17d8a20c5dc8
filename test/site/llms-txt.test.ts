import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distRoot } from '../harness/built-site.ts';
import { loadRecipes } from '../../src/recipes/recipes.ts';

const recipes = loadRecipes();

describe('llms.txt', () => {
	test('names the site and links to the complete and the abridged documentation', () => {
		const index = readBuilt('llms.txt');

		expect(index).toMatch(/^# Zen Mesh Recipes\n/);
		expect(index).toContain('(https://docs.zen-mesh.io/llms-full.txt)');
		expect(index).toContain('(https://docs.zen-mesh.io/llms-small.txt)');
	});
});

describe.each(['llms-full.txt', 'llms-small.txt'])('%s', (name) => {
	test.for(recipes)(
		'holds every example file and expected response of $name unchanged',
		(recipe) => {
			const blocks = fencedCode(readBuilt(name));
			const files = [
				...recipe.steps.flatMap((step) => [...Object.values(step.files), step.response]),
				...recipe.errors.map((error) => error.response),
			];

			for (const file of files) {
				expect(blocks, `${file} is not in ${name}`).toContain(readFileSync(file, 'utf8'));
			}
		},
	);
});

function readBuilt(name: string) {
	try {
		return readFileSync(join(distRoot, name), 'utf8');
	} catch {
		throw new Error(`dist/${name} is missing: run \`npm run build\` first (\`npm test\` does).`);
	}
}

/** The text of every fenced code block, without the indentation of the list it may sit in. */
function fencedCode(markdown: string): string[] {
	const fence = /^([ \t]*)(`{3,})[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gm;
	return [...markdown.matchAll(fence)].map(([, indent = '', , body = '']) =>
		body
			.split('\n')
			.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
			.join('\n'),
	);
}
