import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { changeAt, recipesUsing, recipeTestPattern } from '../../scripts/verify/changed-recipe.ts';
import { examplesRoot, loadRecipes } from '../../src/recipes/recipes.ts';

describe('changeAt: the recipe', () => {
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
		expect(changeAt(path)?.recipe).toBe(recipe);
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
		expect(changeAt(path)).toBeUndefined();
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

	test.for([
		['python', ['in Python > runs', 'Python sends the same requests as curl']],
		['javascript', ['in JavaScript > runs', 'JavaScript sends the same requests as curl']],
		[
			'curl',
			[
				'in curl > runs',
				'Python sends the same requests as curl',
				'JavaScript sends the same requests as curl',
			],
		],
	] as const)(
		'selects, for %s alone, its own tests and the comparisons it is in',
		([language, kept]) => {
			const names = [
				'in curl > runs',
				'in Python > runs',
				'in JavaScript > runs',
				'Python sends the same requests as curl',
				'JavaScript sends the same requests as curl',
			].map((name) => `create-target > ${name}`);
			const pattern = recipeTestPattern(['create-target'], [language]);

			expect(names.filter((name) => pattern.test(name))).toEqual(
				kept.map((name) => `create-target > ${name}`),
			);
			expect(
				pattern.test(`create-flow > in ${language === 'curl' ? 'curl' : 'Python'} > runs`),
			).toBe(false);
		},
	);

	test('matches every test name examples.test.ts has for a language', () => {
		const pattern = recipeTestPattern(['create-target'], ['python']);

		for (const name of testsOf('create-target')) {
			expect(pattern.test(name), name).toBe(name.includes('Python'));
		}
	});

	test('refuses an empty list, which would select nothing', () => {
		expect(() => recipeTestPattern([])).toThrow('Expected at least one recipe name, got none.');
	});
});

describe('changeAt: the step and language', () => {
	test.for([
		['examples/create-target/create-target.py', 'create-target', 'python'],
		['examples/create-target/verify-target.sh', 'verify-target', 'curl'],
		['examples/create-target/verify-target.mjs', 'verify-target', 'javascript'],
		['examples/create-target/responses/create-target.json', 'create-target', null],
		['examples/create-target/responses/name-taken.json', 'name-taken', null],
		['examples/create-target/recipe.json', '*', null],
		['examples/create-target/responses/recipe.json', 'recipe', null],
		['src/content/docs/recipes/create-target.mdx', null, null],
	] as const)(
		'reads %s as a change to the step %s in the language %s',
		([path, step, language]) => {
			expect(changeAt(path)).toEqual({ recipe: 'create-target', step, language });
		},
	);
});

describe('recipesUsing', () => {
	// The recipes that run the step's files, from the loaded recipes rather than the raw manifests.
	const runnersOf = (recipe: string, step: string) =>
		loadRecipes()
			.filter((r) => r.name !== recipe)
			.filter((r) => [...r.before, ...r.steps].some((s) => s.recipe === recipe && s.name === step))
			.map((r) => r.name)
			.sort();
	const steps = loadRecipes().flatMap((recipe) =>
		recipe.steps
			.filter((step) => step.recipe === recipe.name)
			.map((step) => [recipe.name, step.name]),
	);

	test.for(steps)('finds every other recipe that runs %s/%s', ([recipe, step]) => {
		expect(recipesUsing([{ recipe: recipe!, step: step! }], examplesRoot).sort()).toEqual(
			runnersOf(recipe!, step!),
		);
	});

	test('finds the recipes that use Create a Target when its create step changes, not its check', () => {
		expect(
			recipesUsing([{ recipe: 'create-target', step: 'create-target' }], examplesRoot),
		).toEqual(expect.arrayContaining(['create-flow', 'getting-started', 'update-target']));
		expect(
			recipesUsing([{ recipe: 'create-target', step: 'verify-target' }], examplesRoot),
		).toEqual([]);
	});

	test('takes a manifest change as a change to every step, and a page change as none', () => {
		const every = new Set(
			steps.filter(([r]) => r === 'create-flow').flatMap(([r, s]) => runnersOf(r!, s!)),
		);

		expect(recipesUsing([{ recipe: 'create-flow', step: '*' }], examplesRoot).sort()).toEqual(
			[...every].sort(),
		);
		expect(recipesUsing([{ recipe: 'create-flow', step: null }], examplesRoot)).toEqual([]);
	});

	describe('in a folder of made-up recipes', () => {
		let examples: string;
		const manifest = (name: string, text: string) => {
			mkdirSync(join(examples, name), { recursive: true });
			writeFileSync(join(examples, name, 'recipe.json'), text);
		};
		const borrowing = (...from: string[]) =>
			JSON.stringify({
				steps: [
					{ name: 'own', operation: 'getFlow' },
					...from.map((recipe) => ({ name: 'shared', from: recipe })),
				],
			});
		const change = (recipe: string, step: string) => [{ recipe, step }];

		afterEach(() => rmSync(examples, { recursive: true, force: true }));

		test('follows a borrowed step through more than one recipe, and steps run before', () => {
			examples = mkdtempSync(join(tmpdir(), 'rerun-'));
			manifest('base', borrowing());
			manifest('middle', borrowing('base'));
			manifest('top', borrowing('middle'));
			manifest('after', JSON.stringify({ before: [{ recipe: 'top', step: 'shared' }], steps: [] }));
			manifest(
				'before-own',
				JSON.stringify({ before: [{ recipe: 'top', step: 'own' }], steps: [] }),
			);
			manifest('apart', borrowing());

			expect(recipesUsing(change('base', 'shared'), examples).sort()).toEqual([
				'after',
				'middle',
				'top',
			]);
			expect(recipesUsing(change('top', 'own'), examples)).toEqual(['before-own']);
			expect(recipesUsing(change('base', 'own'), examples)).toEqual([]);
		});

		test('counts a recipe whose manifest cannot be read among them, unless no step changed', () => {
			examples = mkdtempSync(join(tmpdir(), 'rerun-'));
			manifest('base', borrowing());
			manifest('broken', '{ "steps": [');
			manifest('odd', JSON.stringify({ steps: 'none' }));
			mkdirSync(join(examples, 'no-manifest'));
			manifest('apart', borrowing());

			expect(recipesUsing(change('base', 'own'), examples).sort()).toEqual([
				'broken',
				'no-manifest',
				'odd',
			]);
			expect(recipesUsing([{ recipe: 'base', step: null }], examples)).toEqual([]);
		});
	});
});
