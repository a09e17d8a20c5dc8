import { parse } from 'yaml';
// Imported rather than read from disk, so that the built site's pages find it too.
import contractSource from '../../api/openapi.yaml?raw';

interface Operation {
	operationId?: string;
	responses?: Record<string, unknown>;
}

/** A named response example from api/openapi.yaml; the contract tests compare each with the mock. */
export function contractExample(operationId: string, status: number, name: string): unknown {
	const example = contractExamples().get(exampleKey(operationId, status, name));
	if (example === undefined) {
		throw new Error(
			`api/openapi.yaml has no example ${name} for ${operationId} ${status}. Add it there, with a contract scenario that checks it.`,
		);
	}
	return example;
}

export function exampleKey(operationId: string, status: number, name: string) {
	return `${operationId} ${status} ${name}`;
}

/** Every named response example in the contract, shared responses counted once per operation using them. */
export function contractExamples(): Map<string, unknown> {
	const document = parse(contractSource);
	const found = new Map<string, unknown>();

	for (const pathItem of Object.values<Record<string, Operation>>(document.paths)) {
		for (const operation of Object.values(pathItem)) {
			if (!operation?.operationId) continue;
			for (const [status, response] of Object.entries(operation.responses ?? {})) {
				for (const [name, value] of examplesOf(resolve(document, response))) {
					found.set(exampleKey(operation.operationId, Number(status), name), value);
				}
			}
		}
	}
	return found;
}

function examplesOf(response: unknown): Array<[string, unknown]> {
	const media = (
		response as { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
	).content?.['application/json'];
	return Object.entries(media?.examples ?? {}).map(([name, example]) => [name, example.value]);
}

function resolve(document: Record<string, unknown>, value: unknown): unknown {
	const ref = (value as { $ref?: string }).$ref;
	if (!ref) return value;
	return ref
		.slice(2)
		.split('/')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document);
}
