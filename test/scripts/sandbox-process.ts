import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { execa } from 'execa';

const projectRoot = join(import.meta.dirname, '../..');
const sandboxScript = join(projectRoot, 'scripts/sandbox.ts');

/** How long a sandbox may run before it is killed, so that no test can leave one behind. */
const lifetimeMs = 60_000;
/** How long to wait for a line the sandbox should print; it starts in about a second, slower on a busy machine. */
const lineTimeoutMs = 20_000;

/** The sandbox script running as its own process, as `npm run sandbox` starts it. */
export interface SandboxProcess {
	url: string;
	// The `export` lines of the banner, as a reader would paste them.
	exports: string;
	// The request log lines printed so far.
	logLines: () => string[];
	waitForLogLines: (count: number) => Promise<string[]>;
	stop: () => Promise<void>;
}

/** Runs `node scripts/sandbox.ts` with `args` until it stops, for the arguments it must refuse. */
export function runSandboxScript(args: string[]) {
	return execa(process.execPath, [sandboxScript, ...args], {
		cwd: projectRoot,
		reject: false,
		stdin: 'ignore',
		timeout: lineTimeoutMs,
	});
}

/** Starts the sandbox script and resolves once its banner is printed. */
export async function startSandboxProcess(args: string[]): Promise<SandboxProcess> {
	const child = execa(process.execPath, [sandboxScript, ...args], {
		cwd: projectRoot,
		reject: false,
		stdin: 'ignore',
		timeout: lifetimeMs,
	});
	const lines = readLines(child.stdout);
	// A sandbox that stops on its own ends every wait at once, with what it said on stderr.
	const exited = child.then((result) => {
		throw new Error(`The sandbox exited ${result.exitCode}: ${String(result.stderr)}`);
	});
	exited.catch(() => {});
	const waitFor = (ready: (all: string[]) => boolean, what: string) =>
		Promise.race([lines.waitFor(ready, what), exited]);

	const banner = await waitFor((all) => bannerEnd(all) !== -1, 'the banner');
	const url = /listening on (\S+)/.exec(banner.join('\n'))?.[1];
	if (!url) throw new Error(`The sandbox banner names no URL:\n${banner.join('\n')}`);

	const logLines = () => lines.all.slice(bannerEnd(lines.all) + 1);
	return {
		url,
		exports: banner.filter((line) => line.startsWith('export ')).join('\n'),
		logLines,
		waitForLogLines: async (count) => {
			await waitFor(() => logLines().length >= count, `${count} log lines`);
			return logLines();
		},
		stop: async () => {
			child.kill();
			await child;
		},
	};
}

// The banner ends with a blank line after its export lines.
function bannerEnd(lines: string[]) {
	const lastExport = lines.findLastIndex((line) => line.startsWith('export '));
	return lastExport !== -1 && lines[lastExport + 1] === '' ? lastExport + 1 : -1;
}

function readLines(stdout: Readable) {
	const all: string[] = [];
	const waiters = new Set<() => void>();
	createInterface({ input: stdout }).on('line', (line) => {
		all.push(line);
		for (const wake of waiters) wake();
	});

	function waitFor(ready: (lines: string[]) => boolean, what: string) {
		return new Promise<string[]>((resolve, reject) => {
			const check = () => {
				if (!ready(all)) return;
				clearTimeout(timer);
				waiters.delete(check);
				resolve([...all]);
			};
			const timer = setTimeout(() => {
				waiters.delete(check);
				reject(
					new Error(
						`The sandbox printed no ${what} within ${lineTimeoutMs} ms. It printed:\n${all.join('\n')}`,
					),
				);
			}, lineTimeoutMs);
			waiters.add(check);
			check();
		});
	}
	return { all, waitFor };
}
