import type { Delivery, Flow, MockState, Plane } from './state.ts';

// The Stripe event types the sandbox adapter emits, in the order it emits them.
const stripeEventTypes = [
	'payment_intent.succeeded',
	'charge.refunded',
	'invoice.paid',
	'customer.created',
];

const eventsPerFlow = 8;
const eventSpacingMs = 60_000;
const retryDelayMs = 30_000;

/**
 * What happens to one event at one target, attempt by attempt: most succeed at once, some
 * succeed on a retry, one is waiting for its next retry and one has used up its three attempts.
 */
const outcomes: Array<Array<{ status: number | null; error?: string }>> = [
	[{ status: 200 }],
	[{ status: 200 }],
	[{ status: 500, error: 'The target answered 500 Internal Server Error.' }, { status: 200 }],
	[{ status: 200 }],
	[{ status: 200 }],
	[
		{ status: null, error: 'The target did not answer within 10 s.' },
		{ status: null, error: 'The target did not answer within 10 s.' },
		{ status: null, error: 'The target did not answer within 10 s.' },
	],
	[{ status: 200 }],
	// Last, so that its next retry is still ahead of the mock clock once the batch is played.
	[{ status: 503, error: 'The target answered 503 Service Unavailable.' }],
];

// An event whose last attempt failed is retried, unless it has had this many attempts.
const maxAttempts = 3;

/**
 * Plays a batch of adapter events through a new flow so that listing deliveries shows realistic,
 * reproducible data, then moves the mock clock past them.
 */
export function simulateDeliveries(state: MockState, plane: Plane, flow: Flow) {
	const types = flow.eventTypes ?? stripeEventTypes;
	let end = state.clock.now();

	for (let index = 0; index < eventsPerFlow; index++) {
		const eventId = state.nextId('evt');
		const eventType = types[index % types.length]!;
		const arrivedAt = flow.createdAt + (index + 1) * eventSpacingMs;

		for (const destinationId of flow.destinationIds) {
			const attempts = outcomes[index % outcomes.length]!;
			for (const [number, outcome] of attempts.entries()) {
				const delivery = attempt(
					state,
					{ eventId, eventType, flow, destinationId },
					number,
					outcome,
					arrivedAt,
				);
				plane.deliveries.set(delivery.id, delivery);
				end = Math.max(end, delivery.completedAt);
			}
		}
	}
	state.clock.advanceTo(end);
}

function attempt(
	state: MockState,
	event: { eventId: string; eventType: string; flow: Flow; destinationId: string },
	index: number,
	outcome: { status: number | null; error?: string },
	arrivedAt: number,
): Delivery {
	const createdAt = arrivedAt + index * retryDelayMs;
	const succeeded = outcome.status !== null && outcome.status < 300;
	const attemptNumber = index + 1;

	return {
		id: state.nextId('dlv'),
		eventId: event.eventId,
		eventType: event.eventType,
		flowId: event.flow.id,
		destinationId: event.destinationId,
		attempt: attemptNumber,
		status: succeeded ? 'succeeded' : 'failed',
		responseStatus: outcome.status,
		error: outcome.error ?? null,
		createdAt,
		completedAt: createdAt + 1000,
		nextRetryAt: succeeded || attemptNumber >= maxAttempts ? null : createdAt + retryDelayMs,
	};
}
