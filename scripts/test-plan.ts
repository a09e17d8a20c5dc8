import { checkRecipeNames, recipeFilterVariable } from '../src/recipes/recipes.ts';

/** Where `npm test` writes its JUnit reports when CI is set: the main tests', then the browser tests'. */
export const junitReportPaths = ['reports/junit.xml', 'reports/junit-e2e.xml'] as const;

/** One command of a test run, with how long it may take. */
export interface TestStep {
	command: [string, ...string[]];
	timeoutMs: number;
	// Variables to set for this command; an undefined value removes the variable.
	env: Record<string, string | undefined>;
}

export interface TestPlan {
	steps: TestStep[];
	// What the run leaves out, said before and after it, or undefined for a full run.
	notice: string | undefined;
}

const minute = 60_000;

/**
 * What `npm test -- [recipe...] [--vitest-option=value...]` runs: everything, or only the example
 * tests of the named recipes. Words starting with `-` go to vitest unchanged.
 */
export function planTestRun(args: string[], options: { ci: boolean }): TestPlan {
	const recipes = args.filter((arg) => !arg.startsWith('-'));
	const passed = args.filter((arg) => arg.startsWith('-'));
	const [mainReport, browserReport] = junitReportPaths;
	checkRecipeNames(recipes);

	if (recipes.length === 0) {
		const main = vitest([...passed, ...reporterArgs(options.ci, mainReport)], undefined);
		const browser = vitest(
			['--config', 'vitest.e2e.config.ts', ...passed, ...reporterArgs(options.ci, browserReport)],
			undefined,
		);
		return { steps: [...buildSteps(), main, browser], notice: undefined };
	}
	const vitestArgs = [...passed, ...reporterArgs(options.ci, mainReport)];
	return {
		steps: [vitest(['test/examples.test.ts', ...vitestArgs], recipes.join(','))],
		notice: `Only the example tests of ${recipes.join(', ')}: lint, type check, site build, the browser tests and the other tests are skipped. Run \`npm test\` for all of them.`,
	};
}

function buildSteps(): TestStep[] {
	return [
		{ command: ['npm', 'run', 'lint'], timeoutMs: 2 * minute, env: {} },
		{ command: ['npm', 'run', 'check'], timeoutMs: 5 * minute, env: {} },
		{ command: ['npm', 'run', 'build'], timeoutMs: 5 * minute, env: {} },
	];
}

// A filter left in the shell must not thin out a full run, so a full run clears it.
function vitest(args: string[], recipes: string | undefined): TestStep {
	return {
		command: ['vitest', 'run', ...args],
		timeoutMs: 15 * minute,
		env: { [recipeFilterVariable]: recipes },
	};
}

function reporterArgs(ci: boolean, report: string) {
	return ci ? ['--reporter=default', '--reporter=junit', `--outputFile.junit=${report}`] : [];
}
