import { checkRecipeNames, recipeFilterVariable } from '../test/harness/recipes.ts';

/** Where `npm test` writes its JUnit report when CI is set. */
export const junitReportPath = 'reports/junit.xml';

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
	const vitestArgs = [...args.filter((arg) => arg.startsWith('-')), ...reporterArgs(options.ci)];
	checkRecipeNames(recipes);

	if (recipes.length === 0) {
		return { steps: [...buildSteps(), vitest(vitestArgs, undefined)], notice: undefined };
	}
	return {
		steps: [vitest(['test/examples.test.ts', ...vitestArgs], recipes.join(','))],
		notice: `Only the example tests of ${recipes.join(', ')}: lint, type check, site build and the other tests are skipped. Run \`npm test\` for all of them.`,
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

function reporterArgs(ci: boolean) {
	return ci
		? ['--reporter=default', '--reporter=junit', `--outputFile.junit=${junitReportPath}`]
		: [];
}
