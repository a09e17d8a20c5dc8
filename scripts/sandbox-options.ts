import { isIP } from 'node:net';
import { parseArgs } from 'node:util';

export const defaultSandboxPort = 4010;

export interface SandboxOptions {
	host: string;
	port: number;
}

/** Reads `--host` and `--port`, refusing anything but a loopback address: the sandbox has no real auth. */
export function parseSandboxOptions(args: string[]): SandboxOptions {
	const { values } = parseArgs({
		args,
		options: {
			host: { type: 'string', default: '127.0.0.1' },
			port: { type: 'string', default: String(defaultSandboxPort) },
		},
		strict: true,
	});

	const port = Number(values.port);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
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

function isLoopback(host: string) {
	if (host === 'localhost' || host === '::1') return true;
	return isIP(host) === 4 && host.startsWith('127.');
}
