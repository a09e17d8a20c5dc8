import { describe, expect, test } from 'vitest';
import { loadSentence } from '../../scripts/bench/benchmarks-file.ts';
import type { Machine } from '../../scripts/bench/machine.ts';

const machine: Machine = {
	cpuModel: 'AMD EPYC',
	cores: 2,
	memoryGiB: 24,
	node: 'v24.0.0',
	loadAtStart: 0.7,
};

describe('loadSentence', () => {
	test('calls the machine idle when the load at the start was below its cores, whatever the bench itself left at the end', () => {
		const sentence = loadSentence({ ...machine, loadAtEnd: 3.5 });
		expect(sentence).toContain(
			'otherwise idle when this started (load average 0.7, below its 2 cores)',
		);
		expect(sentence).toContain('The load at the end (3.5)');
		expect(sentence).not.toContain('busy');
	});

	test('calls the machine busy when the load at the start was above its cores', () => {
		const sentence = loadSentence({ ...machine, loadAtStart: 9.4, loadAtEnd: 5.1 });
		expect(sentence).toContain(
			'**The machine was busy with other work when this started** (load average 9.4, above its 2 cores)',
		);
	});

	test('says nothing of the end when the bench did not reach it', () => {
		expect(loadSentence(machine)).not.toContain('at the end');
	});
});
