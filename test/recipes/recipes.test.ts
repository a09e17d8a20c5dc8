import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { missingTools } from '../global-setup.ts';
import { environment } from '../../src/recipes/environment.ts';
import {
	examplesRoot,
	exportsOf,
	loadRecipe,
	loadRecipes,
	recipesUnderTest,
} from '../../src/recipes/recipes.ts';

// Each test copies the real create-target recipe into a scratch examples/ folder and breaks one thing.
let scratch: string;

function scratchRecipe() {
	scratch = mkdtempSync(join(tmpdir(), 'recipes-'));
	const root = join(scratch, 'examples');
	cpSync(join(examplesRoot, 'create-target'), join(root, 'create-target'), { recursive: true });
	return { root, dir: join(root, 'create-target') };
}

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadRecipe', () => {
	test('loads the steps, errors and variables of a complete recipe', () => {
		const { root } = scratchRecipe();

		const recipe = loadRecipe(root, 'create-target');

		expect(recipe.steps.map((step) => step.name)).toEqual(['create-target', 'verify-target']);
		expect(recipe.errors.map((error) => error.status)).toEqual([400, 401, 404, 409]);
		expect(recipe.variables.map((v) => v.name)).toEqual([
			'ZEN_API_BASE',
			'ZEN_API_TOKEN',
			'ZEN_TENANT_ID',
			'ZEN_PLANE_ID',
		]);
	});

	test('names the missing file when a step lacks a language', () => {
		const { root, dir } = scratchRecipe();
		rmSync(join(dir, 'verify-target.py'));

		expect(() => loadRecipe(root, 'create-target')).toThrow(
			'examples/create-target/verify-target.py is missing.',
		);
	});

	test('rejects a file that belongs to no step, so it cannot go untested', () => {
		const { root, dir } = scratchRecipe();
		writeFileSync(join(dir, 'delete-target.py'), 'print("{}")\n');

		expect(() => loadRecipe(root, 'create-target')).toThrow(
			'examples/create-target/delete-target.py belong to no step or error',
		);
	});

	test('rejects an error case that names an unknown step', () => {
		const { root, dir } = scratchRecipe();
		const manifest = {
			steps: [
				{ name: 'create-target', operation: 'createDestination' },
				{ name: 'verify-target', operation: 'listDestinations' },
			],
			errors: [{ name: 'name-taken', step: 'create-target', status: 409, after: ['create'] }],
		};
		writeFileSync(join(dir, 'recipe.json'), JSON.stringify(manifest));
		for (const name of ['invalid-config', 'unauthenticated', 'plane-not-found']) {
			rmSync(join(dir, 'responses', `${name}.json`));
		}

		expect(() => loadRecipe(root, 'create-target')).toThrow(
			'error name-taken names step create, but the steps are create-target, verify-target.',
		);
	});

	test('explains what is wrong with a malformed manifest', () => {
		const { root, dir } = scratchRecipe();
		writeFileSync(join(dir, 'recipe.json'), JSON.stringify({ steps: [{ name: 'Create Target' }] }));

		expect(() => loadRecipe(root, 'create-target')).toThrow(
			/recipe\.json is not a valid recipe manifest:[\s\S]*must be kebab-case/,
		);
	});

	test('rejects a variable the catalogue does not describe', () => {
		const { root, dir } = scratchRecipe();
		writeFileSync(join(dir, 'verify-target.sh'), 'curl "$ZEN_API_BASE/$ZEN_REGION"\n');

		expect(() => loadRecipe(root, 'create-target')).toThrow(
			'examples/create-target/verify-target.sh reads ZEN_REGION, which src/recipes/environment.ts does not describe.',
		);
	});
});

describe('recipesUnderTest', () => {
	test('is every recipe when no filter is set', () => {
		const { root, dir } = scratchRecipe();
		cpSync(dir, join(root, 'second-recipe'), { recursive: true });

		expect(recipesUnderTest(undefined, root).map((recipe) => recipe.name)).toEqual([
			'create-target',
			'second-recipe',
		]);
	});

	test('is only the recipes the filter names', () => {
		const { root, dir } = scratchRecipe();
		cpSync(dir, join(root, 'second-recipe'), { recursive: true });

		expect(recipesUnderTest('second-recipe', root).map((recipe) => recipe.name)).toEqual([
			'second-recipe',
		]);
	});

	test('names the recipes there are when the filter names an unknown one', () => {
		const { root } = scratchRecipe();

		expect(() => recipesUnderTest('create-targt', root)).toThrow(
			'No recipe named "create-targt": expected one of create-target (the folders of examples/).',
		);
	});
});

describe('missingTools', () => {
	test('names curl, jq, python3 and requests with what to install when none can be found', async () => {
		const missing = await missingTools(scratchRecipe().root);

		expect(missing).toEqual([
			expect.stringContaining('install curl'),
			expect.stringContaining('install jq'),
			expect.stringContaining('install Python 3'),
			expect.stringContaining('install requests'),
		]);
	});

	test('finds nothing missing on this machine', async () => {
		scratchRecipe();

		expect(await missingTools()).toEqual([]);
	});
});

describe('the environment catalogue', () => {
	test('shows, for each variable a step exports, the value that step gives in a fresh sandbox', () => {
		const exported = loadRecipes().flatMap((recipe) =>
			recipe.steps.filter((step) => step.recipe === recipe.name).map(exportsOf),
		);

		for (const values of exported) {
			for (const [name, value] of Object.entries(values)) {
				expect(environment.find((variable) => variable.name === name)?.value, name).toBe(value);
			}
		}
	});
});
