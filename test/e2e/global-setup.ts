import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';
import { serveSite } from './site-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		// The origin the built site is served on, without a trailing slash.
		siteUrl: string;
	}
}

/** Fails early without a browser, then serves `dist/` on loopback for every test file. */
export default async function serveBuiltSite(project: TestProject) {
	chromiumPath();
	const site = await serveSite();
	project.provide('siteUrl', site.url);
	return () => site.close();
}
