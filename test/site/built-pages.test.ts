import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { contractPath } from '../../api/contract.ts';
import { contractExamples } from '../../src/recipes/contract-examples.ts';
import { exportLines, formatExports } from '../../src/recipes/environment.ts';
import { codeSampleSteps } from '../../src/recipes/reference-document.ts';
import { languages } from '../../src/recipes/languages.ts';
import { builtPage, builtPages, codeBlocks, distRoot } from '../harness/built-site.ts';
import { exportsOf, loadRecipes, recipeRoute } from '../../src/recipes/recipes.ts';

const recipes = loadRecipes();

// Every text a test runs or compares with the mock; a code block showing anything else is unchecked.
const checkedTexts = new Map<string, string>();
for (const recipe of recipes) {
	const files = [
		...recipe.steps.flatMap((step) => [...Object.values(step.files), step.response]),
		...recipe.errors.map((error) => error.response),
	];
	for (const file of files) checkedTexts.set(withoutFinalNewline(readFileSync(file, 'utf8')), file);
	checkedTexts.set(
		exportLines(recipe.variables.map((v) => v.name)),
		`${recipe.name} prerequisites`,
	);
	for (const step of recipe.steps.filter((s) => Object.keys(s.exports).length > 0)) {
		// Read from the step's expected response, which the harness compares with what it prints.
		checkedTexts.set(formatExports(exportsOf(step)), `${step.recipe}/${step.name} exports`);
	}
}

// The contract's response examples, which the contract tests compare with the mock's answers.
const checkedJson = new Set([...contractExamples().values()].map((value) => JSON.stringify(value)));

function isChecked(text: string) {
	const json = canonicalJson(text);
	return checkedTexts.has(text) || (json !== undefined && checkedJson.has(json));
}

describe('the built site', () => {
	test('shows no code block that no test runs or checks', () => {
		const unchecked = builtPages().flatMap(({ route, root }) =>
			codeBlocks(root)
				.filter((block) => !isChecked(block.copied))
				.map((block) => `${route}: ${block.copied.split('\n')[0]}`),
		);

		expect(unchecked).toEqual([]);
	});

	test('has no internal link to a missing page or anchor', () => {
		const pages = new Map(builtPages().map((page) => [page.route, page.root]));

		const broken = [...pages].flatMap(([route, root]) =>
			root
				.querySelectorAll('a[href^="/"]')
				.map((link) => link.getAttribute('href')!)
				.filter((href) => !resolves(href, pages))
				.map((href) => `${route} links to ${href}`),
		);

		expect([...new Set(broken)]).toEqual([]);
	});

	test('serves every stylesheet, script and icon a page links to', () => {
		const missing = builtPages().flatMap(({ route, root }) =>
			root
				.querySelectorAll('link[href^="/"], script[src^="/"]')
				.map((element) => element.getAttribute('href') ?? element.getAttribute('src')!)
				.filter(
					(path) => !existsSync(join(distRoot, new URL(path, 'https://docs.zen-mesh.io').pathname)),
				)
				.map((path) => `${route} loads ${path}`),
		);

		expect([...new Set(missing)]).toEqual([]);
	});

	test('publishes the contract unchanged at /openapi.yaml', () => {
		const published = readFileSync(join(distRoot, 'openapi.yaml'), 'utf8');

		expect(published).toBe(readFileSync(contractPath, 'utf8'));
	});

	test('gives no two elements of a page the same id, so every anchor leads to one place', () => {
		const clashes = builtPages().flatMap(({ route, root }) => {
			const ids = root.querySelectorAll('[id]').map((element) => element.id);
			return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map(
				(id) => `${route}#${id}`,
			);
		});

		expect(clashes).toEqual([]);
	});

	test('copies exactly the text each code block shows', () => {
		for (const { route, root } of builtPages()) {
			for (const block of codeBlocks(root)) {
				expect(block.copied, route).toBe(block.shown);
			}
		}
	});
});

describe('the API reference', () => {
	test.for([...codeSampleSteps(recipes)])(
		'shows the tested example files of a step as the code samples of %s',
		([operation, { step }]) => {
			const reference = builtPage(`/api/reference/operations/${operation.toLowerCase()}/`);
			const shown = codeBlocks(reference.root).map((block) => block.copied);

			for (const language of languages) expect(shown).toContain(fileText(step.files[language.id]));
		},
	);
});

describe.each(recipes)('the $name page', (recipe) => {
	const page = () => recipePage(recipe.name);

	test('shows each step as synced curl, Python and JavaScript tabs of the example files', () => {
		const groups = page().root.querySelectorAll('starlight-tabs');
		const stepGroups = recipe.steps.map((step) =>
			groups.find((group) => codeBlocks(group).some((b) => b.copied === fileText(step.files.curl))),
		);

		for (const [index, step] of recipe.steps.entries()) {
			const group = stepGroups[index];
			expect(group, `no tab group shows ${step.files.curl}`).toBeDefined();
			expect(group!.getAttribute('data-sync-key')).toBe('language');
			expect(group!.querySelectorAll('[role="tab"]').map((tab) => tab.textContent.trim())).toEqual(
				languages.map((language) => language.label),
			);
			expect(codeBlocks(group!).map((block) => block.copied)).toEqual(
				languages.map((language) => fileText(step.files[language.id])),
			);
		}
	});

	test('shows every expected response and error body the tests compare with the mock', () => {
		const shown = codeBlocks(page().root).map((block) => block.copied);
		const expected = [
			...recipe.steps.map((s) => s.response),
			...recipe.errors.map((e) => e.response),
		];

		for (const file of expected)
			expect(shown, `${file} is not on the page`).toContain(fileText(file));
	});

	test('lists exactly the variables the steps need and no step sets in its prerequisites', () => {
		const exports = codeBlocks(page().root).filter((block) => block.copied.startsWith('export '));
		const names = recipe.variables.map((variable) => variable.name);

		expect(exports[0]?.copied).toBe(exportLines(names));
	});

	test('shows the export lines of each step whose output later steps read, after it', () => {
		const shown = codeBlocks(page().root).map((block) => block.copied);

		for (const step of recipe.steps.filter((s) => Object.keys(s.exports).length > 0)) {
			const exports = shown.indexOf(formatExports(exportsOf(step)));
			expect(exports, `${step.name} exports`).toBeGreaterThan(
				shown.indexOf(fileText(step.files.curl)),
			);
		}
	});
});

function recipePage(name: string) {
	return builtPage(recipeRoute(name));
}

function resolves(href: string, pages: Map<string, HTMLElement>) {
	const url = new URL(href, 'https://docs.zen-mesh.io');
	const page = pages.get(url.pathname);
	if (!page) return existsSync(join(distRoot, decodeURIComponent(url.pathname)));

	const id = decodeURIComponent(url.hash.slice(1));
	return id === '' || page.querySelector(`[id="${id}"]`) !== null;
}

function canonicalJson(text: string) {
	try {
		return JSON.stringify(JSON.parse(text));
	} catch {
		return undefined;
	}
}

function fileText(path: string) {
	return withoutFinalNewline(readFileSync(path, 'utf8'));
}

function withoutFinalNewline(text: string) {
	return text.replace(/\n$/, '');
}
