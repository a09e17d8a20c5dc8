import { configDefaults, defineConfig } from 'vitest/config';
import { startToolCheck } from './test/global-setup.ts';
import { exampleConcurrency } from './test/harness/run-slots.ts';

// The global setup waits for this; started here, it overlaps vitest's own start-up.
void startToolCheck();

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The browser tests have their own configuration, vitest.e2e.config.ts.
		exclude: [...configDefaults.exclude, 'test/e2e/**'],
		globalSetup: ['test/global-setup.ts'],
		// Example runs take their own slots (test/harness/run-slots.ts); twice as many tests at
		// once leaves a test ready for each slot while others only await a shared walk.
		maxConcurrency: exampleConcurrency * 2,
		testTimeout: 60_000,
		hookTimeout: 30_000,
	},
});
