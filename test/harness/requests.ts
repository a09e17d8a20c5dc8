import type { Exchange } from '../../mock/server.ts';

/** The parts of a request that must be the same in every language: client-specific headers left out. */
export interface SentRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	authorization: string | undefined;
	contentType: string | undefined;
	body: unknown;
}

/** What a test compares of a request the mock received. */
export function sentRequest(exchange: Exchange): SentRequest {
	return {
		method: exchange.method,
		path: exchange.path,
		query: exchange.query,
		authorization: exchange.headers.authorization,
		contentType: exchange.headers['content-type'],
		body: parseBody(exchange.body),
	};
}

function parseBody(body: string): unknown {
	if (body === '') return undefined;
	try {
		return JSON.parse(body);
	} catch {
		// A body that is not JSON is compared as text, so the difference still shows.
		return body;
	}
}
