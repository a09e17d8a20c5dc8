// `npm run bench [-- --quick] [-- --runs N] [-- --only ratio,mock,scale,weight,watch,flaky]`:
// measures the example harness against its floor, the mock's cost per request, how build and
// verification grow with content, a recipe page's weight, watch mode and flakiness; prints the
// tables and, after a full run, rewrites BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parseBenchOptions, type BenchOptions } from './bench/bench-options.ts';
import { benchmarksFile } from './bench/benchmarks-file.ts';
import { measureFlakiness } from './bench/flakiness.ts';
import { compareHarness } from './bench/harness-ratio.ts';
import { currentLoad, describeMachine } from './bench/machine.ts';
import { measureMockCost } from './bench/mock-cost.ts';
import { pageWeight } from './bench/page-weight.ts';
import type { ProjectCopy } from './bench/project-copy.ts';
import { ratioLine, resultTables, type BenchResults } from './bench/result-tables.ts';
import { measureScale } from './bench/scaling.ts';
import { measureWatchLatency } from './bench/watch-latency.ts';
import { exampleConcurrency } from '../test/harness/run-slots.ts';

const root = join(import.meta.dirname, '..');
const mockConcurrency = 4;

async function bench(options: BenchOptions, args: string[]): Promise<BenchResults> {
	const results: BenchResults = {
		machine: describeMachine(),
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		command: ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
		options,
		mockConcurrency,
	};
	const has = (section: BenchOptions['sections'][number]) => options.sections.includes(section);

	if (has('ratio')) {
		results.ratio = await compareHarness(
			root,
			exampleConcurrency,
			options.ratioRounds,
			say('ratio'),
		);
		console.log(ratioLine(results.ratio));
	}
	if (has('mock')) {
		say('mock')(`${options.mockRequests} requests of each kind, ${mockConcurrency} in flight`);
		results.mock = await measureMockCost(root, {
			requests: options.mockRequests,
			concurrency: mockConcurrency,
			phaseLimitMs: options.mockPhaseLimitMs,
		});
	}
	await withBuiltCopies(options, results);
	if (has('flaky')) results.flaky = await measureFlakiness(root, options.flakyRuns, say('flaky'));

	results.machine.loadAtEnd = currentLoad();
	return results;
}

/** The scaling runs; the smallest copy, built, also serves the page weight and the watch measure. */
async function withBuiltCopies(options: BenchOptions, results: BenchResults) {
	const has = (section: BenchOptions['sections'][number]) => options.sections.includes(section);
	const scales = has('scale') ? options.scales : has('weight') || has('watch') ? [1] : [];
	let smallest: ProjectCopy | undefined;

	try {
		for (const factor of scales) {
			const { point, copy } = await measureScale(root, factor, say('scale'));
			if (has('scale')) (results.scale ??= []).push(point);
			if (smallest === undefined) smallest = copy;
			else copy.remove();
		}
		if (smallest && has('weight')) {
			results.weight = await pageWeight(join(smallest.dir, 'dist'), '/recipes/create-target/');
		}
		if (smallest && has('watch')) {
			say('watch')(`saving a file ${options.watchSaves} times`);
			results.watch = await measureWatchLatency(
				smallest.dir,
				'create-target',
				options.watchSaves,
				exampleConcurrency,
			);
		}
	} finally {
		smallest?.remove();
	}
}

/** Writes a Markdown file as Prettier formats it, so that `npm run lint` accepts it. */
async function writeFormatted(path: string, markdown: string) {
	const options = await resolveConfig(path);
	writeFileSync(path, await format(markdown, { ...options, filepath: path }));
}

function say(section: string) {
	return (line: string) => console.log(`[bench ${section}] ${line}`);
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	try {
		const options = parseBenchOptions(args);
		const results = await bench(options, args);
		console.log(`\n${resultTables(results).join('\n\n')}\n`);
		if (options.write) {
			await writeFormatted(join(root, 'BENCHMARKS.md'), benchmarksFile(results));
			console.log('Wrote BENCHMARKS.md.');
		} else {
			console.log('A quick or partial run: BENCHMARKS.md left as it was.');
		}
	} catch (error) {
		console.error(`The bench stopped: ${(error as Error).message}`);
		process.exit(1);
	}
}
