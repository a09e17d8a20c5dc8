import { isIP } from 'node:net';
import { parseArgs } from 'node:util';

export const defaultSandboxPort = 4010;

/** How to call the sandbox, for the errors that show it. */
export const sandboxUsage = 'npm run sandbox -- [--host 127.0.0.1] [--port 4010]';

export interface SandboxOptions {
	host: string;
	port: number;
}

/** Reads `--host` and `--port`, refusing anything but a loopback address: the sandbox has no real auth. */
export function parseSandboxOptions(args: string[]): SandboxOptions {
	const values = readArgs(args);

	const port = Number(values.port);
	if (!/^\d+$/.test(values.port) || port > 65535) {
		throw new Error(
			`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}.`,
		);
	}
	if (!isLoopback(values.host)) {
		throw new Error(
			`--host must be a loopback address (127.0.0.1, ::1 or localhost), got ${JSON.stringify(values.host)}: the sandbox accepts a published token, so it must not be reachable from other machines.`,
		);
	}
	return { host: values.host === 'localhost' ? '127.0.0.1' : values.host, port };
}

function readArgs(args: string[]) {
	try {
		const { values } = parseArgs({
			args,
			options: {
				host: { type: 'string', default: '127.0.0.1' },
				port: { type: 'string', default: String(defaultSandboxPort) },
			},
			strict: true,
		});
		return values;
	} catch (error) {
		// node:util names the bad argument; the usage says what was expected instead.
		throw new Error(`${(error as Error).message.split(/\.\s/)[0]}. Usage: ${sandboxUsage}`);
	}
}

function isLoopback(host: string) {
	if (host === 'localhost' || host === '::1') return true;
	return isIP(host) === 4 && host.startsWith('127.');
}
