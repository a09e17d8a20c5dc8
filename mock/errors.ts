import { jsonResponse } from './json-response.ts';

/** One field that failed validation, named by its path in the request body. */
export interface FieldError {
	field: string;
	message: string;
}

/** The one error body shape of the API: `{ "error": { code, message, details? } }`. */
export function apiError(status: number, code: string, message: string, details?: FieldError[]) {
	const error = details ? { code, message, details } : { code, message };
	return jsonResponse({ error }, status);
}
