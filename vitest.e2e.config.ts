import { defineConfig } from 'vitest/config';

// The browser tests: the built site in Chromium. `npm run test:e2e` after `astro build`.
export default defineConfig({
	test: {
		include: ['test/e2e/**/*.test.ts'],
		globalSetup: ['test/e2e/global-setup.ts'],
		// Each file drives one browser with a page per test, a few pages at once. Two files at a time
		// let the file that takes turns at the clipboard run beside one that keeps both cores busy.
		maxWorkers: 2,
		maxConcurrency: 4,
		testTimeout: 30_000,
		hookTimeout: 40_000,
	},
});
