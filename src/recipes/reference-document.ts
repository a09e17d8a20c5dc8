import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { contractPath } from '../../api/contract.ts';
import { languages } from './languages.ts';
import { loadRecipes, type Recipe, type Step } from './recipes.ts';

const outputPath = join(
	import.meta.dirname,
	'../../node_modules/.cache/zen-mesh-recipes/openapi.yaml',
);

/**
 * Writes the contract as the reference pages show it and returns its path: each operation that a
 * recipe step calls gets that step's example files as its code samples, so the reference shows
 * the same tested code as the recipes and no generated snippet that could contradict them.
 */
export function writeReferenceDocument(): string {
	const document = parseDocument(readFileSync(contractPath, 'utf8'));
	const locations = operationLocations(document.toJS());

	for (const recipe of loadRecipes()) {
		for (const step of recipe.steps) {
			const location = locations.get(step.operation);
			if (!location)
				throw new Error(
					`examples/${recipe.name}/recipe.json: step ${step.name} calls ${step.operation}, which api/openapi.yaml does not define.`,
				);
			if (document.hasIn([...location, 'x-codeSamples'])) continue;

			const samples = languages.map((language) => ({
				lang: language.highlight,
				label: language.label,
				source: readFileSync(step.files[language.id], 'utf8'),
			}));
			document.setIn([...location, 'x-codeSamples'], document.createNode(samples));
		}
	}

	mkdirSync(join(outputPath, '..'), { recursive: true });
	writeFileSync(outputPath, document.toString());
	return outputPath;
}

/** For each operation a recipe calls, the first step that calls it, recipes in folder order. */
export function codeSampleSteps(recipes: Recipe[]) {
	const chosen = new Map<string, { recipe: string; step: Step }>();
	for (const recipe of recipes) {
		for (const step of recipe.steps) {
			if (!chosen.has(step.operation)) chosen.set(step.operation, { recipe: recipe.name, step });
		}
	}
	return chosen;
}

function operationLocations(contract: {
	paths: Record<string, Record<string, { operationId?: string }>>;
}) {
	const locations = new Map<string, string[]>();
	for (const [path, item] of Object.entries(contract.paths)) {
		for (const [method, operation] of Object.entries(item)) {
			if (operation?.operationId) locations.set(operation.operationId, ['paths', path, method]);
		}
	}
	return locations;
}
