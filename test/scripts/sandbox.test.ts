import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, test, type TestContext } from 'vitest';
import { sandboxAccount } from '../../mock/sandbox-account.ts';
import { languages } from '../../src/recipes/languages.ts';
import { examplesRoot } from '../../src/recipes/recipes.ts';
import { runSandboxScript, startSandboxProcess } from './sandbox-process.ts';

const recipeDir = join(examplesRoot, 'create-target');
const targets = `/tenants/${sandboxAccount.tenantId}/clusters/plane_dev_us_east_1/destinations`;
const stripeTarget = {
	name: 'stripe-payments',
	type: 'stripe',
	config: { apiKey: 'sk_test_51MzQ8cLkT2x9Vb4R', webhookSecret: 'whsec_8fK2pQ7vN3xL5mR9' },
};

// Each test stops the sandboxes it started, even when it fails, and only those: some run concurrently.
async function start(args: string[], context: TestContext) {
	const sandbox = await startSandboxProcess(args);
	context.onTestFinished(() => sandbox.stop());
	return sandbox;
}

describe('scripts/sandbox.ts, as npm run sandbox starts it', () => {
	test.concurrent.for(languages)(
		'runs the $label examples unchanged in a shell where its export lines were pasted',
		async (language, context) => {
			const sandbox = await start(['--port', '0'], context);

			const run = (step: string) =>
				pastedShell(sandbox.exports, `${language.command} ${step}.${language.extension}`);
			const created = await run('create-target');
			const listed = await run('verify-target');

			expect(created.exitCode, created.stderr).toBe(0);
			expect(JSON.parse(created.stdout)).toEqual(readResponse('create-target'));
			expect(listed.exitCode, listed.stderr).toBe(0);
			expect(JSON.parse(listed.stdout)).toEqual(readResponse('verify-target'));
		},
	);

	test('logs one line per request: method, path, status and time', async (context) => {
		const sandbox = await start(['--port', '0'], context);

		await call(sandbox.url, targets, { method: 'POST', body: JSON.stringify(stripeTarget) });
		await call(sandbox.url, `${targets}?limit=1`);
		await call(sandbox.url, '/tenants');
		await sandbox.waitForLogLines(3);
		await sandbox.stop();

		expect(sandbox.logLines()).toEqual([
			expect.stringMatching(new RegExp(`^\\[sandbox\\] POST ${targets} 201 \\d+\\.\\d ms$`)),
			expect.stringMatching(
				new RegExp(`^\\[sandbox\\] GET ${targets}\\?limit=1 200 \\d+\\.\\d ms$`),
			),
			expect.stringMatching(/^\[sandbox\] GET \/tenants 404 \d+\.\d ms {2}\(no such route\)$/),
		]);
	});

	test('listens on the port --port names', async (context) => {
		const port = await freePort();

		const sandbox = await start(['--port', String(port)], context);

		expect(sandbox.url).toBe(`http://127.0.0.1:${port}`);
		expect(sandbox.exports).toContain(`export ZEN_API_BASE="http://127.0.0.1:${port}"`);
		expect((await call(sandbox.url, targets)).status).toBe(200);
	});

	test('listens on the IPv6 loopback address with a URL the examples can use', async (context) => {
		const sandbox = await start(['--host', '::1', '--port', '0'], context);

		expect(sandbox.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
		expect((await call(sandbox.url, targets)).status).toBe(200);
	});

	test('forgets every target when restarted on the same port', async (context) => {
		const port = String(await freePort());
		const first = await start(['--port', port], context);
		const create = () =>
			call(first.url, targets, { method: 'POST', body: JSON.stringify(stripeTarget) });
		expect((await create()).status).toBe(201);
		expect((await create()).status).toBe(409);

		await first.stop();
		const second = await start(['--port', port], context);

		expect(second.url).toBe(first.url);
		expect((await call(second.url, targets)).body).toEqual({ items: [], nextCursor: null });
		expect(await create()).toMatchObject({ status: 201, body: { id: 'dest_0001' } });
	});

	test.concurrent.for([
		[
			['--host', '0.0.0.0'],
			'--host must be a loopback address (127.0.0.1, ::1 or localhost), got "0.0.0.0"',
		],
		[
			['--host', '192.168.1.20'],
			'--host must be a loopback address (127.0.0.1, ::1 or localhost), got "192.168.1.20"',
		],
		[['--port', 'http'], '--port must be a whole number from 0 to 65535, got "http".'],
		[['--port', '70000'], '--port must be a whole number from 0 to 65535, got "70000".'],
		[
			['--prot', '4011'],
			"Unknown option '--prot'. Usage: npm run sandbox -- [--host 127.0.0.1] [--port 4010]",
		],
	] as const)('refuses %j with a clear message and a non-zero exit', async ([args, message]) => {
		const result = await runSandboxScript([...args]);

		expect(result.exitCode).toBe(1);
		expect(result.stderr.split('\n')).toEqual([
			expect.stringContaining(`Could not start the sandbox: ${message}`),
		]);
		expect(result.stdout).toBe('');
	});

	test('refuses a port another sandbox holds, and says how to pick another', async (context) => {
		const port = await freePort();
		await start(['--port', String(port)], context);

		const second = await runSandboxScript(['--port', String(port)]);

		expect(second.exitCode).toBe(1);
		expect(second.stderr).toBe(
			`Could not start the sandbox: port ${port} on 127.0.0.1 is already in use, perhaps by another sandbox. Stop it, or pass another port: npm run sandbox -- --port ${port + 1}`,
		);
	});
});

/** Runs a command in a fresh Bash with only PATH set, after the pasted export lines, from the recipe's folder. */
function pastedShell(exports: string, command: string) {
	return execa('bash', ['-c', `${exports}\n${command}`], {
		cwd: recipeDir,
		env: { PATH: process.env.PATH ?? '' },
		extendEnv: false,
		reject: false,
		stdin: 'ignore',
		timeout: 20_000,
	});
}

async function call(base: string, path: string, init: RequestInit = {}) {
	const response = await fetch(`${base}${path}`, {
		...init,
		headers: {
			Authorization: `Bearer ${sandboxAccount.token}`,
			'Content-Type': 'application/json',
		},
		signal: AbortSignal.timeout(5000),
	});
	return { status: response.status, body: await response.json() };
}

function readResponse(name: string) {
	return JSON.parse(readFileSync(join(recipeDir, 'responses', `${name}.json`), 'utf8'));
}

/** A port nothing listens on right now, found by letting the system pick one. */
function freePort() {
	return new Promise<number>((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}
