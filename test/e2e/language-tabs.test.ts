import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { languages, type Language } from '../../src/recipes/languages.ts';
import { loadRecipes, recipeRoute, type Recipe } from '../../src/recipes/recipes.ts';
import { errorsOf, openPage } from './browser.ts';
import { selectedLabels, shownFiles, storageKey, storedLabel } from './tabs.ts';
import { openFresh, openReused, useSharedBrowser } from './shared-browser.ts';

const siteUrl = inject('siteUrl');
// Every recipe page shows the same tab component, so two pages stand for all of them: a recipe of
// its own steps under /recipes/, and one of three tab groups under another route, made of other
// recipes' steps. The copy button tests open every page by ?lang= in every language.
const recipes = ['create-target', 'getting-started'].map(representative);
const pageOf = (recipe: Recipe) => `${siteUrl}${recipeRoute(recipe.name)}`;
// The first tab shows by default, so choosing it is only visible after choosing another.
const [defaultLanguage, ...otherLanguages] = languages;
const python = languages.find((language) => language.id === 'python')!;

useSharedBrowser();

describe.concurrent.each(recipes)('the language tabs of the $name page', (recipe) => {
	test.concurrent.for(otherLanguages)(
		'clicking $label selects $label in every tab group of the page',
		async (language, { onTestFinished }) => {
			const page = await openReused(pageOf(recipe), onTestFinished);

			await page.getByRole('tab', { name: language.label }).last().click();

			await expectShownEverywhere(page, recipe, language);
		},
	);

	test.concurrent.for(languages)(
		'?lang=$id selects $label in every tab group and stores it',
		async (language, { onTestFinished }) => {
			const other = languages.find((candidate) => candidate !== language)!;

			const page = await openFresh(
				`${pageOf(recipe)}?lang=${language.id}`,
				onTestFinished,
				storedChoice(other),
			);

			await expectShownEverywhere(page, recipe, language);
			expect(await storedLabel(page)).toBe(language.label);
		},
	);

	test.concurrent.for(['cobol', 'constructor', 'Python', ''])(
		'ignores ?lang=%s and keeps the stored choice',
		async (value, { onTestFinished }) => {
			const page = await openFresh(
				`${pageOf(recipe)}?lang=${encodeURIComponent(value)}`,
				onTestFinished,
				storedChoice(python),
			);

			await expectShownEverywhere(page, recipe, python);
			expect(await storedLabel(page)).toBe(python.label);
			expect(errorsOf(page)).toEqual([]);
		},
	);

	test.concurrent(
		'shows the first language to a reader who has chosen none',
		async ({ onTestFinished }) => {
			const page = await openReused(pageOf(recipe), onTestFinished);

			await expectShownEverywhere(page, recipe, defaultLanguage);
			expect(await storedLabel(page)).toBeNull();
		},
	);

	test.concurrent(
		'reaches the link button and the tabs with Tab and switches tabs with arrow keys',
		async ({ onTestFinished }) => {
			const page = await openReused(pageOf(recipe), onTestFinished);
			const keys = [
				{ key: 'ArrowRight', label: 'Python' },
				{ key: 'ArrowRight', label: 'JavaScript' },
				{ key: 'Home', label: 'curl' },
				{ key: 'End', label: 'JavaScript' },
				{ key: 'ArrowLeft', label: 'Python' },
			];

			const focused = await tabToFirstTab(page);
			expect(focused.slice(-2)).toEqual(['Copy link to this example', defaultLanguage.label]);
			for (const { key, label } of keys) {
				await page.keyboard.press(key);

				expect(await focusedTab(page), `focus after ${key}`).toBe(label);
				await expectShownEverywhere(
					page,
					recipe,
					languages.find((l) => l.label === label)!,
				);
			}
		},
	);
});

test('the chosen language survives a reload and carries to another recipe page', async ({
	onTestFinished,
}) => {
	const [first, second] = recipes as [Recipe, Recipe];
	const page = await openFresh(pageOf(first), onTestFinished);
	await page.getByRole('tab', { name: python.label }).first().click();

	await page.reload();
	await expectShownEverywhere(page, first, python);
	const other = await openPage(page.context(), pageOf(second));

	await expectShownEverywhere(other, second, python);
});

function representative(name: string): Recipe {
	const recipe = loadRecipes().find((candidate) => candidate.name === name);
	if (!recipe) {
		throw new Error(
			`The tab tests try the page of examples/${name}/, which does not exist. Name a recipe that does in test/e2e/language-tabs.test.ts.`,
		);
	}
	return recipe;
}

function storedChoice(language: Language) {
	return { storage: { origin: siteUrl, values: { [storageKey]: language.label } } };
}

async function expectShownEverywhere(page: Page, recipe: Recipe, language: Language) {
	const steps = recipe.steps.map((step) => step.name);

	expect(await selectedLabels(page)).toEqual(steps.map(() => language.label));
	expect(await shownFiles(page)).toEqual(steps.map((step) => `${step}.${language.extension}`));
}

// Presses Tab from the top of the page until a tab has focus, as a keyboard reader would, and
// returns the text of each element that got focus on the way.
async function tabToFirstTab(page: Page, maxPresses = 60) {
	const focused: string[] = [];
	for (let press = 0; press < maxPresses; press++) {
		await page.keyboard.press('Tab');
		focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
		if ((await focusedTab(page)) !== null) return focused;
	}
	throw new Error(`No tab got focus after ${maxPresses} presses of Tab from the top of the page.`);
}

function focusedTab(page: Page) {
	return page.evaluate(() => {
		const focused = document.activeElement;
		return focused?.getAttribute('role') === 'tab' ? (focused.textContent?.trim() ?? '') : null;
	});
}
