import { spawn } from 'node:child_process';

/** A finished command: its wall time, the CPU time it and its children used, and its output. */
export interface TimedRun {
	wallMs: number;
	cpuMs: number;
	exitCode: number | null;
	stdout: string;
	stderr: string;
}

export interface TimeOptions {
	cwd: string;
	timeoutMs: number;
	env?: NodeJS.ProcessEnv;
}

// Process groups still running, ended if the bench itself is interrupted or stopped.
const groups = new Set<number>();
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
] as const) {
	process.once(signal, () => {
		for (const group of groups) process.kill(-group, 'SIGKILL');
		process.exit(code);
	});
}

// bash's `times` prints the CPU time of the processes it waited for, children's children included.
const withTimes = '"$@"; status=$?; times >&3; exit $status';

/**
 * Runs a command to its end and measures it from outside, as a person at a shell would see it.
 * Rejects when it runs past `timeoutMs`, naming the limit.
 */
export function timeCommand(command: string, args: string[], options: TimeOptions) {
	return new Promise<TimedRun>((resolve, reject) => {
		const started = performance.now();
		// Its own process group, so that a timeout ends the command and everything it started.
		const child = spawn('bash', ['-c', withTimes, 'bash', command, ...args], {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
			detached: true,
		});
		groups.add(child.pid!);
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			process.kill(-child.pid!, 'SIGKILL');
		}, options.timeoutMs);
		const output = { stdout: '', stderr: '', times: '' };
		child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk));
		child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk));
		child.stdio[3]!.on('data', (chunk: Buffer) => (output.times += chunk));
		child.on('error', reject);

		child.on('close', (exitCode) => {
			const wallMs = performance.now() - started;
			clearTimeout(timer);
			groups.delete(child.pid!);
			if (timedOut) {
				reject(new Error(`\`${[command, ...args].join(' ')}\` ran past ${options.timeoutMs} ms.`));
				return;
			}
			const { stdout, stderr } = output;
			resolve({ wallMs, cpuMs: childrenCpuMs(output.times), exitCode, stdout, stderr });
		});
	});
}

/** The children's user plus system time from `times` output ("0m5.950s 0m1.650s" on line 2). */
function childrenCpuMs(times: string): number {
	const line = times.trim().split('\n')[1] ?? '';
	const spans = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
	if (spans.length !== 2)
		throw new Error(`Expected two CPU times from bash's times, got ${JSON.stringify(times)}.`);
	return spans.reduce(
		(sum, [, minutes, seconds]) => sum + (Number(minutes) * 60 + Number(seconds)) * 1000,
		0,
	);
}

/** The middle value of the samples (the mean of the two middle ones for an even count). */
export function median(samples: number[]): number {
	return percentile(samples, 50);
}

/** The p-th percentile of the samples, interpolated between the nearest ranks. */
export function percentile(samples: number[], p: number): number {
	if (samples.length === 0) throw new Error('Expected at least one sample, got none.');
	const sorted = samples.toSorted((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Milliseconds as seconds, with two decimals under ten seconds and one above, for tables. */
export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
