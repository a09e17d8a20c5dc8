import type { FieldError } from './errors.ts';
import type { PlaneMode } from './sandbox-account.ts';

/** How one config field is checked and shown; secret fields are write-only and come back masked. */
interface ConfigField {
	secret: boolean;
	check: (value: string, mode: PlaneMode) => string | undefined;
}

/** The target types the API knows, with the config fields each one requires. */
export const destinationTypes: Record<string, Record<string, ConfigField>> = {
	stripe: {
		apiKey: { secret: true, check: checkStripeSecretKey },
		webhookSecret: { secret: true, check: prefixed('whsec_', 'a Stripe webhook signing secret') },
	},
	webhook: {
		url: { secret: false, check: checkHttpsUrl },
		signingSecret: { secret: true, check: minLength(16, 'a signing secret') },
	},
};

/** Every problem with `config` for `type`, each named by its field path. */
export function checkConfig(type: string, config: Record<string, unknown>, mode: PlaneMode) {
	const fields = destinationTypes[type] ?? {};
	const errors: FieldError[] = [];

	for (const [name, field] of Object.entries(fields)) {
		const value = config[name];
		const message =
			value === undefined
				? 'is required.'
				: typeof value !== 'string'
					? `must be a string, got ${JSON.stringify(value)}.`
					: field.check(value, mode);
		if (message) errors.push({ field: `config.${name}`, message });
	}
	for (const name of Object.keys(config).filter((key) => !(key in fields))) {
		errors.push({ field: `config.${name}`, message: `is not a ${type} config field.` });
	}
	return errors;
}

/** The config as responses show it: secrets reduced to their prefix and last four characters. */
export function maskConfig(type: string, config: Record<string, string>) {
	const fields = destinationTypes[type] ?? {};
	const entries = Object.entries(config).map(([name, value]) => [
		name,
		fields[name]?.secret ? maskSecret(value) : value,
	]);
	return Object.fromEntries(entries);
}

function maskSecret(value: string) {
	const prefix = /^[a-z]+_(?:(?:test|live)_)?/.exec(value)?.[0] ?? '';
	return `${prefix}...${value.slice(-4)}`;
}

function checkStripeSecretKey(value: string, mode: PlaneMode) {
	if (/^(pk|rk)_/.test(value)) {
		return `must be a secret key (sk_test_… or sk_live_…), got a ${value.startsWith('pk_') ? 'publishable' : 'restricted'} key.`;
	}
	const match = /^sk_(test|live)_[0-9A-Za-z]{10,}$/.exec(value);
	if (!match)
		return 'must be a Stripe secret key: sk_test_ or sk_live_ followed by at least 10 letters or digits.';
	if (match[1] !== mode) {
		return `is a ${match[1]}-mode key, but this plane runs in ${mode} mode: use an sk_${mode}_ key.`;
	}
	return undefined;
}

function prefixed(prefix: string, what: string) {
	return (value: string) =>
		new RegExp(`^${prefix}[0-9A-Za-z]{10,}$`).test(value)
			? undefined
			: `must be ${what}: ${prefix} followed by at least 10 letters or digits.`;
}

function minLength(length: number, what: string) {
	return (value: string) =>
		value.length >= length ? undefined : `must be ${what} of at least ${length} characters.`;
}

function checkHttpsUrl(value: string) {
	const url = URL.parse(value);
	return url?.protocol === 'https:'
		? undefined
		: `must be an https:// URL, got ${JSON.stringify(value)}.`;
}
