// `npm run screenshots`: pictures of the Create a Target page for the README, from the built site.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newContext, openPage, type ContextOptions } from '../test/e2e/browser.ts';
import { serveSite } from '../test/e2e/site-server.ts';

const outputDir = join(import.meta.dirname, '../docs/screenshots');
const route = '/recipes/create-target/';

const shots: { file: string; options: ContextOptions }[] = [
	{ file: 'create-target-light.png', options: { colorScheme: 'light' } },
	{ file: 'create-target-dark.png', options: { colorScheme: 'dark' } },
	{
		file: 'create-target-mobile.png',
		options: { colorScheme: 'light', viewport: { width: 375, height: 812 } },
	},
];

const site = await serveSite();
const browser = await launchChromium();
try {
	mkdirSync(outputDir, { recursive: true });
	for (const { file, options } of shots) {
		const context = await newContext(browser, options);
		const page = await openPage(context, `${site.url}${route}#create-a-target`);
		const path = join(outputDir, file);
		await page.screenshot({ path, animations: 'disabled', timeout: 15_000 });
		await context.close();
		console.log(`Wrote ${path}`);
	}
} finally {
	await browser.close();
	await site.close();
}
