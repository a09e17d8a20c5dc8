import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, inject, test, type ExpectStatic } from 'vitest';
import { languages, type Language } from '../../src/recipes/languages.ts';
import { loadRecipes, recipeRoute } from '../../src/recipes/recipes.ts';
import { newContext, openPage } from './browser.ts';
import { clearClipboard, readClipboard, withClipboard } from './clipboard.ts';
import { selectedLabels, stepGroup } from './tabs.ts';
import { openReused, sharedBrowser, useSharedBrowser } from './shared-browser.ts';

const siteUrl = inject('siteUrl');
// The browser copies in the background; a loaded machine can take seconds to let it.
const clipboardTimeoutMs = 5_000;

useSharedBrowser();

// Every page loads once and its tests share it: they switch its tabs and use the one clipboard only
// in turn (`withClipboard`), and open the copied links side by side.
describe.concurrent.each(loadRecipes())('the copy buttons of the $name page', (recipe) => {
	const pageUrl = `${siteUrl}${recipeRoute(recipe.name)}`;
	let page: Page;
	beforeAll(async () => {
		const context = await newContext(sharedBrowser(), { clipboardOrigin: siteUrl });
		page = await openPage(context, pageUrl);
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
		async ({ step, language, file }, { expect }) => {
			// The button leaves out the file's final newline, so a pasted command waits for Enter.
			const expected = readFileSync(file, 'utf8').replace(/\n$/, '');

			await withClipboard(async () => {
				await clearClipboard(page);
				const group = await selectTab(page, step, language);
				await group.locator('[role="tabpanel"]:not([hidden]) button[data-code]').click();

				await expectClipboard(expect, page, expected);
			});
		},
	);

	test.for(examples)(
		'the link button beside $name copies a link that opens that example in that language',
		async ({ step, language }, { expect, onTestFinished }) => {
			const anchor = page.locator(`#example-${step}`);
			const link = `${pageUrl}?lang=${language.id}#example-${step}`;

			await withClipboard(async () => {
				await clearClipboard(page);
				await selectTab(page, step, language);
				await anchor.getByRole('button', { name: 'Copy link to this example' }).press('Enter');

				await expectClipboard(expect, page, link);
				await expect.poll(() => anchor.getByRole('status').textContent()).toBe('Link copied');
			});
			const opened = await openReused(link, onTestFinished);

			expect(await selectedLabels(opened)).toEqual(recipe.steps.map(() => language.label));
			await expect.poll(() => anchorInView(opened, step)).toBe(true);
		},
	);
});

async function selectTab(page: Page, step: string, language: Language) {
	const group = stepGroup(page, step);
	await group.getByRole('tab', { name: language.label }).click();
	return group;
}

// Tests that run side by side assert through their own `expect`, so that a poll knows its test.
function expectClipboard(expect: ExpectStatic, page: Page, text: string) {
	return expect
		.poll(() => readClipboard(page), {
			timeout: clipboardTimeoutMs,
			message: `clipboard within ${clipboardTimeoutMs} ms`,
		})
		.toBe(text);
}

function anchorInView(page: Page, step: string) {
	return page.evaluate((id) => {
		const top = document.getElementById(id)?.getBoundingClientRect().top;
		return top !== undefined && top >= 0 && top < window.innerHeight;
	}, `example-${step}`);
}
