import type { HttpHandler } from 'msw';
import { deliveryHandlers } from './deliveries.ts';
import { destinationHandlers } from './destinations.ts';
import { flowHandlers } from './flows.ts';
import type { MockState } from './state.ts';

/** Every handler of the mock API, bound to one state. */
export function createHandlers(state: MockState): HttpHandler[] {
	return [...destinationHandlers(state), ...flowHandlers(state), ...deliveryHandlers(state)];
}

/**
 * The handlers that can answer each HTTP method, so that msw matches a request's path against
 * those alone: for every handler it tries, it parses the URL, the cookies and the path.
 */
export function handlersByMethod(handlers: HttpHandler[]) {
	const cache = new Map<string, HttpHandler[]>();
	return (method: string) => {
		const key = method.toUpperCase();
		let found = cache.get(key);
		if (found === undefined) {
			found = handlers.filter(({ info }) =>
				typeof info.method === 'string' ? info.method.toUpperCase() === key : info.method.test(key),
			);
			cache.set(key, found);
		}
		return found;
	};
}
