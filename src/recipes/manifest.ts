import { z } from 'astro/zod';

/** What a recipe, step or error name looks like: kebab-case, so it can name files and URLs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(slugPattern, 'must be kebab-case, like create-target');

const variable = z.string().regex(/^ZEN_[A-Z0-9_]+$/, 'must be a ZEN_ variable name');
const envOverrides = z.record(variable, z.string());

const stepReference = z.strictObject({ recipe: slug, step: slug });

// A step is either the recipe's own, with its files in the recipe's folder, or borrowed `from`
// another recipe, shown and run here as part of a longer path with its files left there.
const step = z
	.strictObject({
		name: slug,
		// The operationId in api/openapi.yaml that every request of an own step calls.
		operation: z
			.string()
			.regex(/^[a-z][A-Za-z]*$/, 'must be an operationId, like createDestination')
			.optional(),
		// Variables the reader sets from the step's output for later steps: name -> field path, like "id".
		exports: z.record(variable, z.string().regex(/^[A-Za-z0-9_.]+$/)).optional(),
		from: slug.optional(),
	})
	.refine((value) => (value.from === undefined) !== (value.operation === undefined), {
		message:
			'needs either "operation" (a step of this recipe) or "from" (a step borrowed from another recipe), not both',
	})
	.refine((value) => value.from === undefined || value.exports === undefined, {
		message: 'a borrowed step keeps the "exports" of the recipe it comes from',
		path: ['exports'],
	});

/** The shape of `examples/<recipe>/recipe.json`: the steps in page order and the documented errors. */
export const manifestSchema = z.strictObject({
	// Steps of other recipes the reader has done first; the tests run them first, unshown.
	before: z.array(stepReference).default([]),
	steps: z.array(step).min(1),
	errors: z
		.array(
			z.strictObject({
				// Also the name of the expected body, responses/<name>.json.
				name: slug,
				step: slug,
				status: z.number().int().min(400).max(599),
				// Variables to set differently from the documented values to provoke the error.
				env: envOverrides.default({}),
				// Steps to run first, in the same language, such as a create before a duplicate create.
				after: z.array(slug).default([]),
			}),
		)
		.default([]),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Parses a manifest's text, or throws an error that names the file and every problem in it. */
export function parseManifest(text: string, path: string): Manifest {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
	}

	const result = manifestSchema.safeParse(json);
	if (!result.success) {
		throw new Error(`${path} is not a valid recipe manifest:\n${z.prettifyError(result.error)}`);
	}
	return result.data;
}
