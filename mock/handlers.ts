import { http, type RequestHandler } from 'msw';
import { deliveryHandlers } from './deliveries.ts';
import { destinationHandlers } from './destinations.ts';
import { flowHandlers } from './flows.ts';
import type { MockState } from './state.ts';

/** Every handler of the mock API, bound to one state. */
export function createHandlers(state: MockState): RequestHandler[] {
	return [
		// Every request moves the mock clock one second, so time passes as a client polls.
		http.all('*', () => {
			state.clock.tick();
		}),
		...destinationHandlers(state),
		...flowHandlers(state),
		...deliveryHandlers(state),
	];
}
