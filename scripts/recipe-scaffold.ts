import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { languages } from '../src/recipes/languages.ts';
import { slugPattern } from '../src/recipes/manifest.ts';
import { recipePage } from './recipe-page.ts';

/** The step every new recipe starts with, made from this step of an existing recipe. */
export const firstStep = 'list-targets';
const model = { recipe: 'create-target', step: 'verify-target' };
const modelSummary = 'List the targets in your plane; the new one is among them.';
const firstSummary = 'List the targets in your plane.';

// Reviewed: a fresh mock's plane has no targets, and one page holds them all.
const firstResponse = '{\n  "items": [],\n  "nextCursor": null\n}\n';

/**
 * Writes a new recipe under `root`: `examples/<slug>/` with a first step that runs and its
 * expected response, and `src/content/docs/recipes/<slug>.mdx`. Returns the paths it wrote,
 * relative to `root`, or throws, writing nothing, when the slug, the title or the place is wrong.
 */
export async function scaffoldRecipe(root: string, slug: string, title: string) {
	checkNew(root, slug, title);
	const files = recipeFiles(root, slug, title.trim());

	for (const [path, text] of files) {
		const file = join(root, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, await formatted(file, text));
	}
	return [...files.keys()];
}

function checkNew(root: string, slug: string, title: string) {
	if (!slugPattern.test(slug)) {
		throw new Error(
			`${JSON.stringify(slug)} is not a recipe slug: expected lower-case words joined by hyphens, like list-deliveries. It names the folder and the page URL.`,
		);
	}
	if (title.trim() === '') {
		throw new Error(
			'The title is empty: expected the page title in quotes, like "List Deliveries".',
		);
	}
	for (const path of [`examples/${slug}`, pagePath(slug)]) {
		if (existsSync(join(root, path))) {
			throw new Error(`${path} already exists: choose another slug, or edit that recipe.`);
		}
	}
}

function recipeFiles(root: string, slug: string, title: string) {
	const dir = `examples/${slug}`;
	const steps = languages.map(({ extension }) => [
		`${dir}/${firstStep}.${extension}`,
		firstStepSource(root, extension),
	]);

	return new Map<string, string>([
		[
			`${dir}/recipe.json`,
			`{\n  "steps": [{ "name": "${firstStep}", "operation": "listDestinations" }]\n}\n`,
		],
		...(steps as [string, string][]),
		[`${dir}/responses/${firstStep}.json`, firstResponse],
		[pagePath(slug), recipePage(slug, title, firstStep)],
	]);
}

// The model's file with its one-line summary changed, so the first step has its exact shape.
function firstStepSource(root: string, extension: string) {
	const path = `examples/${model.recipe}/${model.step}.${extension}`;
	const source = readFileSync(join(root, path), 'utf8');
	if (!source.split('\n')[0]!.includes(modelSummary)) {
		throw new Error(
			`${path} no longer starts with "${modelSummary}": update the model step in scripts/recipe-scaffold.ts.`,
		);
	}
	return source.replace(modelSummary, firstSummary);
}

// Formatted as `npm run lint` wants it, whatever the title holds.
async function formatted(file: string, text: string) {
	const { inferredParser } = await getFileInfo(file);
	if (!inferredParser) return text;
	return format(text, { ...(await resolveConfig(file)), filepath: file });
}

function pagePath(slug: string) {
	return `src/content/docs/recipes/${slug}.mdx`;
}
