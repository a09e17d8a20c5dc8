// Starts the sandbox API alone: `npm run sandbox -- --port 4010`.
import { startMockServer } from '../mock/server.ts';
import { logLine, sandboxBanner } from './sandbox-banner.ts';
import { parseSandboxOptions, type SandboxOptions } from './sandbox-options.ts';

/** Starts the sandbox with a fresh state, logging one line per request and printing the banner. */
export async function startSandbox(args: string[]) {
	const options = parseSandboxOptions(args);
	const sandbox = await startMockServer({
		...options,
		record: false,
		onExchange: (exchange) => console.log(logLine(exchange)),
		onDropped: ({ method, path }, reason) =>
			console.log(`[sandbox] ${method} ${path} not answered: ${reason}`),
	}).catch((error: NodeJS.ErrnoException) => {
		throw explainListenError(error, options);
	});
	console.log(sandboxBanner(sandbox.url));
	return sandbox;
}

function explainListenError(error: NodeJS.ErrnoException, { host, port }: SandboxOptions) {
	if (error.code === 'EADDRINUSE') {
		return new Error(
			`port ${port} on ${host} is already in use, perhaps by another sandbox. Stop it, or pass another port: npm run sandbox -- --port ${port + 1}`,
		);
	}
	return error;
}

if (import.meta.main) {
	try {
		await startSandbox(process.argv.slice(2));
	} catch (error) {
		console.error(`Could not start the sandbox: ${(error as Error).message}`);
		process.exit(1);
	}
}
