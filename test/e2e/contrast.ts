/** A colour as red, green and blue from 0 to 255 and alpha from 0 to 1. */
export type Rgba = readonly [number, number, number, number];

/** WCAG AA's least contrast for normal-size text. */
export const minimumTextContrast = 4.5;

/** The WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
	const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
	return (lighter! + 0.05) / (darker! + 0.05);
}

/** The opaque colour seen through `layers`, listed from the top one down, over white. */
export function flatten(layers: Rgba[]): Rgba {
	return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function over([r, g, b, a]: Rgba, below: Rgba): Rgba {
	const mix = (top: number, bottom: number) => top * a + bottom * (1 - a);
	return [mix(r, below[0]), mix(g, below[1]), mix(b, below[2]), 1];
}

function luminance([r, g, b]: Rgba) {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
