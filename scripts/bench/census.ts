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
import { spawnProcess } from '../../test/harness/spawn-process.ts';

/** Which example processes a command started: one line per process, its file and variables. */
export type Census = string[];

/**
 * Runs a command with the example interpreters (bash, python3, node) replaced on PATH by shims
 * that log each example file they start, with its ZEN_* variables (the mock's URL as a
 * placeholder, since each run has its own port), then start the real interpreter. Untimed: the shims cost a shell each.
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
		const result = await spawnProcess(command, args, { cwd, env, timeoutMs: 10 * 60_000 });
		if (result.exitCode !== 0) {
			throw new Error(
				`\`${command} ${args.join(' ')}\` exited ${result.exitCode} under the census:\n${result.stderr}`,
			);
		}
		return readFileSync(log, 'utf8')
			.split('\n')
			.filter((line) => line.includes('/examples/'))
			.sort();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The lines of one census that the other lacks, in both directions; empty when they agree. */
export function censusDifference(a: Census, b: Census): string[] {
	const count = (lines: Census) =>
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
			`zen=$(env | grep '^ZEN_' | sed 's/^ZEN_API_BASE=.*/ZEN_API_BASE=(mock)/' | sort | tr '\\n' ' ')`,
			`printf '%s %s\\n' "$1" "$zen" >> '${log}'`,
			`exec '${real}' "$@"`,
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
