// Vite reads these at build time and in `astro dev` reloads a page when one of them changes.
const sources = import.meta.glob<string>('/examples/*/**/*.{sh,py,mjs,json}', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** The text of a file under `examples/`, by its path relative to that folder. */
export function exampleSource(path: string): string {
	const source = sources[`/examples/${path}`];
	if (source === undefined) {
		throw new Error(
			`examples/${path} does not exist. Create it, or fix the recipe or step name that points to it.`,
		);
	}
	return source;
}

/** Every runnable example file of one recipe, keyed by its path relative to `examples/`. */
export function recipeSources(recipe: string): Map<string, string> {
	const prefix = `/examples/${recipe}/`;
	const entries = Object.entries(sources).filter(
		([path]) => path.startsWith(prefix) && !path.endsWith('.json'),
	);
	if (entries.length === 0) {
		throw new Error(`examples/${recipe}/ has no example files. Check the recipe name.`);
	}
	return new Map(entries.map(([path, source]) => [path.slice('/examples/'.length), source]));
}
