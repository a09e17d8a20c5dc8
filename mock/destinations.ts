import { http } from 'msw';
import { formatTimestamp } from './clock.ts';
import { checkConfig, destinationTypes, maskConfig } from './destination-types.ts';
import { apiError, type FieldError } from './errors.ts';
import { jsonResponse } from './json-response.ts';
import { paginate } from './pagination.ts';
import { resolvePlane } from './plane-access.ts';
import { readJsonObject } from './request-body.ts';
import type { Destination, MockState, Plane } from './state.ts';

const collection = '/tenants/:tenantId/clusters/:planeId/destinations';

// How long a new target stays "provisioning" before it reports "active", in mock-clock time.
const provisioningMs = 3000;

/** Handlers for targets (wire: destinations): create, list and get one, kept per tenant and plane. */
export function destinationHandlers(state: MockState) {
	return [
		http.post(collection, async ({ request, params }) => {
			const plane = resolvePlane(state, request, params);
			if (plane instanceof Response) return plane;

			const body = await readJsonObject(request);
			if (body instanceof Response) return body;

			return createDestination(state, plane, body);
		}),

		http.get(collection, ({ request, params }) => {
			const plane = resolvePlane(state, request, params);
			if (plane instanceof Response) return plane;

			const all = [...plane.destinations.values()].map((d) => presentDestination(state, d));
			const page = paginate(all, new URL(request.url));
			return page instanceof Response ? page : jsonResponse(page);
		}),

		http.get(`${collection}/:destinationId`, ({ request, params }) => {
			const plane = resolvePlane(state, request, params);
			if (plane instanceof Response) return plane;

			const destination = plane.destinations.get(String(params.destinationId));
			if (!destination) {
				return apiError(
					404,
					'destination_not_found',
					`No target ${params.destinationId} in plane ${plane.id}.`,
				);
			}
			return jsonResponse(presentDestination(state, destination));
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

function createDestination(state: MockState, plane: Plane, body: Record<string, unknown>) {
	const errors = checkDestination(body, plane);
	if (errors.length > 0) {
		return apiError(400, 'invalid_destination', 'The target is not valid; see details.', errors);
	}

	const name = String(body.name);
	if ([...plane.destinations.values()].some((d) => d.name === name)) {
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
	const errors: FieldError[] = [];
	const { name, type, config, ...rest } = body;

	if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(name)) {
		errors.push({
			field: 'name',
			message:
				'must be 3 to 63 lower-case letters, digits or hyphens, starting and ending with a letter or digit.',
		});
	}
	if (typeof type !== 'string' || !(type in destinationTypes)) {
		errors.push({
			field: 'type',
			message: `must be one of ${Object.keys(destinationTypes).join(', ')}, got ${JSON.stringify(type)}.`,
		});
	}
	if (typeof config !== 'object' || config === null || Array.isArray(config)) {
		errors.push({ field: 'config', message: 'must be an object.' });
	} else if (typeof type === 'string' && type in destinationTypes) {
		errors.push(...checkConfig(type, config as Record<string, unknown>, plane.mode));
	}
	for (const field of Object.keys(rest)) {
		errors.push({ field, message: 'is not a target field.' });
	}
	return errors;
}
