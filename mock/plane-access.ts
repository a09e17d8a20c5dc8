import { apiError } from './errors.ts';
import type { MockState, Plane } from './state.ts';

/**
 * Resolves the plane a request addresses, or the error response the API gives instead:
 * 401 for a missing or unknown token, 404 for a tenant the token does not belong to or an unknown plane.
 */
export function resolvePlane(
	state: MockState,
	request: Request,
	params: { tenantId?: string; planeId?: string },
): Plane | Response {
	const token = bearerToken(request);
	if (!token) {
		return apiError(401, 'unauthenticated', 'Send an Authorization: Bearer <token> header.');
	}

	const tenant = state.tenants.get(params.tenantId ?? '');
	if (!tenant || tenant.token !== token) {
		// A valid token used on another tenant's path gets 404, not 403, so tenant ids cannot be probed.
		return [...state.tenants.values()].some((t) => t.token === token)
			? apiError(404, 'tenant_not_found', `No tenant ${params.tenantId} for this token.`)
			: apiError(401, 'unauthenticated', 'The bearer token is not valid or has been revoked.');
	}

	const plane = tenant.planes.get(params.planeId ?? '');
	return (
		plane ?? apiError(404, 'plane_not_found', `No plane ${params.planeId} in tenant ${tenant.id}.`)
	);
}

function bearerToken(request: Request): string | undefined {
	const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
	return match?.[1];
}
