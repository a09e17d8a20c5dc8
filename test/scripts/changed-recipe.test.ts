import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	changedRecipe,
	recipesToRerun,
	recipeTestPattern,
} from '../../scripts/verify/changed-recipe.ts';
import { examplesRoot, loadRecipes } from '../../src/recipes/recipes.ts';

describe('changedRecipe', () => {
	test.for([
		['examples/create-target/create-target.py', 'create-target'],
		['examples/create-target/verify-target.sh', 'create-target'],
		['examples/create-target/verify-target.mjs', 'create-target'],
		['examples/create-target/recipe.json', 'create-target'],
		['examples/create-target/responses/name-taken.json', 'create-target'],
		['src/content/docs/recipes/create-target.mdx', 'create-target'],
		['examples/rotate-secret/rotate-secret.py', 'rotate-secret'],
		['./examples/create-target/create-target.py', 'create-target'],
		['examples\\create-target\\create-target.py', 'create-target'],
	] as const)('reruns the recipe of %s', ([path, recipe]) => {
		expect(changedRecipe(path)).toBe(recipe);
	});

	test.for([
		['an editor swap file', 'examples/create-target/.create-target.py.swp'],
		['an editor backup file', 'examples/create-target/create-target.py~'],
		['an editor lock file', 'examples/create-target/.#create-target.py'],
		['an autosave file', 'examples/create-target/#create-target.py#'],
		['a Python cache', 'examples/create-target/__pycache__/create-target.cpython-311.pyc'],
		['a file beside the recipes', 'examples/requirements.txt'],
		['a recipe folder itself', 'examples/create-target'],
		['a page that is not a recipe', 'src/content/docs/index.mdx'],
		['a component', 'src/components/example-tabs.astro'],
		['a file outside the recipes that looks like one', 'test/examples/create-target/x.py'],
	] as const)('reruns nothing for %s', ([, path]) => {
		expect(changedRecipe(path)).toBeUndefined();
	});
});

describe('recipeTestPattern', () => {
	// Vitest matches the suite names and the test name joined by " > ".
	const testsOf = (recipe: string) => [
		`${recipe} > in curl > runs every step and prints the JSON the mock answered`,
		`${recipe} > in Python > exits non-zero and reports the status for the 409 name-taken error`,
		`${recipe} > JavaScript sends the same requests as curl`,
	];

	test('selects every test of the recipe', () => {
		const pattern = recipeTestPattern(['create-target']);

		expect(testsOf('create-target').filter((name) => pattern.test(name))).toEqual(
			testsOf('create-target'),
		);
	});

	test('selects no test of a recipe whose name only starts the same', () => {
		const pattern = recipeTestPattern(['create-target']);

		expect(
			[...testsOf('create-target-v2'), ...testsOf('x-create-target')].filter((name) =>
				pattern.test(name),
			),
		).toEqual([]);
	});

	test('selects the tests of several recipes at once', () => {
		const pattern = recipeTestPattern(['create-target', 'rotate-secret']);

		expect(pattern.test(testsOf('rotate-secret')[0]!)).toBe(true);
		expect(pattern.test(testsOf('create-target')[0]!)).toBe(true);
		expect(pattern.test(testsOf('delete-target')[0]!)).toBe(false);
	});

	test('refuses an empty list, which would select nothing', () => {
		expect(() => recipeTestPattern([])).toThrow('Expected at least one recipe name, got none.');
	});
});

describe('recipesToRerun', () => {
	// Which recipes run files of `name`, from the loaded recipes rather than the raw manifests.
	const readersOf = (name: string) =>
		loadRecipes()
			.filter((recipe) => [...recipe.before, ...recipe.steps].some((s) => s.recipe === name))
			.map((recipe) => recipe.name);

	test.for(loadRecipes().map((recipe) => recipe.name))(
		'reruns every recipe that runs files of %s, and it first',
		(name) => {
			const rerun = recipesToRerun([name], examplesRoot);

			expect(rerun[0]).toBe(name);
			expect(rerun).toEqual(expect.arrayContaining(readersOf(name)));
		},
	);

	test('reruns the recipes that use Create a Target, and not those apart from it', () => {
		const rerun = recipesToRerun(['create-target'], examplesRoot);

		expect(rerun).toEqual(expect.arrayContaining(['create-flow', 'getting-started']));
		expect(recipesToRerun(['list-deliveries'], examplesRoot)).not.toContain('create-target');
	});

	describe('in a folder of made-up recipes', () => {
		let examples: string;
		const manifest = (name: string, text: string) => {
			mkdirSync(join(examples, name), { recursive: true });
			writeFileSync(join(examples, name, 'recipe.json'), text);
		};
		const steps = (...from: string[]) =>
			JSON.stringify({
				steps: [
					{ name: 'own', operation: 'getFlow' },
					...from.map((f) => ({ name: 'x', from: f })),
				],
			});

		afterEach(() => rmSync(examples, { recursive: true, force: true }));

		test('follows borrowed steps through more than one recipe, and steps run before', () => {
			examples = mkdtempSync(join(tmpdir(), 'rerun-'));
			manifest('base', steps());
			manifest('middle', steps('base'));
			manifest('top', steps('middle'));
			manifest('after', JSON.stringify({ before: [{ recipe: 'top', step: 'own' }], steps: [] }));
			manifest('apart', steps());

			expect(recipesToRerun(['base'], examples).sort()).toEqual(['after', 'base', 'middle', 'top']);
			expect(recipesToRerun(['top'], examples).sort()).toEqual(['after', 'top']);
		});

		test('reruns a recipe whose manifest cannot be read, which its tests then report', () => {
			examples = mkdtempSync(join(tmpdir(), 'rerun-'));
			manifest('base', steps());
			manifest('broken', '{ "steps": [');
			manifest('odd', JSON.stringify({ steps: 'none' }));
			mkdirSync(join(examples, 'no-manifest'));
			manifest('apart', steps());

			expect(recipesToRerun(['base'], examples).sort()).toEqual([
				'base',
				'broken',
				'no-manifest',
				'odd',
			]);
		});
	});
});
