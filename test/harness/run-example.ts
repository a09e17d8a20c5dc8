import { basename, dirname, relative } from 'node:path';
import { execa } from 'execa';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';

/** How long one example may run; they make one or a few loopback requests, so this is generous. */
export const exampleTimeoutMs = 20_000;

export interface ExampleRun {
	// The example file and the folder it ran from, relative to the project.
	file: string;
	dir: string;
	// The command as a reader types it in that folder, such as `python3 create-target.py`.
	command: string;
	// Every variable the example got besides PATH.
	env: Record<string, string>;
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
	const result = await execa(command, [file], {
		cwd: dirname(file),
		env: { PATH: process.env.PATH ?? '', ...env },
		extendEnv: false,
		reject: false,
		stdin: 'ignore',
		timeout: exampleTimeoutMs,
	});

	return {
		file: relative(process.cwd(), file),
		dir: relative(process.cwd(), dirname(file)),
		command: `${command} ${basename(file)}`,
		env,
		exitCode: result.exitCode,
		stdout: result.stdout,
		stderr: result.stderr,
		timedOut: result.timedOut,
	};
}
