import type { Page } from 'playwright-core';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` once every task given before it has settled. The clipboard belongs to the whole
 * browser, so tests that run side by side take turns at it and do the rest of their work at once.
 */
export function withClipboard<T>(task: () => Promise<T>): Promise<T> {
	const turn = queue.then(task);
	queue = turn.catch(() => undefined);
	return turn;
}

/** The text on the browser's clipboard, read through a page that may read it. */
export function readClipboard(page: Page): Promise<string> {
	return page.evaluate(() => navigator.clipboard.readText());
}

/** Empties the clipboard, so that text a test copied before cannot pass for this one's. */
export function clearClipboard(page: Page): Promise<void> {
	return page.evaluate(() => navigator.clipboard.writeText(''));
}
