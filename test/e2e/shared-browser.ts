import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, newContext, openPage, type ContextOptions } from './browser.ts';

let browser: Browser | undefined;
// Pages that tests have given back, blank and with empty storage, by the look of their context.
const idlePages = new Map<string, Page[]>();

/** Launches one Chromium before the calling test file's tests and closes it after them. */
export function useSharedBrowser() {
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(() => {
		idlePages.clear();
		return browser?.close();
	});
}

/** The test file's browser, once `useSharedBrowser` has launched it. */
export function sharedBrowser(): Browser {
	if (!browser) throw new Error('No browser yet: call useSharedBrowser() at the top of the file.');
	return browser;
}

/** Opens a URL in a fresh context of the shared browser, closed when the test finishes. */
export async function openFresh(
	url: string,
	onTestFinished: (cleanup: () => Promise<void>) => void,
	options: ContextOptions = {},
) {
	const context = await newContext(sharedBrowser(), options);
	onTestFinished(() => context.close());
	return openPage(context, url);
}

/** How a reused page looks at the site; it starts with empty storage, so none can be given. */
export type ReusedPageOptions = Pick<ContextOptions, 'colorScheme' | 'viewport'>;

/**
 * Opens a URL in a page, of a context of its own, that an earlier test used and then left blank
 * with empty storage. The site sees a fresh reader; the browser keeps the page's renderer, which
 * halves the cost of a page load. The page goes back when the test finishes.
 */
export async function openReused(
	url: string,
	onTestFinished: (cleanup: () => Promise<void>) => void,
	options: ReusedPageOptions = {},
) {
	const look = JSON.stringify(options);
	const page = idlePages.get(look)?.pop() ?? (await newPageOfItsOwn(options));
	onTestFinished(() => giveBack(page, look));
	await page.goto(url);
	return page;
}

async function newPageOfItsOwn(options: ReusedPageOptions) {
	const context = await newContext(sharedBrowser(), options);
	return context.newPage();
}

// A page whose storage cannot be emptied (it crashed, or never reached the site) is closed instead.
async function giveBack(page: Page, look: string) {
	try {
		await page.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
		});
		await page.goto('about:blank');
	} catch {
		await page.context().close();
		return;
	}
	idlePages.set(look, [...(idlePages.get(look) ?? []), page]);
}
