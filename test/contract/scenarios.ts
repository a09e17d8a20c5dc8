import { sandboxAccount } from '../../mock/sandbox-account.ts';

/** One HTTP call a scenario makes against the mock, with a path relative to the plane. */
export interface Call {
	method: string;
	path: string;
	// Another plane than the sandbox's test-mode one.
	plane?: string;
	body?: unknown;
	rawBody?: string;
	token?: string | null;
}

/**
 * A scenario arranges state with earlier calls, then makes the call under test and expects the
 * operation and status named; `example` names the contract example its answer must equal.
 */
export interface Scenario {
	name: string;
	calls: Call[];
	operationId: string;
	status: number;
	example?: string;
}

export const tenantPath = `/tenants/${sandboxAccount.tenantId}/clusters`;

export const stripeTarget = {
	name: 'stripe-payments',
	type: 'stripe',
	config: { apiKey: 'sk_test_51MzQ8cLkT2x9Vb4R', webhookSecret: 'whsec_8fK2pQ7vN3xL5mR9' },
};

export const webhookTarget = {
	name: 'orders-webhook',
	type: 'webhook',
	config: { url: 'https://hooks.example.com/zen-mesh', signingSecret: 'sig_4Jd9Qm2Lx7Vn3Kp8' },
};

export const stripeFlow = {
	name: 'stripe-to-payments',
	adapterId: 'adapter_stripe_ingester',
	destinationIds: ['dest_0001'],
};

const post = (path: string, body?: unknown): Call => ({ method: 'POST', path, body });
const get = (path: string): Call => ({ method: 'GET', path });

const withTarget = [post('/destinations', stripeTarget)];
const withFlow = [...withTarget, post('/flows', stripeFlow)];

/** The calls that succeed for each operation, after the state its `arrange` calls build. */
export const happyPaths: Record<string, { arrange: Call[]; call: Call; status: number }> = {
	createDestination: { arrange: [], call: post('/destinations', stripeTarget), status: 201 },
	listDestinations: { arrange: withTarget, call: get('/destinations'), status: 200 },
	getDestination: { arrange: withTarget, call: get('/destinations/dest_0001'), status: 200 },
	updateDestination: {
		arrange: withTarget,
		call: {
			method: 'PATCH',
			path: '/destinations/dest_0001',
			body: { config: { webhookSecret: 'whsec_R2tY7uP4kN9bV3cX' } },
		},
		status: 200,
	},
	deleteDestination: {
		arrange: withTarget,
		call: { method: 'DELETE', path: '/destinations/dest_0001' },
		status: 204,
	},
	createFlow: { arrange: withTarget, call: post('/flows', stripeFlow), status: 201 },
	listFlows: { arrange: withFlow, call: get('/flows'), status: 200 },
	getFlow: { arrange: withFlow, call: get('/flows/flow_0001'), status: 200 },
	pauseFlow: { arrange: withFlow, call: post('/flows/flow_0001/pause'), status: 200 },
	resumeFlow: {
		arrange: [...withFlow, post('/flows/flow_0001/pause')],
		call: post('/flows/flow_0001/resume'),
		status: 200,
	},
	deleteFlow: {
		arrange: withFlow,
		call: { method: 'DELETE', path: '/flows/flow_0001' },
		status: 204,
	},
	listDeliveries: { arrange: withFlow, call: get('/deliveries?limit=3'), status: 200 },
	getDelivery: { arrange: withFlow, call: get('/deliveries/dlv_0001'), status: 200 },
};

/** Every operation succeeds, and is refused without a valid token and for an unknown plane. */
function perOperation(): Scenario[] {
	return Object.entries(happyPaths).flatMap(([operationId, { arrange, call, status }]) => [
		{
			name: `${operationId} succeeds`,
			calls: [...arrange, call],
			operationId,
			status,
			// A 204 has no body to show.
			...(status === 204 ? {} : { example: 'default' }),
		},
		{
			name: `${operationId} without a valid token`,
			calls: [...arrange, { ...call, token: 'zen_test_0000000000000000' }],
			operationId,
			status: 401,
			example: 'unauthenticated',
		},
		{
			name: `${operationId} in an unknown plane`,
			calls: [...arrange, { ...call, plane: 'plane_dev_us_east_2' }],
			operationId,
			status: 404,
			example: 'planeNotFound',
		},
	]);
}

// One byte over the limit the API sets on request bodies.
const tooLarge = `{"name": "${'x'.repeat(1024 * 1024)}"}`;

/** The errors particular to each operation. */
const particular: Scenario[] = [
	...(['createDestination', 'updateDestination', 'createFlow'] as const).map((operationId) => ({
		name: `${operationId} with a body over 1 MiB`,
		calls: [
			...happyPaths[operationId]!.arrange,
			{ ...happyPaths[operationId]!.call, rawBody: tooLarge },
		],
		operationId,
		status: 413,
	})),
	{
		name: 'a target with a publishable key',
		calls: [
			post('/destinations', {
				...stripeTarget,
				config: { ...stripeTarget.config, apiKey: 'pk_test_51MzQ8cLkT2x9Vb4R' },
			}),
		],
		operationId: 'createDestination',
		status: 400,
		example: 'publishableKey',
	},
	{
		name: 'a target body that is not JSON',
		calls: [{ method: 'POST', path: '/destinations', rawBody: '{"name": ' }],
		operationId: 'createDestination',
		status: 400,
		example: 'invalidJson',
	},
	{
		name: 'a second target with the same name',
		calls: [...withTarget, post('/destinations', stripeTarget)],
		operationId: 'createDestination',
		status: 409,
		example: 'nameTaken',
	},
	{
		name: 'a webhook target',
		calls: [post('/destinations', webhookTarget)],
		operationId: 'createDestination',
		status: 201,
		example: 'webhook',
	},
	{
		name: 'a target list with a bad limit',
		calls: [get('/destinations?limit=500')],
		operationId: 'listDestinations',
		status: 400,
	},
	{
		name: 'an unknown target',
		calls: [get('/destinations/dest_9999')],
		operationId: 'getDestination',
		status: 404,
	},
	{
		name: 'an update with a bad secret',
		calls: [
			...withTarget,
			{
				method: 'PATCH',
				path: '/destinations/dest_0001',
				body: { config: { webhookSecret: 'secret' } },
			},
		],
		operationId: 'updateDestination',
		status: 400,
	},
	{
		name: 'an update of an unknown target',
		calls: [
			{
				method: 'PATCH',
				path: '/destinations/dest_9999',
				body: { config: { webhookSecret: 'whsec_R2tY7uP4kN9bV3cX' } },
			},
		],
		operationId: 'updateDestination',
		status: 404,
	},
	{
		name: 'deleting a target a flow uses',
		calls: [...withFlow, { method: 'DELETE', path: '/destinations/dest_0001' }],
		operationId: 'deleteDestination',
		status: 409,
		example: 'inUse',
	},
	{
		name: 'deleting an unknown target',
		calls: [{ method: 'DELETE', path: '/destinations/dest_9999' }],
		operationId: 'deleteDestination',
		status: 404,
	},
	{
		name: 'a flow with an unknown adapter and target',
		calls: [
			post('/flows', { ...stripeFlow, adapterId: 'adapter_github', destinationIds: ['dest_9999'] }),
		],
		operationId: 'createFlow',
		status: 400,
		example: 'unknownReferences',
	},
	{
		name: 'a second flow with the same name',
		calls: [...withFlow, post('/flows', stripeFlow)],
		operationId: 'createFlow',
		status: 409,
		example: 'nameTaken',
	},
	{
		name: 'a flow of some event types',
		calls: [...withTarget, post('/flows', { ...stripeFlow, eventTypes: ['invoice.paid'] })],
		operationId: 'createFlow',
		status: 201,
		example: 'filtered',
	},
	{
		name: 'a flow list with a bad cursor',
		calls: [get('/flows?cursor=bm9wZQ')],
		operationId: 'listFlows',
		status: 400,
	},
	{
		name: 'an unknown flow',
		calls: [get('/flows/flow_9999')],
		operationId: 'getFlow',
		status: 404,
	},
	{
		name: 'pausing an unknown flow',
		calls: [post('/flows/flow_9999/pause')],
		operationId: 'pauseFlow',
		status: 404,
	},
	{
		name: 'resuming an unknown flow',
		calls: [post('/flows/flow_9999/resume')],
		operationId: 'resumeFlow',
		status: 404,
	},
	{
		name: 'deleting an unknown flow',
		calls: [{ method: 'DELETE', path: '/flows/flow_9999' }],
		operationId: 'deleteFlow',
		status: 404,
	},
	{
		name: 'failed delivery attempts of a flow',
		calls: [...withFlow, get('/deliveries?flowId=flow_0001&status=failed')],
		operationId: 'listDeliveries',
		status: 200,
		example: 'failed',
	},
	{
		name: 'delivery attempts with an unknown status',
		calls: [get('/deliveries?status=lost')],
		operationId: 'listDeliveries',
		status: 400,
	},
	{
		name: 'an unknown delivery attempt',
		calls: [get('/deliveries/dlv_9999')],
		operationId: 'getDelivery',
		status: 404,
	},
];

export const scenarios: Scenario[] = [...perOperation(), ...particular];
