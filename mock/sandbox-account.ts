/** The tenant, token, planes and adapters every fresh mock starts with: the values the docs tell readers to export. */
export const sandboxAccount = {
	tenantId: 'tenant_acme',
	token: 'zen_test_4f8a2c9e7b1d5a3f',
	planes: [
		{ id: 'plane_dev_us_east_1', mode: 'test', adapters: ['adapter_stripe_ingester'] },
		{ id: 'plane_prod_us_east_1', mode: 'live', adapters: ['adapter_stripe_ingester'] },
	],
} as const;

export type PlaneMode = (typeof sandboxAccount.planes)[number]['mode'];
