import { http, HttpResponse } from 'msw';
import { formatTimestamp } from './clock.ts';
import { simulateDeliveries } from './delivery-simulation.ts';
import { apiError, type FieldError } from './errors.ts';
import { checkName, nameTaken, unknownFields } from './fields.ts';
import { jsonResponse } from './json-response.ts';
import { createInPlane, listInPlane } from './plane-handlers.ts';
import { resolvePlane } from './plane-access.ts';
import type { Flow, MockState, Plane } from './state.ts';

const collection = '/tenants/:tenantId/clusters/:planeId/flows';
const item = `${collection}/:flowId`;

/** Handlers for flows, which route an adapter's events to targets. */
export function flowHandlers(state: MockState) {
	return [
		createInPlane(state, collection, (plane, body) => createFlow(state, plane, body)),
		listInPlane(state, collection, (plane) => [...plane.flows.values()], presentFlow),

		http.get(item, ({ request, params }) => {
			const found = findFlow(state, request, params);
			return found instanceof Response ? found : jsonResponse(presentFlow(found.flow));
		}),

		http.post(`${item}/pause`, ({ request, params }) =>
			setStatus(state, request, params, 'paused'),
		),
		http.post(`${item}/resume`, ({ request, params }) =>
			setStatus(state, request, params, 'active'),
		),

		http.delete(item, ({ request, params }) => {
			const found = findFlow(state, request, params);
			if (found instanceof Response) return found;

			found.plane.flows.delete(found.flow.id);
			return new HttpResponse(null, { status: 204 });
		}),
	];
}

/** A flow as responses show it. */
export function presentFlow(flow: Flow) {
	return {
		id: flow.id,
		name: flow.name,
		adapterId: flow.adapterId,
		destinationIds: flow.destinationIds,
		eventTypes: flow.eventTypes,
		status: flow.status,
		createdAt: formatTimestamp(flow.createdAt),
		updatedAt: formatTimestamp(flow.updatedAt),
	};
}

type Params = Record<string, string | readonly string[] | undefined>;

function findFlow(state: MockState, request: Request, params: Params) {
	const plane = resolvePlane(state, request, params);
	if (plane instanceof Response) return plane;

	const flow = plane.flows.get(String(params.flowId));
	return flow
		? { plane, flow }
		: apiError(404, 'flow_not_found', `No flow ${params.flowId} in plane ${plane.id}.`);
}

// Pausing a paused flow, or resuming an active one, changes nothing and is not an error.
function setStatus(state: MockState, request: Request, params: Params, status: Flow['status']) {
	const found = findFlow(state, request, params);
	if (found instanceof Response) return found;

	if (found.flow.status !== status) {
		found.flow.status = status;
		found.flow.updatedAt = state.clock.now();
	}
	return jsonResponse(presentFlow(found.flow));
}

function createFlow(state: MockState, plane: Plane, body: Record<string, unknown>) {
	const errors = checkFlow(body, plane);
	if (errors.length > 0)
		return apiError(400, 'invalid_flow', 'The flow is not valid; see details.', errors);

	const name = String(body.name);
	if (nameTaken(plane.flows.values(), name)) {
		return apiError(409, 'name_taken', `A flow named ${name} already exists in plane ${plane.id}.`);
	}

	const now = state.clock.now();
	const flow: Flow = {
		id: state.nextId('flow'),
		name,
		adapterId: String(body.adapterId),
		destinationIds: body.destinationIds as string[],
		eventTypes: (body.eventTypes as string[] | undefined) ?? null,
		status: 'active',
		createdAt: now,
		updatedAt: now,
	};
	plane.flows.set(flow.id, flow);
	const response = jsonResponse(presentFlow(flow), 201);
	simulateDeliveries(state, plane, flow);
	return response;
}

function checkFlow(body: Record<string, unknown>, plane: Plane): FieldError[] {
	const known = ['name', 'adapterId', 'destinationIds', 'eventTypes'];
	return [
		...checkName(body.name),
		...checkAdapter(body.adapterId, plane),
		...checkDestinationIds(body.destinationIds, plane),
		...checkEventTypes(body.eventTypes),
		...unknownFields(body, known, 'flow'),
	];
}

function checkAdapter(adapterId: unknown, plane: Plane): FieldError[] {
	if (typeof adapterId !== 'string')
		return [{ field: 'adapterId', message: 'is required and must be a string.' }];
	return plane.adapters.has(adapterId)
		? []
		: [{ field: 'adapterId', message: `names no adapter in plane ${plane.id}: ${adapterId}.` }];
}

function checkDestinationIds(ids: unknown, plane: Plane): FieldError[] {
	if (!Array.isArray(ids) || ids.length === 0) {
		return [{ field: 'destinationIds', message: 'must be a non-empty array of target ids.' }];
	}
	return ids.flatMap((id, index) => {
		const field = `destinationIds[${index}]`;
		if (typeof id !== 'string') return [{ field, message: 'must be a string.' }];
		if (ids.indexOf(id) !== index) return [{ field, message: `repeats ${id}.` }];
		return plane.destinations.has(id)
			? []
			: [{ field, message: `names no target in plane ${plane.id}: ${id}.` }];
	});
}

function checkEventTypes(types: unknown): FieldError[] {
	if (types === undefined) return [];
	const valid =
		Array.isArray(types) &&
		types.length > 0 &&
		types.every((type) => typeof type === 'string' && /^[a-z_]+(\.[a-z_]+)+$/.test(type));
	return valid
		? []
		: [
				{
					field: 'eventTypes',
					message:
						'must be a non-empty array of event types such as invoice.paid, or left out for every type.',
				},
			];
}
