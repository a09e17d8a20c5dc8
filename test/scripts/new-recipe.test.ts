import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, test, type TestContext } from 'vitest';
import { languages } from '../../src/recipes/languages.ts';
import { firstStep, scaffoldRecipe } from '../../scripts/recipe-scaffold.ts';
import { examplesRoot, recipeNames } from '../../src/recipes/recipes.ts';
import { copyProject } from './project-copy.ts';

// How long each command on the copy may take. The copy builds every page of the site: on two
// idle cores about ten seconds for a few recipes and half a second more per recipe, several
// times that beside the rest of the suite, so the allowance grows with the recipes.
const commandTimeoutMs = Math.max(120_000, recipeNames().length * 3_000);

describe('npm run new-recipe', () => {
	test(
		'scaffolds a recipe whose examples pass the harness and whose page builds and passes the site checks',
		async (context) => {
			const { root } = projectCopy(context);

			const created = await inCopy(root, [
				'node',
				'scripts/new-recipe.ts',
				'first-recipe',
				'First Recipe',
			]);
			const lint = await inCopy(root, [
				'prettier',
				'--check',
				'examples/first-recipe',
				'src/content/docs/recipes/first-recipe.mdx',
			]);
			const build = await inCopy(root, ['astro', 'build']);
			const tests = await inCopy(
				root,
				[
					'vitest',
					'run',
					'test/examples.test.ts',
					'test/site',
					'--reporter=json',
					'--outputFile=vitest.json',
				],
				{ TEST_RECIPES: 'first-recipe' },
			);

			expect(created.stdout).toContain('examples/first-recipe/list-targets.py');
			expect(lint.exitCode, lint.stdout + lint.stderr).toBe(0);
			expect(build.exitCode, build.stdout + build.stderr).toBe(0);
			const names = testNames(join(root, 'vitest.json'));
			expect(tests.exitCode, failedTests(join(root, 'vitest.json')).join('\n')).toBe(0);
			expect(names).toContain(
				'first-recipe in Python runs every step and prints the JSON the mock answered',
			);
			expect(names).toContain('first-recipe JavaScript sends the same requests as curl');
			expect(names).toContain(
				'the first-recipe page shows every expected response and error body the tests compare with the mock',
			);
			expect(names.filter((name) => name.startsWith('create-target '))).toEqual([]);
		},
		4 * commandTimeoutMs,
	);

	test("writes the first step in the exact shape of create-target's verify-target, but for its summary", async (context) => {
		const root = modelRoot(context);

		await scaffoldRecipe(root, 'first-recipe', 'First Recipe');

		for (const { extension } of languages) {
			const model = readFileSync(
				join(examplesRoot, `create-target/verify-target.${extension}`),
				'utf8',
			);
			const scaffolded = readFileSync(
				join(root, `examples/first-recipe/${firstStep}.${extension}`),
				'utf8',
			);
			expect(scaffolded.split('\n').slice(1)).toEqual(model.split('\n').slice(1));
			expect(scaffolded.split('\n')[0]).toContain('List the targets in your plane.');
		}
	});

	test('keeps a title with quotes intact in the page', async (context) => {
		const root = modelRoot(context);

		await scaffoldRecipe(root, 'quotes', `Don't "Panic"`);

		expect(readFileSync(join(root, 'src/content/docs/recipes/quotes.mdx'), 'utf8')).toMatch(
			/^---\ntitle: 'Don''t "Panic"'\n/,
		);
	});

	test.for([
		[
			'Create Target',
			'Title',
			'"Create Target" is not a recipe slug: expected lower-case words joined by hyphens',
		],
		['-leading', 'Title', '"-leading" is not a recipe slug'],
		[
			'new-recipe',
			'  ',
			'The title is empty: expected the page title in quotes, like "List Deliveries".',
		],
		[
			'create-target',
			'Again',
			'examples/create-target already exists: choose another slug, or edit that recipe.',
		],
	] as const)(
		'refuses slug %j with title %j, writing nothing',
		async ([slug, title, message], context) => {
			const root = modelRoot(context);

			await expect(scaffoldRecipe(root, slug, title)).rejects.toThrow(message);
			expect(readdirSync(join(root, 'examples'))).toEqual(['create-target']);
			expect(existsSync(join(root, 'src'))).toBe(false);
		},
	);

	test.for([
		[[], 'got nothing.'],
		[['list-deliveries'], 'got "list-deliveries".'],
		[['list-deliveries', 'List', 'Deliveries'], 'got "list-deliveries" "List" "Deliveries".'],
	] as const)('exits 1 with the usage when given %j', async ([args, got]) => {
		const result = await execa(process.execPath, ['scripts/new-recipe.ts', ...args], {
			cwd: join(import.meta.dirname, '../..'),
			reject: false,
			timeout: 20_000,
		});

		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain(
			`Could not create the recipe: expected a slug and a title, ${got} Usage: npm run new-recipe -- <slug> "<Title>"`,
		);
	});
});

function projectCopy(context: TestContext) {
	const copy = copyProject();
	context.onTestFinished(copy.remove);
	return copy;
}

/** A scratch folder holding only the model recipe, which the scaffold reads. */
function modelRoot(context: TestContext) {
	const root = mkdtempSync(join(tmpdir(), 'new-recipe-'));
	context.onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	cpSync(join(examplesRoot, 'create-target'), join(root, 'examples/create-target'), {
		recursive: true,
	});
	return root;
}

/** Runs a command of the copy's node_modules/.bin in the copy, with a clean environment. */
function inCopy(root: string, [file, ...args]: string[], env: Record<string, string> = {}) {
	return execa(file!, args, {
		cwd: root,
		preferLocal: true,
		localDir: root,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
		extendEnv: false,
		reject: false,
		stdin: 'ignore',
		timeout: commandTimeoutMs,
	});
}

interface VitestReport {
	testResults: {
		assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
	}[];
}

function assertions(path: string) {
	const report = JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
	return report.testResults.flatMap((file) => file.assertionResults);
}

function testNames(path: string) {
	return assertions(path).map((result) => result.fullName);
}

function failedTests(path: string) {
	return assertions(path)
		.filter((result) => result.status !== 'passed')
		.map((result) => `${result.fullName}\n${result.failureMessages.join('\n')}`);
}
