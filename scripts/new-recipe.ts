// `npm run new-recipe -- <slug> "<Title>"`: a new recipe whose first step already runs and is tested.
import { join } from 'node:path';
import { scaffoldRecipe } from './recipe-scaffold.ts';

const usage =
	'npm run new-recipe -- <slug> "<Title>", like: npm run new-recipe -- list-deliveries "List Deliveries"';
const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

if (args.length !== 2) {
	const got = args.map((arg) => JSON.stringify(arg)).join(' ') || 'nothing';
	fail(`expected a slug and a title, got ${got}. Usage: ${usage}`);
}

const [slug, title] = args as [string, string];
try {
	const written = await scaffoldRecipe(root, slug, title);
	console.log(`Created the recipe ${slug}:\n${written.map((path) => `  ${path}`).join('\n')}\n`);
	console.log(
		`Its first step lists the targets of the plane, and already passes: npm test -- ${slug}`,
	);
	console.log(`See the page with npm start at http://127.0.0.1:4321/recipes/${slug}/`);
	console.log('CONTRIBUTING.md says how to write its steps and errors.');
} catch (error) {
	fail((error as Error).message);
}

function fail(message: string): never {
	console.error(`Could not create the recipe: ${message}`);
	process.exit(1);
}
