// `npm start`: the docs site in dev mode and the sandbox API beside it, stopped together.
import { execa } from 'execa';
import { sandboxBanner } from './sandbox-banner.ts';
import { startSandbox } from './sandbox.ts';

const sitePort = 4321;

const sandbox = await startSandbox(process.argv.slice(2)).catch((error: Error) => {
	console.error(`Could not start the sandbox: ${error.message}`);
	process.exit(1);
});

const site = execa('astro', ['dev', '--host', '127.0.0.1', '--port', String(sitePort)], {
	preferLocal: true,
	stdin: 'inherit',
	stderr: 'inherit',
	reject: false,
	buffer: false,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => site.kill(signal));
}

// Astro's start-up output would push the export lines out of sight, so repeat them once it is ready.
let ready = false;
for await (const line of site.iterable()) {
	console.log(line);
	if (!ready && line.includes('watching for file changes')) {
		ready = true;
		console.log(`\nDocs: http://127.0.0.1:${sitePort}/\n${sandboxBanner(sandbox.url)}`);
	}
}

const { exitCode } = await site;
await sandbox.close();
process.exit(exitCode ?? 0);
