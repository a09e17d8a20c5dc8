import { createClock } from './clock.ts';
import { sandboxAccount, type PlaneMode } from './sandbox-account.ts';

/** A target as the mock stores it, secrets included; responses go through `presentDestination`. */
export interface Destination {
	id: string;
	name: string;
	type: string;
	config: Record<string, string>;
	createdAt: number;
	updatedAt: number;
}

export interface Plane {
	id: string;
	mode: PlaneMode;
	destinations: Map<string, Destination>;
}

export interface Tenant {
	id: string;
	token: string;
	planes: Map<string, Plane>;
}

/** Everything one mock instance remembers; each test and each sandbox start gets a new one. */
export function createState() {
	const clock = createClock();
	const counters = new Map<string, number>();
	const tenant = createSandboxTenant();

	return {
		clock,
		tenants: new Map([[tenant.id, tenant]]),
		nextId(prefix: string) {
			const count = (counters.get(prefix) ?? 0) + 1;
			counters.set(prefix, count);
			return `${prefix}_${String(count).padStart(4, '0')}`;
		},
	};
}

export type MockState = ReturnType<typeof createState>;

function createSandboxTenant(): Tenant {
	const planes = sandboxAccount.planes.map((plane) => ({
		id: plane.id,
		mode: plane.mode,
		destinations: new Map<string, Destination>(),
	}));

	return {
		id: sandboxAccount.tenantId,
		token: sandboxAccount.token,
		planes: new Map(planes.map((plane) => [plane.id, plane])),
	};
}
