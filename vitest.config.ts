import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The browser tests have their own configuration, vitest.e2e.config.ts.
		exclude: [...configDefaults.exclude, 'test/e2e/**'],
		globalSetup: ['test/global-setup.ts'],
		// Example runs wait on child processes more than on the CPU, so a file runs several at once.
		maxConcurrency: 6,
		testTimeout: 60_000,
		hookTimeout: 30_000,
	},
});
