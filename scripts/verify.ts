// `npm run verify [recipe…]`: runs the examples of every recipe, or of the recipes named.
// `npm run verify -- --watch [recipe…]` then reruns a recipe's examples each time one of its
// files or its page is saved, with those of every recipe that borrows its steps or runs them
// first. Vitest's own watcher follows imports, and the examples are read with fs, so this watches
// the folders itself and reruns those recipes through a name filter.
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest, type Vitest } from 'vitest/node';
import { changeAt, recipesUsing, recipeTestPattern, type Change } from './verify/changed-recipe.ts';

const root = join(import.meta.dirname, '..');
const suite = 'test/examples.test.ts';
const watched = ['examples', 'src/content/docs/recipes'];
// Editors write a file in several steps; one rerun per save is enough.
const debounceMs = 100;

/** How a run of example tests went; `cancelled` when a newer save stopped it. */
type Outcome = 'passed' | 'failed' | 'cancelled';

/** Runs the example tests of the given recipes, or of all of them, and prints one summary line. */
export async function verifyRecipes(
	vitest: Vitest,
	recipes: string[],
	cancelled = () => false,
): Promise<Outcome> {
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

	if (cancelled()) {
		console.log(`[verify] ${what}: stopped for a newer save after ${seconds} s`);
		return 'cancelled';
	}
	if (passed === 0 && !failed) {
		console.error(
			`[verify] ${what}: no test of ${suite} ran. Expected tests named after the recipe; is examples/${recipes[0]}/recipe.json there?`,
		);
		return 'failed';
	}
	console.log(
		`[verify] ${what}: ${failed ? 'FAILED' : 'passed'}, ${passed} passed in ${seconds} s`,
	);
	return failed ? 'failed' : 'passed';
}

/**
 * Reruns a recipe's examples after each save of its files, then those of the recipes that use
 * the steps it changed, one run at a time. The saved recipe comes first so its result is quick;
 * a newer save stops the second run, whose recipes then wait for the next one.
 */
export function watchRecipes(vitest: Vitest) {
	const examples = join(root, 'examples');
	const exists = (recipe: string) => existsSync(join(examples, recipe));
	const pending: Change[] = [];
	let waiting: string[] = [];
	let timer: NodeJS.Timeout | undefined;
	let queue = Promise.resolve();
	let secondRun: { cancelled: boolean } | undefined;

	const rerun = () => {
		queue = queue.then(async () => {
			const changes = pending.splice(0).filter((change) => exists(change.recipe));
			const saved = [...new Set(changes.map((change) => change.recipe))];
			const using = [...new Set([...waiting, ...recipesUsing(changes, examples)])];
			waiting = using.filter((recipe) => exists(recipe) && !saved.includes(recipe));

			if (saved.length > 0) {
				console.log(`[verify] rerunning ${saved.join(', ')}`);
				await verifyRecipes(vitest, saved);
			}
			// A newer save reruns its own recipe first; these wait for it.
			if (waiting.length === 0 || pending.length > 0) return;
			console.log(`[verify] rerunning ${waiting.join(', ')}, which use the changed steps`);
			const run = (secondRun = { cancelled: false });
			const outcome = await verifyRecipes(vitest, waiting, () => run.cancelled);
			secondRun = undefined;
			if (outcome !== 'cancelled') waiting = [];
		});
	};
	const changed = (path: string) => {
		const change = changeAt(path);
		if (change === undefined) return;
		if (pending.some((p) => p.recipe === change.recipe && p.step === change.step)) return;
		console.log(`[verify] ${path} changed`);
		pending.push(change);
		if (secondRun && !secondRun.cancelled) {
			secondRun.cancelled = true;
			void vitest.cancelCurrentRun('keyboard-input');
		}
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

	const outcome = await verifyRecipes(vitest, positionals);
	if (values.watch) {
		watchRecipes(vitest);
		process.on('SIGINT', () => void vitest.close().then(() => process.exit(0)));
	} else {
		await vitest.close();
		process.exit(outcome === 'passed' ? 0 : 1);
	}
}
