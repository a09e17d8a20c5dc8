import { execa } from 'execa';

// The examples run as a reader runs them, so the tools a reader needs must be here.
const tools = [
	{ command: ['curl', '--version'], fix: 'Install curl (Debian: apt-get install curl).' },
	{ command: ['python3', '--version'], fix: 'Install Python 3 (Debian: apt-get install python3).' },
	{
		command: ['python3', '-c', 'import requests'],
		fix: 'Install requests for python3: pip install -r examples/requirements.txt (Debian: apt-get install python3-requests).',
	},
];

/** Fails the run before any test when a tool the examples need is missing, naming what to install. */
export default async function checkTools() {
	const missing: string[] = [];
	for (const { command, fix } of tools) {
		const [file, ...args] = command as [string, ...string[]];
		const result = await execa(file, args, { reject: false, timeout: 10_000 });
		if (result.exitCode !== 0) missing.push(`\`${command.join(' ')}\` failed: ${fix}`);
	}
	if (missing.length > 0) {
		throw new Error(`The examples cannot run on this machine:\n${missing.join('\n')}`);
	}
}
