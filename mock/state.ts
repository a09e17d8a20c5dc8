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

/** A flow routes the events of one adapter to one or more targets. */
export interface Flow {
	id: string;
	name: string;
	adapterId: string;
	destinationIds: string[];
	// null routes every event type.
	eventTypes: string[] | null;
	status: 'active' | 'paused';
	createdAt: number;
	updatedAt: number;
}

/** One attempt to deliver one event to one target. */
export interface Delivery {
	id: string;
	eventId: string;
	eventType: string;
	flowId: string;
	destinationId: string;
	attempt: number;
	status: 'succeeded' | 'failed';
	// The HTTP status the target answered, or null when it did not answer.
	responseStatus: number | null;
	error: string | null;
	createdAt: number;
	completedAt: number;
	nextRetryAt: number | null;
}

export interface Plane {
	id: string;
	mode: PlaneMode;
	adapters: Set<string>;
	destinations: Map<string, Destination>;
	flows: Map<string, Flow>;
	deliveries: Map<string, Delivery>;
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
		adapters: new Set<string>(plane.adapters),
		destinations: new Map<string, Destination>(),
		flows: new Map<string, Flow>(),
		deliveries: new Map<string, Delivery>(),
	}));

	return {
		id: sandboxAccount.tenantId,
		token: sandboxAccount.token,
		planes: new Map(planes.map((plane) => [plane.id, plane])),
	};
}
