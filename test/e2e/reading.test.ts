import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { languages } from '../../src/recipes/languages.ts';
import { loadRecipes, recipeRoute } from '../../src/recipes/recipes.ts';
import { newContext, openPage } from './browser.ts';
import { contrastRatio, flatten, minimumTextContrast, type Rgba } from './contrast.ts';
import { selectedLabels } from './tabs.ts';
import { openFresh, openReused, sharedBrowser, useSharedBrowser } from './shared-browser.ts';

const siteUrl = inject('siteUrl');
const docsRoot = join(import.meta.dirname, '../../src/content/docs');
const phone = { width: 375, height: 812 };
// Pagefind fetches its index and each result's text before it lists a result.
const searchTimeoutMs = 15_000;

useSharedBrowser();

describe('search', () => {
	// A word of each recipe's text that the page's title does not contain.
	const searches = [{ recipe: 'create-target', title: 'Create a Target', word: 'provisioning' }];

	test.concurrent.for(searches)(
		'finds the $recipe recipe by the word "$word" and opens it',
		async ({ recipe, title, word }, { onTestFinished }) => {
			expect(readFileSync(join(docsRoot, 'recipes', `${recipe}.mdx`), 'utf8')).toContain(word);
			const page = await openFresh(`${siteUrl}/`, onTestFinished);

			await page.getByRole('button', { name: 'Search' }).click();
			const dialog = page.getByRole('dialog');
			await dialog.getByRole('textbox', { name: 'Search' }).fill(word);
			await (await findResult(dialog, title)).click();

			await page.waitForURL((url) => url.pathname === `/recipes/${recipe}/`);
			expect(await page.title()).toContain(title);
		},
	);
});

// Each page loads once; its tests show one language after another on it.
describe.concurrent.each(loadRecipes())('the $name page on a 375 px wide phone', (recipe) => {
	let page: Page;
	beforeAll(async () => {
		const context = await newContext(sharedBrowser(), { viewport: phone });
		page = await openPage(context, `${siteUrl}${recipeRoute(recipe.name)}`);
	});

	test.for(languages)(
		'does not scroll sideways and scrolls long $label code inside its block',
		{ concurrent: false },
		async (language) => {
			await page.getByRole('tab', { name: language.label }).first().click();
			expect(await selectedLabels(page)).toEqual(recipe.steps.map(() => language.label));

			const layout = await measureLayout(page);

			expect(layout.pageWidth).toBeLessThanOrEqual(phone.width);
			expect(layout.scrolledSideways).toBe(0);
			expect(layout.blocksOutsideViewport).toEqual([]);
			expect(layout.longBlocks, 'no visible code block is wider than the phone').not.toEqual([]);
			for (const block of layout.longBlocks) {
				expect(block.overflowX, block.title).toMatch(/^(auto|scroll)$/);
				expect(block.scrolledTo, block.title).toBeGreaterThan(0);
			}
		},
	);
});

describe.each(['light', 'dark'] as const)('code in the %s theme', (theme) => {
	const routes = loadRecipes().map((recipe) => recipeRoute(recipe.name));

	test.concurrent.for(routes)(
		'has WCAG AA contrast for every token on %s',
		async (route, { onTestFinished }) => {
			const page = await openReused(`${siteUrl}${route}`, onTestFinished, { colorScheme: theme });

			const tokens = await codeTokenColours(page);
			const low = tokens
				.map(({ text, color, backgrounds }) => {
					const background = flatten(backgrounds);
					return { text, ratio: contrastRatio(flatten([color, background]), background) };
				})
				.filter(({ ratio }) => ratio < minimumTextContrast);

			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			expect(tokens.length).toBeGreaterThan(0);
			expect(low.map(({ text, ratio }) => `${ratio.toFixed(2)}:1 ${text}`)).toEqual([]);
		},
	);
});

// Pagefind lists a few results at a time: like a reader, ask for more until the page is listed.
async function findResult(dialog: Locator, title: string) {
	const result = dialog.getByRole('link', { name: title, exact: true }).first();
	const more = dialog.getByRole('button', { name: 'Load more results' });
	await vi.waitFor(
		async () => {
			if ((await result.count()) === 0 && (await more.isVisible())) await more.click();
			const titles = (await dialog.getByRole('link').allTextContents()).map((t) => t.trim());
			expect(titles, `search results within ${searchTimeoutMs} ms`).toContain(title);
		},
		{ timeout: searchTimeoutMs, interval: 250 },
	);
	return result;
}

interface LongBlock {
	title: string;
	overflowX: string;
	scrolledTo: number;
}

// How the page and its visible code blocks fit the viewport.
function measureLayout(page: Page) {
	return page.evaluate(() => {
		window.scrollTo(100, 0);
		const scrolledSideways = window.scrollX;
		const visible = [...document.querySelectorAll('pre')].filter((pre) => pre.offsetParent);
		const title = (pre: Element) =>
			pre.closest('figure')?.querySelector('.title')?.textContent ?? pre.textContent!.slice(0, 40);
		const longBlocks: LongBlock[] = visible
			.filter((pre) => pre.scrollWidth > pre.clientWidth)
			.map((pre) => {
				pre.scrollLeft = 50;
				return {
					title: title(pre),
					overflowX: getComputedStyle(pre).overflowX,
					scrolledTo: pre.scrollLeft,
				};
			});
		return {
			pageWidth: document.documentElement.scrollWidth,
			scrolledSideways,
			blocksOutsideViewport: visible
				.filter((pre) => pre.getBoundingClientRect().right > window.innerWidth)
				.map(title),
			longBlocks,
		};
	});
}

// The colour of each piece of highlighted code and the backgrounds behind it, top one first.
function codeTokenColours(page: Page) {
	return page.evaluate(() => {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 1;
		const context = canvas.getContext('2d', { willReadFrequently: true })!;
		// The canvas turns any CSS colour syntax the browser computes into sRGB bytes.
		const rgba = (color: string): Rgba => {
			context.clearRect(0, 0, 1, 1);
			context.fillStyle = color;
			context.fillRect(0, 0, 1, 1);
			const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
			return [r!, g!, b!, a! / 255];
		};
		const backgrounds = (element: Element | null): Rgba[] => {
			const layers: Rgba[] = [];
			for (; element; element = element.parentElement) {
				const layer = rgba(getComputedStyle(element).backgroundColor);
				if (layer[3] > 0) layers.push(layer);
				if (layer[3] === 1) break;
			}
			return layers;
		};
		const tokens = [...document.querySelectorAll('.expressive-code .ec-line span')].filter((span) =>
			[...span.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
		);
		return tokens.map((span) => ({
			text: span.textContent!.trim().slice(0, 40),
			color: rgba(getComputedStyle(span).color),
			backgrounds: backgrounds(span),
		}));
	});
}
