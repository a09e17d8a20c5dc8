import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, test } from 'vitest';
import { contractPath } from '../../api/contract.ts';

describe('api/openapi.yaml', () => {
	test("passes Redocly's recommended-strict rules", async () => {
		const config = await createConfig({ extends: ['recommended-strict'] });

		const problems = await lint({ ref: contractPath, config });

		const shown = problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
		expect(shown).toEqual([]);
	});
});
