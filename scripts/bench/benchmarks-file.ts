import type { Flakiness } from './flakiness.ts';
import type { HarnessComparison } from './harness-ratio.ts';
import type { Machine } from './machine.ts';
import type { MockCost } from './mock-cost.ts';
import type { PageWeight } from './page-weight.ts';
import {
	flakyTable,
	mockGoalMs,
	mockTable,
	ratioTable,
	scaleTable,
	table,
	watchTable,
	weightTable,
	type BenchResults,
} from './result-tables.ts';
import type { ScalePoint } from './scaling.ts';
import { seconds } from './timing.ts';
import type { WatchLatency } from './watch-latency.ts';

/** The whole of BENCHMARKS.md: the machine, each table, and what each number includes. */
export function benchmarksFile(results: BenchResults): string {
	const { machine } = results;
	return [
		'# Benchmarks',
		'',
		`Measured by \`${results.command}\` on ${results.date}. Rerun it to update this file (\`npm run bench -- --quick\` for a smaller run that writes nothing).`,
		'',
		table(
			['Machine', ''],
			[
				['CPU', machine.cpuModel],
				['Cores', String(machine.cores)],
				['Memory', `${machine.memoryGiB} GiB`],
				['Node', machine.node],
				[
					'Load average (1 min) at start / end',
					`${machine.loadAtStart.toFixed(1)} / ${machine.loadAtEnd?.toFixed(1) ?? '?'}`,
				],
			],
		),
		'',
		loadSentence(machine),
		'',
		...sectionsText(results),
	].join('\n');
}

/**
 * Whether other work competed with the bench. Only the load at the start tells: by the end the
 * one-minute average is the bench's own last runs, which keep every core busy.
 */
export function loadSentence(machine: Machine): string {
	const start = machine.loadAtStart.toFixed(1);
	const end =
		machine.loadAtEnd === undefined
			? ''
			: ` The load at the end (${machine.loadAtEnd.toFixed(1)}) is mostly the bench's own last runs.`;
	return machine.loadAtStart > machine.cores
		? `**The machine was busy with other work when this started** (load average ${start}, above its ${machine.cores} cores), so wall times are noisy and longer than on a quiet machine. The harness/bare comparison alternates its two sides run by run and also reports CPU time, which other work disturbs less.${end}`
		: `The machine was otherwise idle when this started (load average ${start}, below its ${machine.cores} cores).${end}`;
}

function sectionsText(results: BenchResults): string[] {
	return [
		...(results.ratio ? ratioSection(results.ratio) : []),
		...(results.mock ? mockSection(results.mock, results.mockConcurrency) : []),
		...(results.scale ? scaleSection(results.scale) : []),
		...(results.weight ? weightSection(results.weight) : []),
		...(results.watch ? watchSection(results.watch) : []),
		...(results.flaky ? flakySection(results.flaky) : []),
	];
}

/** Where the harness's extra time goes: before the first example starts, or while they run. */
function startUpSentence({ census }: HarnessComparison) {
	const later = census.harness.firstStartMs - census.bare.firstStartMs;
	const longer = census.harness.spanMs - census.bare.spanMs;
	return `Under the harness the first example started ${seconds(later)} later than under the bare loop, and the examples then ran ${seconds(Math.abs(longer))} ${longer >= 0 ? 'longer' : 'shorter'}. The start-up difference is vitest's own: importing vitest and Vite, loading the config, starting a worker and importing the test file and its imports there. It is paid once per \`vitest run\`, so it weighs less as the suite grows, and \`npm run verify -- --watch\` pays it once per session.`;
}

function ratioSection(ratio: HarnessComparison) {
	return [
		'## The harness against its floor',
		'',
		ratioTable(ratio),
		'',
		`Per-round ratios: ${ratio.wallRatios.map((r) => r.toFixed(2)).join(', ')}. Each side ran ${ratio.bare.length} times, alternating which went first; the ratio is the median of the per-round ratios. On a busy machine the best-of-runs ratio (fastest harness run over fastest bare run) and the CPU-time ratio are steadier: other work lengthens wall time far more than it adds CPU time.`,
		'',
		'Both sides are timed from outside, as `bash` sees them, from starting a fresh Node (the one npm scripts use) to its exit:',
		'',
		'- **Bare loop** (`scripts/bench/bare-examples.ts`): loads the recipes, then starts every example process `test/examples.test.ts` starts, with the same files and the same variables, each run (a walk through the steps, an error case, or one unset variable) against a fresh mock from `mock/server.ts`, as many runs at a time as the harness allows (`exampleConcurrency` in `test/harness/run-slots.ts`). It checks each exit code and nothing else. It is the floor: the cost of the example processes plus one mock per run.',
		'- **Harness** (`vitest run test/examples.test.ts`): vitest with the project config: config loading, the global setup (the tool check), a worker, transforming and importing the test file, the same processes, every assertion, and the report.',
		'',
		`Before timing, both sides run once with the example interpreters (bash, python3, node) replaced on PATH by logging shims; the bench stops unless both started the same ${ratio.processes} processes (file and variables). The census run also gives the last two columns (each shim costs a shell, so they run a little slow): when the first example process started, and how long from then until the last one ended.`,
		'',
		startUpSentence(ratio),
		'',
	];
}

function mockSection(costs: MockCost[], concurrency: number) {
	const worst = Math.max(...costs.map(({ mock, bare }) => mock.p50Ms - bare.p50Ms));
	return [
		"## The mock's cost per request",
		'',
		mockTable(costs),
		'',
		`Goal: under ${mockGoalMs} ms added; the largest added p50 is ${worst.toFixed(2)} ms (${worst < mockGoalMs ? 'met' : 'not met'}).`,
		'',
		`A loopback client (node:http, keep-alive, ${concurrency} requests in flight) sends ${costs[0]?.mock.requests ?? 0} requests of each kind after 200 to warm up, to the mock and then to a bare \`node:http\` server that answers each request with the status, headers and body the mock answers it; each server runs in its own process. "Added" is mock minus bare. Latency under concurrent load includes waiting behind the requests in flight, so the added latency is about the added CPU per request times the requests in flight. The added CPU per request is the servers' own CPU time over the measured requests, divided by their number: the least noisy of these numbers.`,
		'',
	];
}

function scaleSection(points: ScalePoint[]) {
	const marginal = points.slice(1).map((point, index) => {
		const before = points[index]!;
		const added = point.recipes - before.recipes;
		return `from ${before.recipes} to ${point.recipes} recipes, each added recipe cost ${seconds((point.buildMs - before.buildMs) / added)} to build and ${seconds((point.verifyMs - before.verifyMs) / added)} to verify`;
	});
	return [
		'## Cost as content grows',
		'',
		scaleTable(points),
		'',
		`Marginal cost: ${marginal.join('; ')}. Growth is linear when these agree.`,
		'',
		`The last two columns are the time vitest reports for those test files, which run beside the others during "Verify". Each row is a scratch copy of the project (node_modules hard-linked); ${copiesText(points)} under new names (its examples and its page, which the sidebar lists by itself), so the mix of recipes stays the site's; copied recipes borrow steps from the originals, as theirs do. "Build" is \`astro build\`; "Verify" is \`vitest run\`, every test file (examples, built pages, mock, harness). Per-page and per-example figures divide the whole time, fixed start-up costs included.`,
		'',
	];
}

/** "the 10× and 50× rows copy every recipe 9 and 49 times". */
function copiesText(points: ScalePoint[]) {
	const larger = points.filter((point) => point.factor > 1);
	if (larger.length === 0) return 'no row copies recipes';
	const join = (items: string[]) =>
		items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
	return `the ${join(larger.map((p) => `${p.factor}×`))} row${larger.length > 1 ? 's' : ''} copy every recipe ${join(larger.map((p) => String(p.factor - 1)))} times`;
}

function weightSection(weight: PageWeight) {
	return [
		'## Page weight of a recipe page',
		'',
		weightTable(weight),
		'',
		`The built HTML (inline scripts and styles included), the stylesheets it links (print included: browsers fetch it too), the scripts it loads and every module they import statically: ${[...weight.css.files, ...weight.js.files].map((file) => `\`${file}\``).join(', ')}. Dynamic imports load on use and are left out, and with them Pagefind's search UI and index, which load when the reader opens search. Gzip is zlib level 6, each file on its own.`,
		'',
	];
}

function watchSection(watch: WatchLatency) {
	return [
		'## Watch mode',
		'',
		watchTable(watch),
		'',
		`\`npm run verify -- --watch ${watch.recipe}\` in a scratch copy of the project; the bench rewrites the file unchanged and waits for the watcher's lines. The watcher reruns the saved recipe's Python tests first (the saved file is Python; those tests also run the walk and the error cases of the other languages, which they compare with and report beside theirs), then the Python tests of the recipes that borrow the step the file belongs to or run it first; each result comes when all those tests have run. The watcher keeps one vitest running, so a rerun pays for a fresh worker but not for vitest's start-up. The bare loops (a fresh Node each, as in the first section, running the same example processes) run after each save's results; the watcher's second result is compared with the two bare loops together, since it runs them one after the other.`,
		'',
	];
}

function flakySection(flaky: Flakiness) {
	return [
		'## Flakiness',
		'',
		flakyTable(flaky),
		'',
		'`vitest run test/examples.test.ts` run again and again, one run after another, with the JSON reporter; every failed test is listed by its full name.',
		'',
	];
}
