import { spawn } from 'node:child_process';

/** How a child process ended and what it printed, each stream without its final newline. */
export interface ProcessResult {
	// Undefined when the process could not start or was killed.
	exitCode: number | undefined;
	stdout: string;
	stderr: string;
	timedOut: boolean;
}

export interface SpawnOptions {
	env: Record<string, string>;
	timeoutMs: number;
	cwd?: string;
}

/**
 * Runs a program without a shell and with only the given variables, stdin closed, and kills it
 * after `timeoutMs`: plain `node:child_process`, for the bench's own measurements.
 */
export function spawnProcess(file: string, args: string[], options: SpawnOptions) {
	return new Promise<ProcessResult>((resolve) => {
		const child = spawn(file, args, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: options.timeoutMs,
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		let startError = '';
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', (error) => (startError = `${file} could not start: ${error.message}`));

		child.on('close', (code) =>
			resolve({
				exitCode: code === null || code < 0 ? undefined : code,
				stdout: text(stdout),
				stderr: [text(stderr), startError].filter(Boolean).join('\n'),
				// Only the timeout kills the child.
				timedOut: child.killed,
			}),
		);
	});
}

function text(chunks: Buffer[]) {
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}
