import { http } from 'msw';
import { formatTimestamp } from './clock.ts';
import { apiError } from './errors.ts';
import { jsonResponse } from './json-response.ts';
import { listInPlane } from './plane-handlers.ts';
import { resolvePlane } from './plane-access.ts';
import type { Delivery, MockState } from './state.ts';

const collection = '/tenants/:tenantId/clusters/:planeId/deliveries';
const statuses = ['succeeded', 'failed'];

/** Handlers for delivery attempts: list with filters and cursor pagination, get one. */
export function deliveryHandlers(state: MockState) {
	return [
		listInPlane(
			state,
			collection,
			(plane, url) => {
				const status = url.searchParams.get('status');
				if (status !== null && !statuses.includes(status)) {
					return apiError(
						400,
						'invalid_request',
						`status must be succeeded or failed, got ${JSON.stringify(status)}.`,
						[{ field: 'status', message: 'must be succeeded or failed.' }],
					);
				}
				return [...plane.deliveries.values()].filter(matches(url.searchParams));
			},
			presentDelivery,
		),

		http.get(`${collection}/:deliveryId`, ({ request, params }) => {
			const plane = resolvePlane(state, request, params);
			if (plane instanceof Response) return plane;

			const delivery = plane.deliveries.get(String(params.deliveryId));
			return delivery
				? jsonResponse(presentDelivery(delivery))
				: apiError(
						404,
						'delivery_not_found',
						`No delivery attempt ${params.deliveryId} in plane ${plane.id}.`,
					);
		}),
	];
}

/** A delivery attempt as responses show it. */
export function presentDelivery(delivery: Delivery) {
	return {
		id: delivery.id,
		eventId: delivery.eventId,
		eventType: delivery.eventType,
		flowId: delivery.flowId,
		destinationId: delivery.destinationId,
		attempt: delivery.attempt,
		status: delivery.status,
		responseStatus: delivery.responseStatus,
		error: delivery.error,
		createdAt: formatTimestamp(delivery.createdAt),
		completedAt: formatTimestamp(delivery.completedAt),
		nextRetryAt: delivery.nextRetryAt === null ? null : formatTimestamp(delivery.nextRetryAt),
	};
}

function matches(query: URLSearchParams) {
	const filters = (['flowId', 'destinationId', 'status'] as const).flatMap((key) => {
		const value = query.get(key);
		return value === null ? [] : [[key, value] as const];
	});
	return (delivery: Delivery) => filters.every(([key, value]) => delivery[key] === value);
}
