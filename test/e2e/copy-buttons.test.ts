import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { languages } from '../../src/recipes/languages.ts';
import { loadRecipes, recipeRoute } from '../../src/recipes/recipes.ts';
import { newContext, openPage } from './browser.ts';
import { selectedLabels, stepGroup } from './tabs.ts';
import { openFresh, sharedBrowser, useSharedBrowser } from './shared-browser.ts';

const siteUrl = inject('siteUrl');

useSharedBrowser();

// The clipboard belongs to the whole browser, so these tests run one after another on one page.
describe.each(loadRecipes())('the copy buttons of the $name page', (recipe) => {
	const pageUrl = `${siteUrl}${recipeRoute(recipe.name)}`;
	let page: Page;
	beforeAll(async () => {
		const context = await newContext(sharedBrowser(), { clipboardOrigin: siteUrl });
		page = await openPage(context, pageUrl);
	});
	beforeEach(async () => {
		// Another test's text must not pass for this one's.
		await page.evaluate(() => navigator.clipboard.writeText(''));
	});
	const examples = recipe.steps.flatMap((step) =>
		languages.map((language) => ({
			step: step.name,
			language,
			file: step.files[language.id],
			name: basename(step.files[language.id]),
		})),
	);

	test.for(examples)(
		'the copy button of $name puts exactly that file on the clipboard',
		async ({ step, language, file }) => {
			const group = stepGroup(page, step);
			await group.getByRole('tab', { name: language.label }).click();

			await group.locator('[role="tabpanel"]:not([hidden]) button[data-code]').click();

			// The button leaves out the file's final newline, so a pasted command waits for Enter.
			const expected = readFileSync(file, 'utf8').replace(/\n$/, '');
			await expect.poll(() => readClipboard(page)).toBe(expected);
		},
	);

	test.for(examples)(
		'the link button beside $name copies a link that opens that example in that language',
		async ({ step, language }, { onTestFinished }) => {
			await stepGroup(page, step).getByRole('tab', { name: language.label }).click();
			const anchor = page.locator(`#example-${step}`);

			await anchor.getByRole('button', { name: 'Copy link to this example' }).press('Enter');

			const link = `${pageUrl}?lang=${language.id}#example-${step}`;
			await expect.poll(() => readClipboard(page)).toBe(link);
			await expect.poll(() => anchor.getByRole('status').textContent()).toBe('Link copied');
			const opened = await openFresh(link, onTestFinished);
			expect(await selectedLabels(opened)).toEqual(recipe.steps.map(() => language.label));
			await expect.poll(() => anchorInView(opened, step)).toBe(true);
		},
	);
});

function readClipboard(page: Page) {
	return page.evaluate(() => navigator.clipboard.readText());
}

function anchorInView(page: Page, step: string) {
	return page.evaluate((id) => {
		const top = document.getElementById(id)?.getBoundingClientRect().top;
		return top !== undefined && top >= 0 && top < window.innerHeight;
	}, `example-${step}`);
}
