import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadContract } from '../../api/contract.ts';
import { sandboxAccount } from '../../mock/sandbox-account.ts';
import { startMockServer, type MockServer } from '../../mock/server.ts';

const contract = await loadContract();
let mock: MockServer;

beforeAll(async () => {
	mock = await startMockServer();
});
afterEach(() => {
	expect(mock.exchanges.filter((e) => e.unhandled)).toEqual([]);
	// Some tests send bad requests on purpose; every answer must still be one the contract allows.
	expect(mock.exchanges.flatMap(contract.responseProblems)).toEqual([]);
	mock.reset();
});
afterAll(() => mock.close());

const stripeTarget = {
	name: 'stripe-payments',
	type: 'stripe',
	config: { apiKey: 'sk_test_51MzQ8cLkT2x9Vb4R', webhookSecret: 'whsec_8fK2pQ7vN3xL5mR9' },
};

function destinations(plane = 'plane_dev_us_east_1', tenant: string = sandboxAccount.tenantId) {
	return `${mock.url}/tenants/${tenant}/clusters/${plane}/destinations`;
}

async function call(url: string, init: RequestInit & { token?: string | null } = {}) {
	const token = init.token === undefined ? sandboxAccount.token : init.token;
	const headers = new Headers(init.headers);
	if (token !== null) headers.set('Authorization', `Bearer ${token}`);
	if (init.body !== undefined) headers.set('Content-Type', 'application/json');

	const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(5000) });
	return { status: response.status, body: await response.json() };
}

function create(body: unknown, plane?: string) {
	return call(destinations(plane), { method: 'POST', body: JSON.stringify(body) });
}

describe('POST /tenants/{tenantId}/clusters/{planeId}/destinations', () => {
	test('creates a provisioning target and never echoes its secrets', async () => {
		const { status, body } = await create(stripeTarget);

		expect(status).toBe(201);
		expect(body).toMatchObject({
			id: 'dest_0001',
			name: 'stripe-payments',
			status: 'provisioning',
		});
		expect(body.config).toEqual({ apiKey: 'sk_test_...Vb4R', webhookSecret: 'whsec_...5mR9' });
		expect(JSON.stringify(body)).not.toContain(stripeTarget.config.apiKey);
	});

	test('rejects a second target with the same name in the plane', async () => {
		await create(stripeTarget);

		const { status, body } = await create(stripeTarget);

		expect(status).toBe(409);
		expect(body.error.code).toBe('name_taken');
	});

	test('allows the same name in another plane of the tenant', async () => {
		await create(stripeTarget);
		const live = {
			...stripeTarget,
			config: { ...stripeTarget.config, apiKey: 'sk_live_51MzQ8cLkT2x9Vb4R' },
		};

		const { status } = await create(live, 'plane_prod_us_east_1');

		expect(status).toBe(201);
	});

	test.for([
		[
			'a missing field',
			{ ...stripeTarget, config: { apiKey: 'sk_test_51MzQ8cLkT2x9Vb4R' } },
			'config.webhookSecret',
			'is required.',
		],
		[
			'a wrongly typed field',
			{ ...stripeTarget, config: { ...stripeTarget.config, apiKey: 42 } },
			'config.apiKey',
			'must be a string, got 42.',
		],
		[
			'a publishable key',
			{ ...stripeTarget, config: { ...stripeTarget.config, apiKey: 'pk_test_51MzQ8cLkT2x9Vb4R' } },
			'config.apiKey',
			'must be a secret key (sk_test_… or sk_live_…), got a publishable key.',
		],
		[
			'an unknown type',
			{ ...stripeTarget, type: 'kafka' },
			'type',
			'must be one of stripe, webhook, got "kafka".',
		],
		[
			'an unknown config field',
			{ ...stripeTarget, config: { ...stripeTarget.config, region: 'us' } },
			'config.region',
			'is not a stripe config field.',
		],
		[
			'a webhook URL that is not https',
			{
				name: 'hooks',
				type: 'webhook',
				config: { url: 'http://example.com', signingSecret: 'a'.repeat(16) },
			},
			'config.url',
			'must be an https:// URL, got "http://example.com".',
		],
	] as const)('rejects %s with a 400 that names the field', async ([, target, field, message]) => {
		const { status, body } = await create(target);

		expect(status).toBe(400);
		expect(body.error).toMatchObject({
			code: 'invalid_destination',
			details: [{ field, message }],
		});
	});

	test('rejects a test-mode key in a live plane', async () => {
		const { status, body } = await create(stripeTarget, 'plane_prod_us_east_1');

		expect(status).toBe(400);
		expect(body.error.details).toEqual([
			{
				field: 'config.apiKey',
				message: 'is a test-mode key, but this plane runs in live mode: use an sk_live_ key.',
			},
		]);
	});

	test('rejects a body that is not JSON', async () => {
		const { status, body } = await call(destinations(), { method: 'POST', body: '{"name": ' });

		expect(status).toBe(400);
		expect(body.error.code).toBe('invalid_json');
	});

	test('rejects a JSON body that is not an object', async () => {
		const { status, body } = await create([stripeTarget]);

		expect(status).toBe(400);
		expect(body.error.message).toBe('The request body must be a JSON object, got an array.');
	});
});

describe('authentication and addressing', () => {
	test.for([
		['no token', null],
		['an unknown token', 'zen_test_0000000000000000'],
	] as const)('answers 401 to a request with %s', async ([, token]) => {
		const { status, body } = await call(destinations(), { token });

		expect(status).toBe(401);
		expect(body.error.code).toBe('unauthenticated');
	});

	test('answers 404 for a tenant the token does not belong to', async () => {
		const { status, body } = await call(destinations('plane_dev_us_east_1', 'tenant_other'));

		expect(status).toBe(404);
		expect(body.error.code).toBe('tenant_not_found');
	});

	test('answers 404 for an unknown plane', async () => {
		const { status, body } = await call(destinations('plane_dev_us_east_2'));

		expect(status).toBe(404);
		expect(body.error.message).toBe('No plane plane_dev_us_east_2 in tenant tenant_acme.');
	});

	test('flags a request no handler matches, so the test that made it fails', async () => {
		const response = await fetch(`${mock.url}/tenants`, { signal: AbortSignal.timeout(5000) });

		expect(response.status).toBe(404);
		expect(mock.exchanges.map((e) => e.unhandled)).toEqual([true]);
		mock.exchanges.length = 0;
	});
});

describe('GET /tenants/{tenantId}/clusters/{planeId}/destinations', () => {
	test('lists only the targets of the plane asked for', async () => {
		await create(stripeTarget);

		const dev = await call(destinations());
		const prod = await call(destinations('plane_prod_us_east_1'));

		expect(dev.body.items.map((d: { name: string }) => d.name)).toEqual(['stripe-payments']);
		expect(prod.body).toEqual({ items: [], nextCursor: null });
	});

	test('follows the cursor through every page', async () => {
		for (const name of ['first', 'second', 'third'])
			await create({ ...stripeTarget, name: `stripe-${name}` });

		const first = await call(`${destinations()}?limit=2`);
		const second = await call(`${destinations()}?limit=2&cursor=${first.body.nextCursor}`);

		expect(first.body.items.map((d: { name: string }) => d.name)).toEqual([
			'stripe-first',
			'stripe-second',
		]);
		expect(second.body.items.map((d: { name: string }) => d.name)).toEqual(['stripe-third']);
		expect(second.body.nextCursor).toBeNull();
	});

	test.for(['0', '101', 'ten'])('rejects limit=%s', async (limit) => {
		const { status, body } = await call(`${destinations()}?limit=${limit}`);

		expect(status).toBe(400);
		expect(body.error.details).toEqual([
			{ field: 'limit', message: 'must be a whole number from 1 to 100.' },
		]);
	});
});

describe('GET /tenants/{tenantId}/clusters/{planeId}/destinations/{destinationId}', () => {
	test('reports provisioning until three seconds of mock time pass, then active', async () => {
		const { body: created } = await create(stripeTarget);

		const statuses = [];
		for (let poll = 0; poll < 3; poll++)
			statuses.push((await call(`${destinations()}/${created.id}`)).body.status);

		expect(statuses).toEqual(['provisioning', 'provisioning', 'active']);
	});

	test('answers 404 for an unknown target', async () => {
		const { status, body } = await call(`${destinations()}/dest_9999`);

		expect(status).toBe(404);
		expect(body.error.code).toBe('destination_not_found');
	});
});
