import { sandboxAccount } from '../../mock/sandbox-account.ts';

/** A configuration variable the examples read, with the value the docs show and what it is. */
export interface EnvironmentVariable {
	name: string;
	value: string;
	description: string;
}

/**
 * Every variable an example may read. The values are the sandbox's, except the base URL,
 * so a reader who points ZEN_API_BASE at the sandbox can run every example unchanged.
 */
export const environment: EnvironmentVariable[] = [
	{
		name: 'ZEN_API_BASE',
		value: 'https://api.zen-mesh.io',
		description: 'The API base URL. The local sandbox prints its own, http://127.0.0.1:4010.',
	},
	{
		name: 'ZEN_API_TOKEN',
		value: sandboxAccount.token,
		description: 'Your API token, sent as a bearer token. The value shown is the sandbox token.',
	},
	{
		name: 'ZEN_TENANT_ID',
		value: sandboxAccount.tenantId,
		description: 'Your tenant id, the first segment of every API path.',
	},
	{
		name: 'ZEN_PLANE_ID',
		value: 'plane_dev_us_east_1',
		description: 'The plane to work in; the wire calls it a cluster. This one runs in test mode.',
	},
	{
		name: 'ZEN_ADAPTER_ID',
		value: 'adapter_stripe_ingester',
		description:
			'The adapter whose events a flow routes: here, the one that ingests Stripe events.',
	},
	{
		name: 'ZEN_TARGET_ID',
		value: 'dest_0001',
		description: 'The id of your target, as Create a Target printed it.',
	},
	{
		name: 'ZEN_FLOW_ID',
		value: 'flow_0001',
		description: 'The id of your flow, as Create a Flow printed it.',
	},
];

const envVarPattern = /\bZEN_[A-Z0-9_]+\b/g;

/** The `ZEN_*` variables an example's source mentions, sorted and without repeats. */
export function envVarsIn(source: string): string[] {
	return [...new Set(source.match(envVarPattern) ?? [])].sort();
}

/**
 * The catalogue entries for the variables that the given example files read, keyed by path.
 * Throws when a file reads a variable the catalogue does not describe, since no page could tell
 * the reader to set it.
 */
export function variablesRead(files: Map<string, string>): EnvironmentVariable[] {
	const read = new Set<string>();
	for (const [path, source] of files) {
		for (const name of envVarsIn(source)) {
			if (!environment.some((variable) => variable.name === name)) {
				throw new Error(
					`${path} reads ${name}, which src/recipes/environment.ts does not describe. Add it there with its value and meaning.`,
				);
			}
			read.add(name);
		}
	}
	return environment.filter((variable) => read.has(variable.name));
}

/** `export NAME="value"` lines for the named variables, in catalogue order, with optional overrides. */
export function exportLines(names: Iterable<string>, overrides: Record<string, string> = {}) {
	const wanted = new Set(names);
	const values = environment
		.filter((variable) => wanted.has(variable.name))
		.map(({ name, value }) => [name, overrides[name] ?? value] as const);
	return formatExports(Object.fromEntries(values));
}

/** `export NAME="value"` lines, one per variable, in the order given. */
export function formatExports(values: Record<string, string>) {
	return Object.entries(values)
		.map(([name, value]) => `export ${name}="${value}"`)
		.join('\n');
}
