// Starts the sandbox API alone: `npm run sandbox -- --port 4010`.
import { startMockServer } from '../mock/server.ts';
import { logLine, sandboxBanner } from './sandbox-banner.ts';
import { parseSandboxOptions } from './sandbox-options.ts';

export async function startSandbox(args: string[]) {
	const options = parseSandboxOptions(args);
	const sandbox = await startMockServer({ ...options, onExchange: (e) => console.log(logLine(e)) });
	console.log(sandboxBanner(sandbox.url));
	return sandbox;
}

if (import.meta.main) {
	try {
		await startSandbox(process.argv.slice(2));
	} catch (error) {
		console.error(`Could not start the sandbox: ${(error as Error).message}`);
		process.exit(1);
	}
}
