import { HttpResponse } from 'msw';

/** A JSON response, indented and newline-terminated so it reads well in a terminal. */
export function jsonResponse(body: unknown, status = 200) {
	return new HttpResponse(`${JSON.stringify(body, null, 2)}\n`, {
		status,
		headers: { 'Content-Type': 'application/json' },
	});
}
