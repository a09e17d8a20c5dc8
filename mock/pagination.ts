import { apiError } from './errors.ts';

/** One page of `items` after the `cursor` query parameter, at most `limit` long (1 to 100, default 20). */
export function paginate<T extends { id: string }>(items: T[], url: URL) {
	const limitParam = url.searchParams.get('limit') ?? '20';
	const limit = Number(limitParam);
	if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
		return apiError(
			400,
			'invalid_request',
			`limit must be a whole number from 1 to 100, got ${JSON.stringify(limitParam)}.`,
			[{ field: 'limit', message: 'must be a whole number from 1 to 100.' }],
		);
	}

	const cursor = url.searchParams.get('cursor');
	const start =
		cursor === null ? 0 : items.findIndex((item) => item.id === decodeCursor(cursor)) + 1;
	if (start === 0 && cursor !== null) {
		return apiError(
			400,
			'invalid_cursor',
			'cursor is not one this API returned; start again without it.',
			[{ field: 'cursor', message: 'is unknown or expired.' }],
		);
	}

	const page = items.slice(start, start + limit);
	const last = page.at(-1);
	const more = start + limit < items.length;
	return { items: page, nextCursor: more && last ? encodeCursor(last.id) : null };
}

function encodeCursor(id: string) {
	return Buffer.from(`after:${id}`).toString('base64url');
}

function decodeCursor(cursor: string) {
	return Buffer.from(cursor, 'base64url')
		.toString()
		.replace(/^after:/, '');
}
