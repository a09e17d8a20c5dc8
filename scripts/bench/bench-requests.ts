import { sandboxAccount } from '../../mock/sandbox-account.ts';
import { environment } from '../../src/recipes/environment.ts';

/** One request of the mock's cost benchmark. */
export interface BenchRequest {
	method: 'GET' | 'POST';
	url: string;
	headers: Record<string, string>;
	body?: string;
}

const planeId = environment.find((variable) => variable.name === 'ZEN_PLANE_ID')!.value;

/**
 * The requests the mock's cost is measured with: the Create a Target recipe's two calls, a create
 * (with a new name each time, `n`, so that each is a 201) and the list of the plane's targets.
 */
export function benchRequests(baseUrl: string, n = 0): BenchRequest[] {
	const url = `${baseUrl}/tenants/${sandboxAccount.tenantId}/clusters/${planeId}/destinations`;
	const auth = { Authorization: `Bearer ${sandboxAccount.token}` };
	const target = {
		name: `bench-${n}`,
		type: 'stripe',
		config: { apiKey: 'sk_test_51MzQ8cLkT2x9Vb4R', webhookSecret: 'whsec_8fK2pQ7vN3xL5mR9' },
	};

	return [
		{
			method: 'POST',
			url,
			headers: { ...auth, 'Content-Type': 'application/json' },
			body: JSON.stringify(target),
		},
		{ method: 'GET', url, headers: auth },
	];
}
