import { apiError } from './errors.ts';

/** The request body as a JSON object, or the 400 the API answers when it is not one. */
export async function readJsonObject(
	request: Request,
): Promise<Record<string, unknown> | Response> {
	const text = await request.text();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		// The parser's own message differs between JavaScript engines, so the API does not repeat it.
		return apiError(400, 'invalid_json', 'The request body is not valid JSON.');
	}

	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return apiError(
			400,
			'invalid_request',
			`The request body must be a JSON object, got ${describe(body)}.`,
		);
	}
	return body as Record<string, unknown>;
}

function describe(value: unknown) {
	return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
