import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const debianChromium = '/usr/bin/chromium';
const launchTimeoutMs = 30_000;
const actionTimeoutMs = 10_000;
const navigationTimeoutMs = 15_000;

// No GPU, no sandbox (tests run as root in CI), and nothing that reaches the network by itself.
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** How a browser context looks at the site. */
export interface ContextOptions {
	colorScheme?: 'light' | 'dark';
	viewport?: { width: number; height: number };
	// Lets pages of this origin write and read the clipboard.
	clipboardOrigin?: string;
	// What the origin's localStorage holds before the first page opens.
	storage?: { origin: string; values: Record<string, string> };
}

/** The installed Chromium the tests drive: $CHROMIUM_PATH, else Debian's. Never downloads one. */
export function chromiumPath(): string {
	const path = process.env.CHROMIUM_PATH ?? debianChromium;
	if (!existsSync(path)) {
		throw new Error(
			`No Chromium at ${path}. The browser tests drive an installed Chromium and never download one: install it with \`apt-get update && apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`,
		);
	}
	return path;
}

/** Launches headless Chromium with a fresh profile. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: chromiumArgs,
		timeout: launchTimeoutMs,
	});
}

/** A fresh context (its own storage) whose actions and navigations time out. */
export async function newContext(browser: Browser, options: ContextOptions = {}) {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: options.viewport ?? { width: 1280, height: 800 },
		storageState: { cookies: [], origins: storedOrigins(options.storage) },
	});
	context.setDefaultTimeout(actionTimeoutMs);
	context.setDefaultNavigationTimeout(navigationTimeoutMs);
	if (options.clipboardOrigin) {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: options.clipboardOrigin,
		});
	}
	return context;
}

/** Opens a URL in a new page of the context, failing the test on any uncaught page error. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	pageErrors.set(page, errors);
	await page.goto(url);
	return page;
}

const pageErrors = new WeakMap<Page, Error[]>();

/** The uncaught errors a page opened with `openPage` has thrown so far, as messages. */
export function errorsOf(page: Page): string[] {
	return (pageErrors.get(page) ?? []).map((error) => error.message);
}

function storedOrigins(storage: ContextOptions['storage']) {
	if (!storage) return [];
	const localStorage = Object.entries(storage.values).map(([name, value]) => ({ name, value }));
	return [{ origin: storage.origin, localStorage }];
}
