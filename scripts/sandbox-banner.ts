import { environment, exportLines } from '../src/recipes/environment.ts';
import type { Exchange } from '../mock/server.ts';

/** What the sandbox prints once it listens: where, and the lines to paste into a shell. */
export function sandboxBanner(url: string): string {
	const names = environment.map((variable) => variable.name);
	return [
		`Zen Mesh sandbox API listening on ${url} (state resets on restart)`,
		'',
		'Paste these into the shell you run the examples from:',
		'',
		exportLines(names, { ZEN_API_BASE: url }),
		'',
	].join('\n');
}

/** One line per request: method, path with query, status and how long the mock took. */
export function logLine(exchange: Exchange): string {
	const query = new URLSearchParams(exchange.query).toString();
	const target = query ? `${exchange.path}?${query}` : exchange.path;
	const note = exchange.unhandled ? '  (no such route)' : '';
	return `[sandbox] ${exchange.method} ${target} ${exchange.status} ${exchange.durationMs.toFixed(1)} ms${note}`;
}
