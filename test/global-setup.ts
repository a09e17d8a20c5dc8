import { execa } from 'execa';

// The examples run as a reader runs them, so the tools a reader needs must be here.
const tools = [
	{ command: ['curl', '--version'], fix: 'install curl (Debian: apt-get install curl)' },
	{
		command: ['jq', '--version'],
		fix: 'install jq, which the curl examples that follow pages use (Debian: apt-get install jq)',
	},
	{ command: ['python3', '--version'], fix: 'install Python 3 (Debian: apt-get install python3)' },
	{
		command: ['python3', '-c', 'import requests'],
		fix: 'install requests for python3: pip install -r examples/requirements.txt (Debian: apt-get install python3-requests)',
	},
];

/** One line per tool the examples need that does not run with this PATH, saying what to install. */
export async function missingTools(path = process.env.PATH ?? ''): Promise<string[]> {
	const missing: string[] = [];
	for (const { command, fix } of tools) {
		const [file, ...args] = command as [string, ...string[]];
		const result = await execa(file, args, { reject: false, timeout: 10_000, env: { PATH: path } });
		if (result.exitCode !== 0) missing.push(`\`${command.join(' ')}\` failed: ${fix}.`);
	}
	return missing;
}

/** Fails the run before any test when a tool the examples need is missing. */
export default async function checkTools() {
	const missing = await missingTools();
	if (missing.length > 0) {
		throw new Error(`The examples cannot run on this machine:\n${missing.join('\n')}`);
	}
}
