import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadContract } from '../../api/contract.ts';
import { sandboxAccount } from '../../mock/sandbox-account.ts';
import { startMockServer, type Exchange, type MockServer } from '../../mock/server.ts';
import { contractExamples, exampleKey } from '../../src/recipes/contract-examples.ts';
import { scenarios, tenantPath, type Call } from './scenarios.ts';

const contract = await loadContract();
const examples = contractExamples();
let mock: MockServer;

beforeAll(async () => {
	mock = await startMockServer();
});
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe('the mock against api/openapi.yaml', () => {
	test.for(scenarios)('answers $operationId with $status: $name', async (scenario) => {
		const exchanges = await play(scenario.calls);
		const last = exchanges.at(-1)!;

		expect(exchanges.filter((e) => e.unhandled)).toEqual([]);
		expect(exchanges.flatMap(contract.responseProblems)).toEqual([]);
		expect(contract.operationOf(last)).toBe(scenario.operationId);
		expect(last.status, last.responseBody).toBe(scenario.status);
		if (scenario.example) {
			const documented = examples.get(
				exampleKey(scenario.operationId, scenario.status, scenario.example),
			);
			expect(
				documented,
				`api/openapi.yaml has no ${scenario.example} example for ${scenario.operationId} ${scenario.status}`,
			).toBeDefined();
			expect(
				parseBody(last),
				`the mock's answer differs from api/openapi.yaml's ${scenario.example} example of ${scenario.operationId} ${scenario.status}`,
			).toEqual(documented);
		}
	});

	test('exercises every operation with every status the contract documents', () => {
		const documented = contract
			.operations()
			.flatMap((op) => op.statuses.map((status) => `${op.operationId} ${status}`));
		const exercised = new Set(scenarios.map((s) => `${s.operationId} ${s.status}`));

		expect(documented.filter((pair) => !exercised.has(pair))).toEqual([]);
	});

	test('checks every example in the contract against the mock', () => {
		const claimed = new Set(
			scenarios
				.filter((s) => s.example)
				.map((s) => exampleKey(s.operationId, s.status, s.example!)),
		);

		expect([...examples.keys()].filter((key) => !claimed.has(key))).toEqual([]);
	});
});

async function play(calls: Call[]): Promise<Exchange[]> {
	for (const call of calls) {
		const headers = new Headers();
		const token = call.token === undefined ? sandboxAccount.token : call.token;
		if (token !== null) headers.set('Authorization', `Bearer ${token}`);
		const body = call.rawBody ?? (call.body === undefined ? null : JSON.stringify(call.body));
		if (body !== null) headers.set('Content-Type', 'application/json');

		const url = `${mock.url}${tenantPath}/${call.plane ?? 'plane_dev_us_east_1'}${call.path}`;
		const response = await fetch(url, {
			method: call.method,
			headers,
			body,
			signal: AbortSignal.timeout(5000),
		});
		await response.arrayBuffer();
	}
	return mock.exchanges.slice();
}

function parseBody(exchange: Exchange): unknown {
	return exchange.responseBody === '' ? undefined : JSON.parse(exchange.responseBody);
}
