import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { benchRequests, type BenchRequest } from './bench-requests.ts';
import { nextLine } from './read-lines.ts';
import { percentile } from './timing.ts';

/** Client-side latency of one kind of request against one server, and the server's CPU time. */
export interface Latency {
	requests: number;
	p50Ms: number;
	p99Ms: number;
	cpuMsPerRequest: number;
}

/** One request kind against the mock and against the bare server answering the same bytes. */
export interface MockCost {
	request: string;
	mock: Latency;
	bare: Latency;
}

export interface LoadOptions {
	requests: number;
	concurrency: number;
	// Each measured phase stops at this many requests or this much time, whichever comes first.
	phaseLimitMs: number;
}

const requestTimeoutMs = 5000;
const warmupRequests = 200;

/** Loads the mock and the bare server in turn with the same requests and compares latencies. */
export async function measureMockCost(root: string, options: LoadOptions): Promise<MockCost[]> {
	const mock = await loadServer(root, 'mock', options);
	const bare = await loadServer(root, 'bare', options);
	return [...mock.keys()].map((request) => ({
		request,
		mock: mock.get(request)!,
		bare: bare.get(request)!,
	}));
}

async function loadServer(root: string, kind: 'mock' | 'bare', options: LoadOptions) {
	const server = spawn(process.execPath, [join(root, 'scripts/bench/bench-server.ts'), kind], {
		cwd: root,
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const lines = createInterface({ input: server.stdout! })[Symbol.asyncIterator]();
	const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });

	try {
		const url = await nextLine(lines, 10_000, 'The bench server');
		const cpuMs = async () => {
			server.stdin!.write('cpu\n');
			return Number(await nextLine(lines, 5000, 'The bench server')) / 1000;
		};
		// One target first, so that the list has something to present.
		await send(agent, benchRequests(url, 0)[0]!);
		const results = new Map<string, Latency>();
		for (const method of ['GET', 'POST'] as const) {
			const pick = (n: number) => benchRequests(url, n).find((r) => r.method === method)!;
			await runLoad(agent, pick, { ...options, requests: warmupRequests }, 1);
			const cpuBefore = await cpuMs();
			const latencies = await runLoad(agent, pick, options, warmupRequests + 1);
			const cpuPerRequest = ((await cpuMs()) - cpuBefore) / latencies.length;
			results.set(requestLabel(pick(0)), summarize(latencies, cpuPerRequest));
		}
		return results;
	} finally {
		agent.destroy();
		server.kill();
	}
}

/** Sends requests from `concurrency` loops at once until the count or the time limit is reached. */
async function runLoad(
	agent: Agent,
	pick: (n: number) => BenchRequest,
	{ requests, concurrency, phaseLimitMs }: LoadOptions,
	firstN: number,
) {
	const latencies: number[] = [];
	const deadline = performance.now() + phaseLimitMs;
	let issued = 0;
	const loop = async () => {
		while (issued < requests && performance.now() < deadline) {
			const request = pick(firstN + issued++);
			const started = performance.now();
			await send(agent, request);
			latencies.push(performance.now() - started);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, loop));
	return latencies;
}

function send(agent: Agent, { method, url, headers, body }: BenchRequest) {
	return new Promise<void>((resolve, reject) => {
		const request = httpRequest(url, { method, headers, agent }, (response) => {
			response.resume();
			response.on('end', () =>
				response.statusCode! < 300
					? resolve()
					: reject(new Error(`${method} ${url} answered ${response.statusCode}.`)),
			);
		});
		request.setTimeout(requestTimeoutMs, () =>
			request.destroy(new Error(`${method} ${url} got no answer within ${requestTimeoutMs} ms.`)),
		);
		request.on('error', reject);
		request.end(body);
	});
}

function summarize(latencies: number[], cpuMsPerRequest: number): Latency {
	return {
		requests: latencies.length,
		p50Ms: percentile(latencies, 50),
		p99Ms: percentile(latencies, 99),
		cpuMsPerRequest,
	};
}

/** "GET /tenants/…/clusters/…/destinations": the route, without the sandbox's ids. */
function requestLabel({ method, url }: BenchRequest) {
	return `${method} ${new URL(url).pathname.replace(/[^/]+_[^/]+/g, '…')}`;
}
