import { parseArgs } from 'node:util';

export const sections = ['ratio', 'mock', 'scale', 'weight', 'watch', 'flaky'] as const;
export type Section = (typeof sections)[number];

/** How much to measure; `--quick` is a smaller run that writes nothing. */
export interface BenchOptions {
	quick: boolean;
	sections: Section[];
	ratioRounds: number;
	mockRequests: number;
	mockPhaseLimitMs: number;
	scales: number[];
	watchSaves: number;
	flakyRuns: number;
	// Only a full run of every section rewrites BENCHMARKS.md.
	write: boolean;
}

/** Reads `--quick`, `--runs N` (runs of the flakiness check) and `--only ratio,mock,…`. */
export function parseBenchOptions(args: string[]): BenchOptions {
	const { values } = parseArgs({
		args,
		options: {
			quick: { type: 'boolean', default: false },
			runs: { type: 'string' },
			only: { type: 'string' },
		},
		strict: true,
	});
	const quick = values.quick;
	const only = values.only === undefined ? [...sections] : parseSections(values.only);

	return {
		quick,
		sections: only,
		ratioRounds: quick ? 3 : 5,
		mockRequests: quick ? 1000 : 5000,
		mockPhaseLimitMs: quick ? 5000 : 20_000,
		// Times the site's recipes: the site as it is, then copies of every recipe.
		scales: quick ? [1, 2] : [1, 10, 50],
		watchSaves: quick ? 2 : 3,
		flakyRuns: values.runs === undefined ? (quick ? 3 : 20) : parseRuns(values.runs),
		write: !quick && only.length === sections.length,
	};
}

function parseSections(text: string): Section[] {
	const names = text.split(',').map((name) => name.trim());
	const unknown = names.filter((name) => !(sections as readonly string[]).includes(name));
	if (unknown.length > 0) {
		throw new Error(
			`--only takes a comma-separated list of ${sections.join(', ')}; got ${unknown.join(', ')}.`,
		);
	}
	return names as Section[];
}

function parseRuns(text: string) {
	const runs = Number(text);
	if (!Number.isInteger(runs) || runs < 1) {
		throw new Error(`--runs must be a whole number from 1, got ${JSON.stringify(text)}.`);
	}
	return runs;
}
