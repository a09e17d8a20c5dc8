// `npm run verify [recipe…]`: runs the examples of every recipe, or of the recipes named.
// `npm run verify -- --watch [recipe…]` then reruns a recipe's examples each time one of its
// files or its page is saved, then those of every recipe that borrows its steps or runs them
// first; a saved example file reruns only the tests of its language. Vitest's own watcher
// follows imports, and the examples are read with fs, so this watches the folders itself and
// reruns those tests through a name filter.
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest, type Vitest } from 'vitest/node';
import { languages, type LanguageId } from '../src/recipes/languages.ts';
import { changeAt, recipesUsing, recipeTestPattern, type Change } from './verify/changed-recipe.ts';

const root = join(import.meta.dirname, '..');
const suite = 'test/examples.test.ts';
const watched = ['examples', 'src/content/docs/recipes'];
// Editors write a file in several steps; one rerun per save is enough.
const debounceMs = 100;

/** How a run of example tests went; `cancelled` when a newer save stopped it. */
type Outcome = 'passed' | 'failed' | 'cancelled';

/** Which example tests to run: those of some recipes (every one when empty) in some languages. */
interface Selection {
	recipes: string[];
	// Only the tests that run files of these languages; every test when empty.
	only: LanguageId[];
}

/** Runs the selected example tests and prints one summary line. */
export async function verifyRecipes(
	vitest: Vitest,
	{ recipes, only }: Selection,
	cancelled = () => false,
): Promise<Outcome> {
	const started = performance.now();
	if (recipes.length > 0) vitest.setGlobalTestNamePattern(recipeTestPattern(recipes, only));
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
	const what = describeSelection({ recipes, only });

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

/** "create-target, create-flow (Python only)". */
function describeSelection({ recipes, only }: Selection) {
	const labels = languages.filter((language) => only.includes(language.id)).map((l) => l.label);
	const what = recipes.length > 0 ? recipes.join(', ') : 'every recipe';
	return labels.length > 0 ? `${what} (${labels.join(' and ')} only)` : what;
}

/** The languages whose tests cover every change: one file's language, or all when any change is not one. */
function languagesOf(changes: Change[]): LanguageId[] {
	if (changes.some((change) => change.language === null)) return [];
	return [...new Set(changes.map((change) => change.language!))];
}

/**
 * Reruns a recipe's examples after each save of its files, then those of the recipes that use
 * the steps it changed, one run at a time. A saved example file reruns only the tests of its own
 * language. The saved recipe comes first so its result is quick; a newer save stops the second
 * run, whose tests then wait for the next one.
 */
export function watchRecipes(vitest: Vitest) {
	const examples = join(root, 'examples');
	const exists = (recipe: string) => existsSync(join(examples, recipe));
	const pending: Change[] = [];
	// The changes whose users are still to rerun, kept when a newer save stops their run.
	let unsettled: Change[] = [];
	let timer: NodeJS.Timeout | undefined;
	let queue = Promise.resolve();
	let secondRun: { cancelled: boolean } | undefined;

	const rerun = () => {
		queue = queue.then(async () => {
			const changes = pending.splice(0).filter((change) => exists(change.recipe));
			const saved = [...new Set(changes.map((change) => change.recipe))];
			unsettled = [...unsettled, ...changes].filter((change) => exists(change.recipe));
			const using = recipesUsing(unsettled, examples).filter(
				(recipe) => exists(recipe) && !saved.includes(recipe),
			);

			if (saved.length > 0) {
				const selection = { recipes: saved, only: languagesOf(changes) };
				console.log(`[verify] rerunning ${describeSelection(selection)}`);
				await verifyRecipes(vitest, selection);
			}
			if (using.length === 0) {
				unsettled = [];
				return;
			}
			// A newer save reruns its own recipe first; these wait for it.
			if (pending.length > 0) return;
			const selection = { recipes: using, only: languagesOf(unsettled) };
			console.log(
				`[verify] rerunning ${describeSelection(selection)}, which use the changed steps`,
			);
			const run = (secondRun = { cancelled: false });
			const outcome = await verifyRecipes(vitest, selection, () => run.cancelled);
			secondRun = undefined;
			if (outcome !== 'cancelled') unsettled = [];
		});
	};
	const changed = (path: string) => {
		const change = changeAt(path);
		if (change === undefined) return;
		const same = (p: Change) =>
			p.recipe === change.recipe && p.step === change.step && p.language === change.language;
		if (pending.some(same)) return;
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

	const outcome = await verifyRecipes(vitest, { recipes: positionals, only: [] });
	if (values.watch) {
		watchRecipes(vitest);
		process.on('SIGINT', () => void vitest.close().then(() => process.exit(0)));
	} else {
		await vitest.close();
		process.exit(outcome === 'passed' ? 0 : 1);
	}
}
