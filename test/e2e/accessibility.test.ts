import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { builtRoutes } from './site-server.ts';
import { openReused, useSharedBrowser } from './shared-browser.ts';

const siteUrl = inject('siteUrl');
// A scan of a long page takes seconds of CPU by itself, and several pages are scanned at once.
const scanTimeoutMs = 60_000;

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
	{
		// TODO: exempts starlight-openapi's "Examples" headings; remove when their level follows the section.
		rule: 'heading-order',
		elements: 'h5.sl-openapi-examples-heading',
		why: 'starlight-openapi writes every "Examples" heading as a fixed h5, also under the h3 of a request body or response, and offers no option or override for its level.',
	},
];

useSharedBrowser();

describe.concurrent.each(['light', 'dark'] as const)(
	'every built page in the %s theme',
	(theme) => {
		test.concurrent.for(builtRoutes())(
			'has no axe violations on %s',
			{ timeout: scanTimeoutMs },
			async (route, { onTestFinished }) => {
				const page = await openReused(`${siteUrl}${route}`, onTestFinished, { colorScheme: theme });
				await codeBlocksSettled(page);
				expect(crossOriginFrames(page), 'frames that the scan cannot enter').toEqual([]);

				const violations = await scan(page);

				expect(await unexempted(page, violations)).toEqual([]);
			},
		);
	},
);

// axe runs in the page itself. By default it scans each frame apart and then loads itself into a
// second page to merge the results, which doubles a scan's time and only adds cross-origin frames.
async function scan(page: Page) {
	const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
	return violations.flatMap((violation) =>
		violation.nodes.map((node) => ({
			rule: violation.id,
			target: node.target.join(' '),
			help: violation.help,
		})),
	);
}

async function unexempted(page: Page, violations: Awaited<ReturnType<typeof scan>>) {
	const unexpected = [];
	for (const violation of violations) {
		if (!(await isExempt(page, violation))) unexpected.push(violation);
	}
	return unexpected;
}

// Expressive Code makes a code block a tab stop only once it has measured that the block scrolls.
function codeBlocksSettled(page: Page) {
	return page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every(
			(pre) => pre.scrollWidth > pre.clientWidth === pre.hasAttribute('tabindex'),
		),
	);
}

function crossOriginFrames(page: Page) {
	const origin = new URL(siteUrl).origin;
	return page
		.frames()
		.map((frame) => frame.url())
		.filter((url) => url !== 'about:blank' && new URL(url).origin !== origin);
}

function isExempt(page: Page, { rule, target }: { rule: string; target: string }) {
	const exemption = exemptions.find((candidate) => candidate.rule === rule);
	if (!exemption) return false;
	return page.evaluate(
		([target, elements]) => document.querySelector(target)?.matches(elements) ?? false,
		[target, exemption.elements] as const,
	);
}
