import type { FieldError } from './errors.ts';

/** Names: 3 to 63 lower-case letters, digits or hyphens, starting and ending with a letter or digit. */
export function checkName(name: unknown): FieldError[] {
	if (name === undefined) return [{ field: 'name', message: 'is required.' }];
	return typeof name === 'string' && /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(name)
		? []
		: [
				{
					field: 'name',
					message:
						'must be 3 to 63 lower-case letters, digits or hyphens, starting and ending with a letter or digit.',
				},
			];
}

/** One error per field of the body that the resource does not have. */
export function unknownFields(body: Record<string, unknown>, known: string[], what: string) {
	return Object.keys(body)
		.filter((field) => !known.includes(field))
		.map((field) => ({ field, message: `is not a ${what} field.` }));
}

/** Whether one of `items` already has the name `name`: names are unique within a plane. */
export function nameTaken(items: Iterable<{ name: string }>, name: string) {
	for (const item of items) if (item.name === name) return true;
	return false;
}

/** Whether a JSON value is a plain object. */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
