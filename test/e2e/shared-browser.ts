import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, newContext, openPage, type ContextOptions } from './browser.ts';

let browser: Browser | undefined;

/** Launches one Chromium before the calling test file's tests and closes it after them. */
export function useSharedBrowser() {
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(() => browser?.close());
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
