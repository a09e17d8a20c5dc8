import { http, HttpResponse } from 'msw';
import { formatTimestamp } from './clock.ts';
import { checkConfig, destinationTypes, maskConfig } from './destination-types.ts';
import { apiError, type FieldError } from './errors.ts';
import { checkName, isObject, nameTaken, unknownFields } from './fields.ts';
import { jsonResponse } from './json-response.ts';
import { createInPlane, listInPlane } from './plane-handlers.ts';
import { resolvePlane } from './plane-access.ts';
import { readJsonObject } from './request-body.ts';
import type { Destination, MockState, Plane } from './state.ts';

const collection = '/tenants/:tenantId/clusters/:planeId/destinations';
const item = `${collection}/:destinationId`;

// How long a new target stays "provisioning" before it reports "active", in mock-clock time.
const provisioningMs = 3000;

/** Handlers for targets (wire: destinations), kept per tenant and plane. */
export function destinationHandlers(state: MockState) {
	return [
		createInPlane(state, collection, (plane, body) => createDestination(state, plane, body)),
		listInPlane(
			state,
			collection,
			(plane) => [...plane.destinations.values()],
			(destination) => presentDestination(state, destination),
		),

		http.get(item, ({ request, params }) => {
			const found = findDestination(state, request, params);
			if (found instanceof Response) return found;

			return jsonResponse(presentDestination(state, found.destination));
		}),

		http.patch(item, async ({ request, params }) => {
			const found = findDestination(state, request, params);
			if (found instanceof Response) return found;
			const body = await readJsonObject(request);
			if (body instanceof Response) return body;

			return updateDestination(state, found, body);
		}),

		http.delete(item, ({ request, params }) => {
			const found = findDestination(state, request, params);
			if (found instanceof Response) return found;

			return deleteDestination(found);
		}),
	];
}

/** A target as every response shows it: derived status, masked secrets, RFC 3339 timestamps. */
export function presentDestination(state: MockState, destination: Destination) {
	const age = state.clock.now() - destination.createdAt;

	return {
		id: destination.id,
		name: destination.name,
		type: destination.type,
		status: age >= provisioningMs ? 'active' : 'provisioning',
		config: maskConfig(destination.type, destination.config),
		createdAt: formatTimestamp(destination.createdAt),
		updatedAt: formatTimestamp(destination.updatedAt),
	};
}

interface Found {
	plane: Plane;
	destination: Destination;
}

function findDestination(
	state: MockState,
	request: Request,
	params: Record<string, string | readonly string[] | undefined>,
): Found | Response {
	const plane = resolvePlane(state, request, params);
	if (plane instanceof Response) return plane;

	const destination = plane.destinations.get(String(params.destinationId));
	return destination
		? { plane, destination }
		: apiError(
				404,
				'destination_not_found',
				`No target ${params.destinationId} in plane ${plane.id}.`,
			);
}

function createDestination(state: MockState, plane: Plane, body: Record<string, unknown>) {
	const errors = checkDestination(body, plane);
	if (errors.length > 0) {
		return apiError(400, 'invalid_destination', 'The target is not valid; see details.', errors);
	}

	const name = String(body.name);
	if (nameTaken(plane.destinations.values(), name)) {
		return apiError(
			409,
			'name_taken',
			`A target named ${name} already exists in plane ${plane.id}.`,
		);
	}

	const now = state.clock.now();
	const destination: Destination = {
		id: state.nextId('dest'),
		name,
		type: String(body.type),
		config: body.config as Record<string, string>,
		createdAt: now,
		updatedAt: now,
	};
	plane.destinations.set(destination.id, destination);
	return jsonResponse(presentDestination(state, destination), 201);
}

function checkDestination(body: Record<string, unknown>, plane: Plane): FieldError[] {
	const { type, config } = body;
	const errors = [
		...checkName(body.name),
		...unknownFields(body, ['name', 'type', 'config'], 'target'),
	];

	if (typeof type !== 'string' || !(type in destinationTypes)) {
		const known = Object.keys(destinationTypes).join(', ');
		errors.push({
			field: 'type',
			message: `must be one of ${known}, got ${JSON.stringify(type)}.`,
		});
	}
	if (!isObject(config)) {
		errors.push({ field: 'config', message: 'must be an object.' });
	} else if (typeof type === 'string' && type in destinationTypes) {
		errors.push(...checkConfig(type, config, plane.mode));
	}
	return errors;
}

// The new config replaces fields one by one, so a secret rotates without touching the rest and
// the target stays active throughout.
function updateDestination(
	state: MockState,
	{ plane, destination }: Found,
	body: Record<string, unknown>,
) {
	const errors: FieldError[] = unknownFields(body, ['config'], 'updatable target');
	if (!isObject(body.config)) {
		errors.push({ field: 'config', message: 'must be an object with the fields to change.' });
	}
	const config = { ...destination.config, ...(isObject(body.config) ? body.config : {}) };
	errors.push(...checkConfig(destination.type, config, plane.mode));
	if (errors.length > 0) {
		return apiError(400, 'invalid_destination', 'The update is not valid; see details.', errors);
	}

	destination.config = config as Record<string, string>;
	destination.updatedAt = state.clock.now();
	return jsonResponse(presentDestination(state, destination));
}

function deleteDestination({ plane, destination }: Found) {
	const users = [...plane.flows.values()].filter((flow) =>
		flow.destinationIds.includes(destination.id),
	);
	if (users.length > 0) {
		const names = users.map((flow) => `${flow.id} (${flow.name})`).join(', ');
		return apiError(
			409,
			'destination_in_use',
			`Target ${destination.id} is used by flow ${names}. Delete those flows first.`,
		);
	}

	plane.destinations.delete(destination.id);
	return new HttpResponse(null, { status: 204 });
}
