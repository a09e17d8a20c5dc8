import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecipes } from '../../src/recipes/recipes.ts';
import { suiteRuns } from '../../test/harness/suite-runs.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { timeCommand } from './timing.ts';

/** Build and full-verification time of one copy of the project. */
export interface ScalePoint {
	// How many times the project's recipes the copy has.
	factor: number;
	recipes: number;
	pages: number;
	// Example processes `test/examples.test.ts` starts.
	processes: number;
	buildMs: number;
	verifyMs: number;
	tests: number;
	// Each test file's own time as vitest reports it, keyed by path.
	fileMs: Record<string, number>;
}

// The 50x copy's full verification takes about half an hour on two cores.
const stepTimeoutMs = 90 * 60_000;

/**
 * Builds and verifies (`vitest run`, every test file) a copy of the project with `factor` times
 * its recipes. Returns the copy too, for measures that need a built project.
 */
export async function measureScale(root: string, factor: number, progress: (line: string) => void) {
	const copy = copyProject(root, factor);
	const label = `${factor}x (${copy.recipes.length} recipes)`;
	progress(`${label}: building in ${copy.dir}`);
	const build = await run(copy, [join(copy.dir, 'node_modules/astro/bin/astro.mjs'), 'build']);
	progress(`${label}: built in ${(build.wallMs / 1000).toFixed(1)} s; verifying`);
	const verify = await run(copy, [join(copy.dir, 'node_modules/vitest/vitest.mjs'), 'run']);
	const point: ScalePoint = {
		factor,
		recipes: copy.recipes.length,
		pages: countPages(join(copy.dir, 'dist')),
		processes: countProcesses(copy),
		buildMs: build.wallMs,
		verifyMs: verify.wallMs,
		tests: Number(/Tests\s+(\d+) passed/.exec(stripColors(verify.stdout))?.[1] ?? 0),
		fileMs: fileTimes(stripColors(verify.stdout)),
	};
	progress(`${label}: verified ${point.tests} tests in ${(verify.wallMs / 1000).toFixed(1)} s`);
	return { point, copy };
}

async function run(copy: ProjectCopy, args: string[]) {
	const result = await timeCommand(process.execPath, args, {
		cwd: copy.dir,
		timeoutMs: stepTimeoutMs,
	});
	if (result.exitCode !== 0) {
		throw new Error(
			`\`${args.join(' ')}\` failed in ${copy.dir} (exit ${result.exitCode}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`,
		);
	}
	return result;
}

function countPages(dist: string) {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) =>
		path.endsWith('.html'),
	).length;
}

function countProcesses(copy: ProjectCopy) {
	return loadRecipes(join(copy.dir, 'examples'))
		.flatMap(suiteRuns)
		.reduce((sum, run) => sum + run.calls.length, 0);
}

/** Vitest's line per test file, like ` ✓ test/examples.test.ts (44 tests) 3012ms`. */
function fileTimes(output: string) {
	const lines = output.matchAll(
		/^ \S+ (test\/\S+\.test\.ts) \(\d+ tests?[^)]*\)\s+([\d.]+)(m?s)$/gm,
	);
	return Object.fromEntries(
		[...lines].map(([, file, value, unit]) => [file!, Number(value) * (unit === 's' ? 1000 : 1)]),
	);
}

function stripColors(text: string) {
	return text.replace(/\u001b\[[0-9;]*m/g, '');
}
