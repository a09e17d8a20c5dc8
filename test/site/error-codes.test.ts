import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPage } from '../harness/built-site.ts';

const mockRoot = join(import.meta.dirname, '../../mock');

/** Every status and error code the mock's handlers can answer with, read from their source. */
function mockErrorCodes() {
	const sources = readdirSync(mockRoot)
		.filter((file) => file.endsWith('.ts'))
		.map((file) => readFileSync(join(mockRoot, file), 'utf8'));
	const calls = sources.flatMap((source) => [
		...source.matchAll(/apiError\(\s*(\d+),\s*'([a-z_]+)'/g),
	]);
	return [...new Set(calls.map(([, status, code]) => `${status} ${code}`))].sort();
}

describe('the common errors page', () => {
	test('documents every error code the mock answers with, under its status', () => {
		const content = builtPage('/api/errors/').root.querySelector('.sl-markdown-content')!.innerHTML;
		// Each section starts at a heading such as "409 Conflict" and lists its codes in a table.
		const sections = content.split(/<h2 id="(?=\d{3}-)/).slice(1);
		const documented = sections.flatMap((section) => {
			const status = section.slice(0, 3);
			const codes = [...section.matchAll(/<tr>\s*<td><code[^>]*>([a-z_]+)<\/code><\/td>/g)];
			return codes.map(([, code]) => `${status} ${code}`);
		});

		expect(mockErrorCodes().filter((code) => !documented.includes(code))).toEqual([]);
		expect(documented.length).toBeGreaterThanOrEqual(mockErrorCodes().length);
	});
});
