import type { Page } from 'playwright-core';

/** Where Starlight keeps the reader's language: the label of the chosen tab. */
export const storageKey = 'starlight-synced-tabs__language';

const groups = 'starlight-tabs[data-sync-key="language"]';

/** The label of the selected tab in each language tab group, in page order. */
export async function selectedLabels(page: Page): Promise<string[]> {
	const tabs = page.locator(`${groups} [role="tab"][aria-selected="true"]`);
	return (await tabs.allTextContents()).map((label) => label.trim());
}

/** The file name over the code each language tab group shows, in page order. */
export async function shownFiles(page: Page): Promise<string[]> {
	const titles = page.locator(`${groups} > [role="tabpanel"]:not([hidden]) figcaption .title`);
	return titles.allTextContents();
}

/** The language label Starlight has stored, or null. */
export function storedLabel(page: Page): Promise<string | null> {
	return page.evaluate((key) => localStorage.getItem(key), storageKey);
}

/** The tab group of one recipe step: the first one after the step's anchor. */
export function stepGroup(page: Page, step: string) {
	return page.locator(`#example-${step} ~ ${groups}`).first();
}
