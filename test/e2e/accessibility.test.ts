import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { builtRoutes } from './site-server.ts';
import { openFresh, useSharedBrowser } from './shared-browser.ts';

const siteUrl = inject('siteUrl');

// Markup of Starlight and Expressive Code that axe flags and this site cannot change. Only these
// elements are exempt from only these rules: the same rule anywhere else still fails.
const exemptions = [
	{
		// TODO: exempts Starlight's search button; remove when its shortcut hint is part of its name.
		rule: 'label-content-name-mismatch',
		elements: 'site-search button[data-open-modal]',
		why: 'Starlight shows the Ctrl K shortcut beside the label "Search"; the accessible name is "Search" and aria-keyshortcuts carries the shortcut.',
	},
	{
		// TODO: exempts Expressive Code's scrollable blocks; remove when it gives them a name.
		rule: 'landmark-unique',
		elements: '.expressive-code pre[role="region"]:not([aria-label], [aria-labelledby])',
		why: 'Expressive Code makes each scrollable code block a role="region" tab stop so keyboard readers can scroll it, but gives it no name; ARIA makes an unnamed region no landmark, yet axe counts them as duplicates.',
	},
];

useSharedBrowser();

describe.each(['light', 'dark'] as const)('every built page in the %s theme', (theme) => {
	test.concurrent.for(builtRoutes())(
		'has no axe violations on %s',
		async (route, { onTestFinished }) => {
			const page = await openFresh(`${siteUrl}${route}`, onTestFinished, { colorScheme: theme });
			await codeBlocksSettled(page);

			const { violations } = await new AxeBuilder({ page }).analyze();

			const found = violations.flatMap((violation) =>
				violation.nodes.map((node) => ({
					rule: violation.id,
					target: node.target.join(' '),
					help: violation.help,
				})),
			);
			const unexpected = [];
			for (const violation of found) {
				if (!(await isExempt(page, violation))) unexpected.push(violation);
			}
			expect(unexpected).toEqual([]);
		},
	);
});

// Expressive Code makes a code block a tab stop only once it has measured that the block scrolls.
function codeBlocksSettled(page: Page) {
	return page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every(
			(pre) => pre.scrollWidth > pre.clientWidth === pre.hasAttribute('tabindex'),
		),
	);
}

function isExempt(page: Page, { rule, target }: { rule: string; target: string }) {
	const exemption = exemptions.find((candidate) => candidate.rule === rule);
	if (!exemption) return false;
	return page.evaluate(
		([target, elements]) => document.querySelector(target)?.matches(elements) ?? false,
		[target, exemption.elements] as const,
	);
}
