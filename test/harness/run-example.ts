import { dirname, relative } from 'node:path';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import { spawnProcess } from './spawn-process.ts';

/** How long one example may run; they make one or a few loopback requests, so this is generous. */
export const exampleTimeoutMs = 20_000;

export interface ExampleRun {
	file: string;
	command: string;
	exitCode: number | undefined;
	stdout: string;
	stderr: string;
	timedOut: boolean;
}

/**
 * Runs an example file as a reader would (`bash f.sh`, `python3 f.py`, `node f.mjs`) from its
 * own folder, with PATH and the given variables only, so an undocumented variable cannot leak in.
 */
export async function runExample(
	language: LanguageId,
	file: string,
	env: Record<string, string>,
): Promise<ExampleRun> {
	const { command } = languages.find((candidate) => candidate.id === language)!;
	const result = await spawnProcess(command, [file], {
		cwd: dirname(file),
		env: { PATH: process.env.PATH ?? '', ...env },
		timeoutMs: exampleTimeoutMs,
	});

	return {
		file: relative(process.cwd(), file),
		command: `${command} ${relative(process.cwd(), file)}`,
		exitCode: result.exitCode,
		stdout: result.stdout,
		stderr: result.stderr,
		timedOut: result.timedOut,
	};
}
