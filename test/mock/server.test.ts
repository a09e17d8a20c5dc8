import { once } from 'node:events';
import { connect } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { afterEach, expect, test } from 'vitest';
import { sandboxAccount } from '../../mock/sandbox-account.ts';
import { startMockServer, type Exchange, type MockServer } from '../../mock/server.ts';

let mock: MockServer | undefined;
afterEach(() => mock?.close());

const targets = `/tenants/${sandboxAccount.tenantId}/clusters/plane_dev_us_east_1/destinations`;

async function get(path: string) {
	const response = await fetch(`${mock!.url}${path}`, {
		headers: { Authorization: `Bearer ${sandboxAccount.token}` },
		signal: AbortSignal.timeout(5000),
	});
	return { status: response.status, body: await response.text() };
}

test('keeps every exchange it answered, unhandled ones marked', async () => {
	mock = await startMockServer();

	await get(targets);
	await get('/no-such-route');

	expect(mock.exchanges.map((e) => [e.method, e.path, e.status, e.unhandled])).toEqual([
		['GET', targets, 200, false],
		['GET', '/no-such-route', 404, true],
	]);
});

test('without recording, hands each exchange to onExchange and keeps none', async () => {
	const seen: Exchange[] = [];
	mock = await startMockServer({ record: false, onExchange: (e) => seen.push(e) });

	const answer = await get(targets);

	expect(mock.exchanges).toEqual([]);
	expect(seen.map((e) => [e.path, e.status, e.responseBody])).toEqual([
		[targets, 200, answer.body],
	]);
});

test('moves its clock one second for every request, routed or not', async () => {
	mock = await startMockServer();
	const before = mock.state.clock.now();

	await get(targets);
	await get('/no-such-route');
	await fetch(`${mock.url}${targets}`, { method: 'PUT', signal: AbortSignal.timeout(5000) });

	expect(mock.state.clock.now() - before).toBe(3000);
});

test('survives a client that hangs up halfway through its request, and says it dropped it', async () => {
	const dropped: string[] = [];
	mock = await startMockServer({
		onDropped: ({ method, path }, reason) => dropped.push(`${method} ${path}: ${reason}`),
	});
	const socket = connect(Number(new URL(mock.url).port), '127.0.0.1');
	await once(socket, 'connect');
	socket.write(
		`POST ${targets} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`,
	);
	await setTimeout(100);
	socket.destroy();
	await setTimeout(100);

	expect(dropped).toEqual([
		`POST ${targets}: the client closed the connection before sending the whole request`,
	]);
	expect((await get(targets)).status).toBe(200);
	expect(mock.exchanges.map((e) => e.method)).toEqual(['GET']);
});
