import { execa } from 'execa';

const checkTimeoutMs = 10_000;

// The examples run as a reader runs them, so the tools a reader needs must be here.
const tools = [
	{ command: ['curl', '--version'], fix: 'install curl (Debian: apt-get install curl)' },
	{
		command: ['jq', '--version'],
		fix: 'install jq, which the curl examples that follow pages use (Debian: apt-get install jq)',
	},
	{ command: ['python3', '--version'], fix: 'install Python 3 (Debian: apt-get install python3)' },
	{
		// Finding the package costs a fraction of importing it, and this runs before every test run.
		command: [
			'python3',
			'-c',
			'import importlib.util, sys; sys.exit(not importlib.util.find_spec("requests"))',
		],
		shown: 'python3 -c "importlib.util.find_spec(\'requests\')"',
		fix: 'install requests for python3: pip install -r examples/requirements.txt (Debian: apt-get install python3-requests)',
	},
];

/** One line per tool the examples need that does not run with this PATH, saying what to install. */
export async function missingTools(path = process.env.PATH ?? ''): Promise<string[]> {
	const checks = tools.map(async ({ command, fix, shown = command.join(' ') }) => {
		const [file, ...args] = command as [string, ...string[]];
		const result = await execa(file, args, {
			env: { PATH: path },
			extendEnv: false,
			reject: false,
			timeout: checkTimeoutMs,
		});
		if (result.timedOut) return [`\`${shown}\` did not finish within ${checkTimeoutMs} ms.`];
		return result.exitCode === 0 ? [] : [`\`${shown}\` failed: ${fix}.`];
	});
	return (await Promise.all(checks)).flat();
}

/**
 * Starts the tool check once per process and returns its result. The vitest config starts it,
 * so that the interpreters it spawns start up while vitest does; the global setup then waits for it.
 */
export function startToolCheck(): Promise<string[]> {
	const shared = globalThis as { examplesToolCheck?: Promise<string[]> };
	shared.examplesToolCheck ??= missingTools();
	return shared.examplesToolCheck;
}

/** Fails the run before any test when a tool the examples need is missing. */
export default async function checkTools() {
	const missing = await startToolCheck();
	if (missing.length > 0) {
		throw new Error(`The examples cannot run on this machine:\n${missing.join('\n')}`);
	}
}
