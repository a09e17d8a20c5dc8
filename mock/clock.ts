/** A clock that starts at a fixed instant and moves one second per tick, so outputs are reproducible. */
export function createClock(start = '2026-01-15T10:30:00Z') {
	let now = Date.parse(start);

	return {
		now: () => now,
		tick() {
			now += 1000;
			return now;
		},
		/** Jumps forward to an instant, never back. */
		advanceTo(instant: number) {
			now = Math.max(now, instant);
		},
	};
}

export type Clock = ReturnType<typeof createClock>;

/** RFC 3339 in UTC without milliseconds, as the API writes timestamps. */
export function formatTimestamp(epochMs: number): string {
	return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}
