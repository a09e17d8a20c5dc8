import { describe, expect, test } from 'vitest';
import { halveBlankLinesInCode } from '../../src/integrations/llms-txt-blank-lines.ts';

describe('halveBlankLinesInCode', () => {
	test('halves each run of blank lines inside a fenced code block, indented or not', () => {
		const doubled = ['```py', 'a', '', '', 'b', '', '', '', '', 'c', '```'].join('\n');
		const listed = ['* Python', '', '  ```py', '  a', '', '', '  b', '  ```'].join('\n');

		expect(halveBlankLinesInCode(doubled)).toBe(
			['```py', 'a', '', 'b', '', '', 'c', '```'].join('\n'),
		);
		expect(halveBlankLinesInCode(listed)).toBe(
			['* Python', '', '  ```py', '  a', '', '  b', '  ```'].join('\n'),
		);
	});

	test('leaves blank lines between paragraphs and code blocks as they are', () => {
		const prose = ['# Title', '', '', 'Text.', '', '```sh', 'ls', '```', '', 'More.'].join('\n');

		expect(halveBlankLinesInCode(prose)).toBe(prose);
	});

	test('refuses an odd run, which means the blank lines are no longer doubled', () => {
		expect(() =>
			halveBlankLinesInCode(['```', 'a', '', 'b', '```'].join('\n'), 'llms-full.txt'),
		).toThrow('llms-full.txt has a code block with an odd run of blank lines (1)');
	});
});
