// `npm run verify [recipe…]`: runs the examples of every recipe, or of the recipes named.
// `npm run verify -- --watch [recipe…]` then reruns a recipe's examples each time one of its
// files or its page is saved, with those of every recipe that borrows its steps or runs them
// first. Vitest's own watcher follows imports, and the examples are read with fs, so this watches
// the folders itself and reruns those recipes through a name filter.
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest, type Vitest } from 'vitest/node';
import { changedRecipe, recipesToRerun, recipeTestPattern } from './verify/changed-recipe.ts';

const root = join(import.meta.dirname, '..');
const suite = 'test/examples.test.ts';
const watched = ['examples', 'src/content/docs/recipes'];
// Editors write a file in several steps; one rerun per save is enough.
const debounceMs = 100;

/** Runs the example tests of the given recipes, or of all of them, and prints one summary line. */
export async function verifyRecipes(vitest: Vitest, recipes: string[]): Promise<boolean> {
	const started = performance.now();
	if (recipes.length > 0) vitest.setGlobalTestNamePattern(recipeTestPattern(recipes));
	else vitest.resetGlobalTestNamePattern();

	const { testModules } = await vitest.runTestSpecifications(
		await vitest.getRelevantTestSpecifications([suite]),
	);
	const states = testModules.flatMap((module) =>
		[...module.children.allTests()].map((test) => test.result().state),
	);
	const passed = states.filter((state) => state === 'passed').length;
	const failed = testModules.some((module) => !module.ok()) || states.includes('failed');
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const what = recipes.length > 0 ? recipes.join(', ') : 'every recipe';

	if (passed === 0 && !failed) {
		console.error(
			`[verify] ${what}: no test of ${suite} ran. Expected tests named after the recipe; is examples/${recipes[0]}/recipe.json there?`,
		);
		return false;
	}
	console.log(
		`[verify] ${what}: ${failed ? 'FAILED' : 'passed'}, ${passed} passed in ${seconds} s`,
	);
	return !failed;
}

/** Reruns a recipe's examples after each save of its files, one run at a time. */
export function watchRecipes(vitest: Vitest) {
	const pending = new Set<string>();
	let timer: NodeJS.Timeout | undefined;
	let queue = Promise.resolve();

	const rerun = () => {
		queue = queue.then(async () => {
			const changed = [...pending].filter((recipe) => existsSync(join(root, 'examples', recipe)));
			pending.clear();
			if (changed.length === 0) return;
			const recipes = recipesToRerun(changed, join(root, 'examples'));
			const others = recipes.filter((recipe) => !changed.includes(recipe));
			console.log(
				`[verify] rerunning ${recipes.join(', ')}${others.length > 0 ? ` (${others.join(', ')} ${others.length > 1 ? 'use' : 'uses'} steps of ${changed.join(', ')})` : ''}`,
			);
			await verifyRecipes(vitest, recipes);
		});
	};
	const changed = (path: string) => {
		const recipe = changedRecipe(path);
		if (recipe === undefined || pending.has(recipe)) return;
		console.log(`[verify] ${path} changed`);
		pending.add(recipe);
		clearTimeout(timer);
		timer = setTimeout(rerun, debounceMs);
	};

	for (const folder of watched) {
		watch(join(root, folder), { recursive: true }, (_event, name) => {
			if (name) changed(`${folder}/${name}`);
		});
	}
	console.log(`[verify] watching ${watched.join(' and ')}; press Ctrl+C to stop`);
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		options: { watch: { type: 'boolean', default: false } },
		allowPositionals: true,
	});
	const unknown = positionals.filter((recipe) => !existsSync(join(root, 'examples', recipe)));
	if (unknown.length > 0) {
		console.error(
			`No recipe ${unknown.join(', ')}: expected folder names under examples/, such as create-target.`,
		);
		process.exit(2);
	}
	const vitest = await createVitest({ root, watch: false });
	await vitest.standalone();

	const ok = await verifyRecipes(vitest, positionals);
	if (values.watch) {
		watchRecipes(vitest);
		process.on('SIGINT', () => void vitest.close().then(() => process.exit(0)));
	} else {
		await vitest.close();
		process.exit(ok ? 0 : 1);
	}
}
