import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPage, builtPages } from '../harness/built-site.ts';
import { loadRecipes, recipeRoute } from '../../src/recipes/recipes.ts';

const notePage = '/how-these-docs-are-tested/';

describe.each(loadRecipes())('the $name page', (recipe) => {
	test('says under each tab group that its files run against the mock, with a link to how', () => {
		const groups = builtPage(recipeRoute(recipe.name)).root.querySelectorAll('starlight-tabs');

		expect(groups).toHaveLength(recipe.steps.length);
		for (const group of groups) {
			const note = nextShownSibling(group);
			expect(note?.classList.contains('tested-note'), 'no note follows a tab group').toBe(true);
			expect(note!.textContent).toContain('exact file that runs against the API mock');
			expect(note!.querySelector('a')?.getAttribute('href')).toBe(notePage);
		}
	});
});

describe('the How these docs are tested page', () => {
	test('is built where the notes link, and listed in the sidebar of every page that has one', () => {
		// The home page is a splash page, without a sidebar.
		const withSidebar = builtPages().filter((page) => page.root.querySelector('nav.sidebar'));

		expect(builtPage(notePage).root.querySelector('h1')?.textContent).toBe(
			'How these docs are tested',
		);
		expect(withSidebar.map((page) => page.route)).toContain('/recipes/create-target/');
		for (const { route, root } of withSidebar) {
			const links = root.querySelectorAll('nav.sidebar a').map((a) => a.getAttribute('href'));
			expect(links, route).toContain(notePage);
		}
	});
});

// Starlight puts the tabs' script after some tab groups; a reader never sees it.
function nextShownSibling(element: HTMLElement) {
	let next = element.nextElementSibling;
	while (next?.tagName === 'SCRIPT') next = next.nextElementSibling;
	return next;
}
