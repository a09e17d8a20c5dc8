import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { apiError } from './errors.ts';
import { createHandlers, handlersByMethod } from './handlers.ts';
import { createState } from './state.ts';

/** One request the mock answered, as a test or the sandbox log sees it. */
export interface Exchange {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: string;
	status: number;
	responseBody: string;
	// True when no handler matched: the mock answered 404 on its own, and a test should fail.
	unhandled: boolean;
	durationMs: number;
}

export interface MockServerOptions {
	host?: string;
	port?: number;
	onExchange?: (exchange: Exchange) => void;
	// A request that got no answer because its client hung up, or reading it failed otherwise.
	onDropped?: (request: { method: string; path: string }, reason: string) => void;
	// Whether to keep every exchange in `exchanges` (the default, for tests); a server that runs
	// for hours, like the sandbox, only hands each to `onExchange`.
	record?: boolean;
}

// No client of the docs sends more than a few kilobytes; anything larger is a mistake.
const maxBodyBytes = 1024 * 1024;

/** Serves the mock API over real HTTP with a fresh state, so every language reaches the same handlers. */
export async function startMockServer(options: MockServerOptions = {}) {
	const host = options.host ?? '127.0.0.1';
	let state = createState();
	let handlers = handlersByMethod(createHandlers(state));
	const exchanges: Exchange[] = [];

	const server = createServer((incoming, outgoing) => {
		const started = performance.now();
		handle(incoming, outgoing, async (request) => {
			// Every request moves the mock clock one second, so time passes as a client polls.
			state.clock.tick();
			const response = await getResponse(handlers(request.method), request, { baseUrl: origin });
			return response ?? unhandledResponse(request);
		}).then(
			(exchange) => {
				const done = { ...exchange, durationMs: performance.now() - started };
				if (options.record !== false) exchanges.push(done);
				options.onExchange?.(done);
			},
			(error: NodeJS.ErrnoException) => {
				// Nobody is left to answer: the client closed the connection before its request was read.
				outgoing.destroy();
				const request = { method: incoming.method ?? '', path: incoming.url ?? '' };
				const reason =
					error.code === 'ECONNRESET'
						? 'the client closed the connection before sending the whole request'
						: error.message;
				if (options.onDropped) options.onDropped(request, reason);
				else console.error(`The mock dropped ${request.method} ${request.path}: ${reason}`);
			},
		);
	});
	server.requestTimeout = 10_000;
	server.headersTimeout = 10_000;

	await listen(server, host, options.port ?? 0);
	const { port } = server.address() as AddressInfo;
	// An IPv6 address such as ::1 needs brackets in a URL.
	const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

	return {
		url: origin,
		exchanges,
		get state() {
			return state;
		},
		/** Forgets every target and recorded exchange, as a restart would. */
		reset() {
			state = createState();
			handlers = handlersByMethod(createHandlers(state));
			exchanges.length = 0;
		},
		close: () => close(server),
	};
}

export type MockServer = Awaited<ReturnType<typeof startMockServer>>;

async function handle(
	incoming: IncomingMessage,
	outgoing: ServerResponse,
	respond: (request: Request) => Promise<Response & { unhandled?: boolean }>,
): Promise<Omit<Exchange, 'durationMs'>> {
	const body = await readBody(incoming);
	const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
	const headers = headersOf(incoming);
	const request = new Request(url, {
		method: incoming.method ?? 'GET',
		headers,
		...(body === undefined || ['GET', 'HEAD'].includes(incoming.method ?? '') ? {} : { body }),
	});

	const response =
		body === undefined
			? apiError(413, 'payload_too_large', `The request body is larger than ${maxBodyBytes} bytes.`)
			: await respond(request).catch((error: unknown) =>
					apiError(
						500,
						'internal',
						`The mock failed: ${error instanceof Error ? error.message : String(error)}`,
					),
				);
	const responseBody = await response.text();
	outgoing.writeHead(response.status, Object.fromEntries(response.headers));
	outgoing.end(responseBody);

	return {
		method: request.method,
		path: url.pathname,
		query: Object.fromEntries(url.searchParams),
		headers,
		body: body ?? '',
		status: response.status,
		responseBody,
		unhandled: 'unhandled' in response && response.unhandled === true,
	};
}

function unhandledResponse(request: Request) {
	const { pathname } = new URL(request.url);
	const response = apiError(
		404,
		'route_not_found',
		`No API route matches ${request.method} ${pathname}.`,
	);
	return Object.assign(response, { unhandled: true });
}

function headersOf(incoming: IncomingMessage) {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(incoming.headers)) {
		if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

/** The body as text, or undefined when it is over the size limit. */
async function readBody(incoming: IncomingMessage): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of incoming as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxBodyBytes) return undefined;
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number) {
	return new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
}

function close(server: ReturnType<typeof createServer>) {
	server.closeAllConnections();
	return new Promise<void>((resolve) => server.close(() => resolve()));
}
