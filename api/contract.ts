import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { Exchange } from '../mock/server.ts';

/** The OpenAPI document that the docs, the mock and the examples are all held to. */
export const contractPath = join(import.meta.dirname, 'openapi.yaml');
const shownPath = 'api/openapi.yaml';

export interface ContractOperation {
	operationId: string;
	method: string;
	path: string;
	statuses: number[];
}

/** Loads the contract once, for checking the requests and responses of exchanges with the mock. */
export async function loadContract(path = contractPath) {
	const document = parse(readFileSync(path, 'utf8')) as Document;
	// Redocly lints the document with OpenAPI 3.1 rules; openapi-backend's own check of it knows only
	// 3.0 and rejects 3.1 keywords, so quick mode skips that check (and compiles schemas lazily).
	const api = new OpenAPIBackend({
		definition: document,
		quick: true,
		validate: true,
		customizeAjv: (ajv) => addFormats(ajv),
	});
	await api.init();

	return {
		operations: (): ContractOperation[] => api.getOperations().map(describe),
		/** The operation an exchange addressed, or undefined when the contract has none for it. */
		operationOf: (exchange: Exchange) => api.matchOperation(toRequest(exchange))?.operationId,
		/** What is wrong with the request an exchange sent, in words naming the contract. */
		requestProblems: (exchange: Exchange) => requestProblems(api, exchange),
		/** What is wrong with the response the mock sent, in words naming the contract. */
		responseProblems: (exchange: Exchange) => responseProblems(api, exchange),
	};
}

export type Contract = Awaited<ReturnType<typeof loadContract>>;

function describe(operation: Operation): ContractOperation {
	return {
		operationId: operation.operationId ?? `${operation.method} ${operation.path}`,
		method: operation.method.toUpperCase(),
		path: operation.path,
		statuses: Object.keys(operation.responses ?? {}).map(Number),
	};
}

function requestProblems(api: OpenAPIBackend, exchange: Exchange): string[] {
	const operation = api.matchOperation(toRequest(exchange));
	if (!operation) return [`${shownPath} has no operation for ${exchange.method} ${exchange.path}.`];

	const result = api.validateRequest(toRequest(exchange), operation);
	return unique(result.errors).map(
		(error) =>
			`The ${exchange.method} ${exchange.path} request does not match ${shownPath} ${operation.operationId}: ${error.instancePath || 'request'} ${error.message}${details(error.params)}.`,
	);
}

function responseProblems(api: OpenAPIBackend, exchange: Exchange): string[] {
	const operation = api.matchOperation(toRequest(exchange));
	if (!operation) return [];
	const name = `${shownPath} ${operation.operationId}`;

	if (!(String(exchange.status) in (operation.responses ?? {}))) {
		return [
			`The mock answered ${exchange.status} to ${operation.operationId}, a status ${name} does not document.`,
		];
	}
	const body = exchange.responseBody === '' ? null : JSON.parse(exchange.responseBody);
	const result = api.validateResponse(body, operation, exchange.status);
	return unique(result.errors).map(
		(error) =>
			`The mock's ${exchange.status} response to ${operation.operationId} does not match ${name}: ${error.instancePath || 'body'} ${error.message}${details(error.params)}.`,
	);
}

// Ajv reports the same failure once per branch it tried; once is enough for a reader.
function unique<T extends { instancePath: string; message?: string }>(
	errors: T[] | null | undefined,
) {
	const seen = new Set<string>();
	return (errors ?? []).filter((error) => {
		const key = `${error.instancePath} ${error.message}`;
		return !seen.has(key) && seen.add(key) !== undefined;
	});
}

function toRequest(exchange: Exchange) {
	return {
		method: exchange.method,
		path: exchange.path,
		query: exchange.query,
		headers: exchange.headers,
		body: parseBody(exchange),
	};
}

function parseBody(exchange: Exchange): unknown {
	if (exchange.body === '') return undefined;
	try {
		return JSON.parse(exchange.body);
	} catch {
		return exchange.body;
	}
}

function details(params: unknown) {
	const text = JSON.stringify(params);
	return text && text !== '{}' ? ` (${text})` : '';
}
