import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

/** The facts about the machine that numbers depend on. */
export interface Machine {
	cpuModel: string;
	cores: number;
	memoryGiB: number;
	node: string;
	// One-minute load average when the bench started (above the core count, other work competed)
	// and when it ended (mostly its own last runs).
	loadAtStart: number;
	loadAtEnd?: number;
}

/** Describes this machine, the CPU model as /proc/cpuinfo names it. */
export function describeMachine(): Machine {
	return {
		cpuModel: cpuModel(),
		cores: availableParallelism(),
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		loadAtStart: loadavg()[0]!,
	};
}

/** The one-minute load average now. */
export function currentLoad(): number {
	return loadavg()[0]!;
}

function cpuModel() {
	try {
		const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
		return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? '(not in /proc/cpuinfo)';
	} catch {
		return '(no /proc/cpuinfo on this system)';
	}
}
