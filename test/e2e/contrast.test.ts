import { describe, expect, test } from 'vitest';
import { contrastRatio, flatten, type Rgba } from './contrast.ts';

const black: Rgba = [0, 0, 0, 1];
const white: Rgba = [255, 255, 255, 1];

describe('contrastRatio', () => {
	// Reference ratios from the WCAG 2 definition and WebAIM's contrast checker.
	test.each([
		{ name: 'black on white', fg: black, bg: white, ratio: 21 },
		{ name: 'white on white', fg: white, bg: white, ratio: 1 },
		{ name: '#767676 on white', fg: [118, 118, 118, 1] as Rgba, bg: white, ratio: 4.54 },
		{ name: '#777777 on white', fg: [119, 119, 119, 1] as Rgba, bg: white, ratio: 4.48 },
	])('gives $ratio for $name, in either order', ({ fg, bg, ratio }) => {
		expect(contrastRatio(fg, bg)).toBeCloseTo(ratio, 2);
		expect(contrastRatio(bg, fg)).toBeCloseTo(ratio, 2);
	});
});

describe('flatten', () => {
	test('sees an opaque top layer alone', () => {
		expect(flatten([black, white])).toEqual(black);
	});

	test('mixes a half-transparent layer with what lies below it', () => {
		expect(flatten([[0, 0, 0, 0.5], white])).toEqual([127.5, 127.5, 127.5, 1]);
	});

	test('puts the page on white when no layer is opaque', () => {
		expect(flatten([[0, 0, 0, 0]])).toEqual(white);
	});
});
