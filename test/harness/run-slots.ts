import { availableParallelism } from 'node:os';

/**
 * How many example runs go at once. Each run mostly waits for an interpreter to start
 * (python3 with requests is about 0.3 s of CPU), so more than two per core only adds contention.
 */
export const exampleConcurrency = Math.max(2, availableParallelism() * 2);

const waiting: (() => void)[] = [];
let running = 0;

/**
 * Runs `task` once fewer than `exampleConcurrency` tasks are running, first come first served.
 * Tests that only await another test's run take no slot, so the processes keep every slot busy.
 */
export async function inRunSlot<T>(task: () => Promise<T>): Promise<T> {
	if (running >= exampleConcurrency) await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
	try {
		return await task();
	} finally {
		running--;
		waiting.shift()?.();
	}
}
