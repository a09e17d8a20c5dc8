// `node scripts/bench/bench-server.ts mock|bare`: a server for the mock's cost, in its own process
// so that it does not share a core with the load. `mock` is the mock API; `bare` is node:http
// answering each request with the bytes the mock answers it. Prints its URL, then serves until
// killed, and answers each line on stdin with the CPU time it has used so far, in microseconds.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { startMockServer } from '../../mock/server.ts';
import { benchRequests, type BenchRequest } from './bench-requests.ts';

interface Recorded {
	status: number;
	headers: Record<string, string>;
	body: string;
}

/** Serves the mock API on a loopback port with a fresh state; returns its URL. */
async function serveMock() {
	return (await startMockServer()).url;
}

/** Serves, for each benchmarked request, exactly the status, headers and body the mock gives it. */
async function serveBare() {
	const answers = await recordAnswers();
	const server = createServer((request, response) => {
		// Read the body, as the mock does, before answering.
		request.resume();
		request.on('end', () => {
			const answer = answers.get(request.method ?? '')!;
			response.writeHead(answer.status, answer.headers);
			response.end(answer.body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** What the mock answers each kind of benchmarked request, by method. */
async function recordAnswers() {
	const mock = await startMockServer();
	const answers = new Map<string, Recorded>();
	for (const request of benchRequests(mock.url)) {
		answers.set(request.method, await record(request));
	}
	await mock.close();
	return answers;
}

async function record({ method, url, headers, body }: BenchRequest): Promise<Recorded> {
	const response = await fetch(url, {
		method,
		headers,
		body: body ?? null,
		signal: AbortSignal.timeout(5000),
	});
	const kept = [...response.headers].filter(
		([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name),
	);
	return {
		status: response.status,
		headers: Object.fromEntries(kept),
		body: await response.text(),
	};
}

const kind = process.argv[2];
if (kind !== 'mock' && kind !== 'bare') {
	console.error(`Expected mock or bare, got ${JSON.stringify(kind)}.`);
	process.exit(2);
}
console.log(kind === 'mock' ? await serveMock() : await serveBare());
createInterface({ input: process.stdin }).on('line', () => {
	const { user, system } = process.cpuUsage();
	console.log(user + system);
});
