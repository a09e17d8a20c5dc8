import {
	accessSync,
	chmodSync,
	constants,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languages } from '../../src/recipes/languages.ts';
import { spawnProcess } from './spawn-process.ts';

const censusTimeoutMs = 10 * 60_000;

/** Which example processes a command started, and when the first started and the last ended. */
export interface Census {
	// One line per process, its file and variables, sorted.
	processes: string[];
	// From starting the command to the first example process starting.
	firstStartMs: number;
	// From the first example process starting to the last one ending.
	spanMs: number;
}

/**
 * Runs a command with the example interpreters (bash, python3, node) replaced on PATH by shims
 * that log each example file they run, with its ZEN_* variables (the mock's URL as a
 * placeholder, since each run has its own port) and when it started and ended. Untimed
 * otherwise: each shim costs a shell.
 */
export async function takeCensus(command: string, args: string[], cwd: string): Promise<Census> {
	const dir = mkdtempSync(join(tmpdir(), 'census-'));
	const log = join(dir, 'started.log');
	writeFileSync(log, '');

	try {
		for (const { command: interpreter } of languages) writeShim(dir, interpreter, log);
		const env = { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } as Record<
			string,
			string
		>;
		const started = Date.now() / 1000;
		const result = await spawnProcess(command, args, { cwd, env, timeoutMs: censusTimeoutMs });
		if (result.timedOut) {
			throw new Error(
				`\`${command} ${args.join(' ')}\` ran past ${censusTimeoutMs} ms under the census.`,
			);
		}
		if (result.exitCode !== 0) {
			throw new Error(
				`\`${command} ${args.join(' ')}\` exited ${result.exitCode} under the census:\n${result.stderr}`,
			);
		}
		return readCensus(readFileSync(log, 'utf8'), started);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function readCensus(log: string, startedS: number): Census {
	const entries = log
		.split('\n')
		.map((line) => line.split('\t'))
		.filter(([, , process]) => process?.includes('/examples/'));
	const starts = entries.map(([start]) => Number(start));
	const ends = entries.map(([, end]) => Number(end));
	return {
		processes: entries.map(([, , process]) => process!).sort(),
		firstStartMs: (Math.min(...starts) - startedS) * 1000,
		spanMs: (Math.max(...ends) - Math.min(...starts)) * 1000,
	};
}

/** The lines of one census that the other lacks, in both directions; empty when they agree. */
export function censusDifference(a: string[], b: string[]): string[] {
	const count = (lines: string[]) =>
		lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
	const [inA, inB] = [count(a), count(b)];
	const keys = new Set([...inA.keys(), ...inB.keys()]);
	return [...keys]
		.filter((key) => inA.get(key) !== inB.get(key))
		.map((key) => `${inA.get(key) ?? 0} vs ${inB.get(key) ?? 0}: ${key}`);
}

function writeShim(dir: string, interpreter: string, log: string) {
	const real = process.env.PATH?.split(':')
		.map((folder) => join(folder, interpreter))
		.find((path) => spawnable(path));
	if (!real) throw new Error(`${interpreter} is not on PATH; the examples need it.`);

	const shim = join(dir, interpreter);
	writeFileSync(
		shim,
		[
			'#!/bin/sh',
			'start=$(date +%s.%N)',
			`'${real}' "$@"`,
			'status=$?',
			'end=$(date +%s.%N)',
			`zen=$(env | grep '^ZEN_' | sed 's/^ZEN_API_BASE=.*/ZEN_API_BASE=(mock)/' | sort | tr '\\n' ' ')`,
			`printf '%s\\t%s\\t%s %s\\n' "$start" "$end" "$1" "$zen" >> '${log}'`,
			'exit $status',
			'',
		].join('\n'),
	);
	chmodSync(shim, 0o755);
}

function spawnable(path: string) {
	try {
		accessSync(path, constants.X_OK);
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
