import { http } from 'msw';
import { jsonResponse } from './json-response.ts';
import { paginate } from './pagination.ts';
import { resolvePlane } from './plane-access.ts';
import { readJsonObject } from './request-body.ts';
import type { MockState, Plane } from './state.ts';

/** POST to a plane's collection: the plane and a JSON object body are checked before `create`. */
export function createInPlane(
	state: MockState,
	path: string,
	create: (plane: Plane, body: Record<string, unknown>) => Response,
) {
	return http.post(path, async ({ request, params }) => {
		const plane = resolvePlane(state, request, params);
		if (plane instanceof Response) return plane;
		const body = await readJsonObject(request);
		if (body instanceof Response) return body;

		return create(plane, body);
	});
}

/**
 * GET a plane's collection, one page at a time, of the items `list` gives for the query; only
 * the page's items are `present`ed, so a long list costs little more than a short one.
 */
export function listInPlane<Item extends { id: string }>(
	state: MockState,
	path: string,
	list: (plane: Plane, url: URL) => Item[] | Response,
	present: (item: Item) => unknown,
) {
	return http.get(path, ({ request, params }) => {
		const plane = resolvePlane(state, request, params);
		if (plane instanceof Response) return plane;

		const url = new URL(request.url);
		const items = list(plane, url);
		if (items instanceof Response) return items;
		const page = paginate(items, url);
		return page instanceof Response
			? page
			: jsonResponse({ ...page, items: page.items.map(present) });
	});
}
