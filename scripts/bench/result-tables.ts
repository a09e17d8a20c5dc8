import type { BenchOptions } from './bench-options.ts';
import type { Census } from './census.ts';
import type { Flakiness } from './flakiness.ts';
import { harnessRatio, type HarnessComparison } from './harness-ratio.ts';
import type { Machine } from './machine.ts';
import type { MockCost } from './mock-cost.ts';
import type { PageWeight, Weight } from './page-weight.ts';
import type { ScalePoint } from './scaling.ts';
import { median, seconds } from './timing.ts';
import type { WatchLatency } from './watch-latency.ts';

/** Everything one bench run measured; a section left out of the run is undefined. */
export interface BenchResults {
	machine: Machine;
	date: string;
	command: string;
	options: BenchOptions;
	mockConcurrency: number;
	ratio?: HarnessComparison;
	mock?: MockCost[];
	scale?: ScalePoint[];
	weight?: PageWeight;
	watch?: WatchLatency;
	flaky?: Flakiness;
}

export const ratioGoal = 1.2;

export const mockGoalMs = 1;

/** The line the harness is judged by. */
export function ratioLine(ratio: HarnessComparison) {
	return `harness/bare ratio: ${harnessRatio(ratio).toFixed(2)}`;
}

/** The tables of every measured section, as Markdown, which also reads well in a terminal. */
export function resultTables(results: BenchResults): string[] {
	return [
		results.ratio && ratioTable(results.ratio),
		results.mock && mockTable(results.mock),
		results.scale && scaleTable(results.scale),
		results.weight && weightTable(results.weight),
		results.watch && watchTable(results.watch),
		results.flaky && flakyTable(results.flaky),
	].filter((table): table is string => table !== undefined);
}

/** The harness/bare line and the table of both sides. */
export function ratioTable(ratio: HarnessComparison) {
	const row = (side: string, runs: HarnessComparison['bare'], census: Census) => [
		side,
		seconds(median(runs.map((run) => run.wallMs))),
		seconds(median(runs.map((run) => run.cpuMs))),
		seconds(census.firstStartMs),
		seconds(census.spanMs),
	];
	return [
		`${ratioLine(ratio)} (goal: at most ${ratioGoal}; ${ratioVerdict(ratio)}); best-of-runs ratio ${bestRatio(ratio).toFixed(2)}; CPU-time ratio ${median(ratio.cpuRatios).toFixed(2)}`,
		'',
		table(
			[
				`Example suite, ${ratio.processes} processes, ${ratio.concurrency} runs at a time`,
				'Median wall',
				'Median CPU',
				'First example started after (census)',
				'Examples ran for (census)',
			],
			[
				row('Bare loop', ratio.bare, ratio.census.bare),
				row('Harness (vitest)', ratio.harness, ratio.census.harness),
			],
		),
	].join('\n');
}

// Rounds whose ratios differ more than this were disturbed by other work too much to judge.
const maxRoundSpread = 1.3;

/** Met or not met, judged on the ratio as printed; or why the rounds are too noisy to judge. */
export function ratioVerdict(ratio: HarnessComparison): string {
	const [lowest, highest] = [Math.min(...ratio.wallRatios), Math.max(...ratio.wallRatios)];
	if (highest / lowest > maxRoundSpread) {
		return `not judged: the rounds range from ${lowest.toFixed(2)} to ${highest.toFixed(2)}, so other work disturbed them; rerun on a quiet machine`;
	}
	return Number(harnessRatio(ratio).toFixed(2)) <= ratioGoal ? 'met' : 'not met';
}

/** Fastest harness run over fastest bare run: the runs least disturbed by other work. */
function bestRatio({ bare, harness }: HarnessComparison) {
	const fastest = (runs: HarnessComparison['bare']) => Math.min(...runs.map((run) => run.wallMs));
	return fastest(harness) / fastest(bare);
}

/** The mock's latency and CPU cost per request against the bare server's. */
export function mockTable(costs: MockCost[]) {
	const ms = (value: number) => `${value.toFixed(2)} ms`;
	return table(
		[
			'Request',
			'Bare p50',
			'Mock p50',
			'Added p50',
			'Bare p99',
			'Mock p99',
			'Added p99',
			'Added CPU per request',
		],
		costs.map(({ request, mock, bare }) => [
			request,
			ms(bare.p50Ms),
			ms(mock.p50Ms),
			ms(mock.p50Ms - bare.p50Ms),
			ms(bare.p99Ms),
			ms(mock.p99Ms),
			ms(mock.p99Ms - bare.p99Ms),
			ms(mock.cpuMsPerRequest - bare.cpuMsPerRequest),
		]),
	);
}

/** Build and verification time at each number of recipes. */
export function scaleTable(points: ScalePoint[]) {
	const file = (p: ScalePoint, path: string) =>
		p.fileMs[path] === undefined ? '?' : seconds(p.fileMs[path]!);
	return table(
		[
			'Content',
			'Recipes',
			'Pages',
			'Example processes',
			'Build',
			'Build per page',
			'Verify',
			'Verify per example',
			'examples.test.ts',
			'built-pages.test.ts',
		],
		points.map((p) => [
			p.factor === 1 ? 'the site' : `${p.factor}×`,
			String(p.recipes),
			String(p.pages),
			String(p.processes),
			seconds(p.buildMs),
			`${(p.buildMs / p.pages).toFixed(0)} ms`,
			seconds(p.verifyMs),
			`${(p.verifyMs / p.processes).toFixed(0)} ms`,
			file(p, 'test/examples.test.ts'),
			file(p, 'test/site/built-pages.test.ts'),
		]),
	);
}

/** A page's HTML, CSS and JS bytes, raw and gzipped. */
export function weightTable(weight: PageWeight) {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
	const row = (kind: string, w: Weight, files: number) => [
		kind,
		String(files),
		kb(w.rawBytes),
		kb(w.gzipBytes),
	];
	const total = (key: 'rawBytes' | 'gzipBytes') =>
		weight.html[key] + weight.css[key] + weight.js[key];
	return table(
		[`${weight.route} before search opens`, 'Files', 'Raw', 'Gzip'],
		[
			row('HTML', weight.html, 1),
			row('CSS', weight.css, weight.css.files.length),
			row('JS', weight.js, weight.js.files.length),
			[
				'Total',
				String(1 + weight.css.files.length + weight.js.files.length),
				kb(total('rawBytes')),
				kb(total('gzipBytes')),
			],
		],
	);
}

/** The times from a save to the rerun and to its results. */
export function watchTable(watch: WatchLatency) {
	const row = (what: string, samples: number[]) => [
		what,
		seconds(median(samples)),
		samples.map((ms) => seconds(ms)).join(', '),
	];
	const both = watch.bareMs.map((ms, i) => ms + watch.bareUsingMs[i]!);
	const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
	return [
		`Watch mode: save to the saved recipe's result ${seconds(median(watch.toResultMs))} (${ratio(watch.toResultMs, watch.bareMs)} times the bare loop over it); to the result of the ${watch.using.length} recipes that use its step ${seconds(median(watch.toUsingResultMs))} (${ratio(watch.toUsingResultMs, both)} times the two bare loops)`,
		'',
		table(
			[`Save of ${watch.saved}`, 'Median', 'Samples'],
			[
				row('to the rerun starting', watch.toRerunMs),
				row(`to the result for ${watch.recipe}`, watch.toResultMs),
				row(`to the result for ${watch.using.join(', ')}`, watch.toUsingResultMs),
				row(`bare loop over ${watch.recipe}`, watch.bareMs),
				row('bare loop over the recipes that use its step', watch.bareUsingMs),
			],
		),
	].join('\n');
}

/** How many suite runs failed, and which tests. */
export function flakyTable(flaky: Flakiness) {
	const rows = [...flaky.failures].map(([name, count]) => [name, String(count)]);
	return [
		`Flakiness: ${flaky.failedRuns} of ${flaky.runs} runs of the example suite failed (median run ${seconds(median(flaky.wallMs))}).`,
		...(rows.length > 0 ? ['', table(['Failed test', 'Runs it failed in'], rows)] : []),
	].join('\n');
}

/** A Markdown table. */
export function table(header: string[], rows: string[][]) {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
