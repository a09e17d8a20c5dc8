import { z } from 'astro/zod';

/** What a recipe, step or error name looks like: kebab-case, so it can name files and URLs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(slugPattern, 'must be kebab-case, like create-target');

const envOverrides = z.record(z.string().regex(/^ZEN_[A-Z0-9_]+$/), z.string());

/** The shape of `examples/<recipe>/recipe.json`: the steps in page order and the documented errors. */
export const manifestSchema = z.strictObject({
	steps: z.array(z.strictObject({ name: slug })).min(1),
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
