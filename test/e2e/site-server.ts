import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';

/** Where `astro build` writes the site. */
export const distRoot = join(import.meta.dirname, '../../dist');

/** A running static server for the built site. */
export interface SiteServer {
	// The origin, such as http://127.0.0.1:41234, without a trailing slash.
	url: string;
	close(): Promise<void>;
}

const requestTimeoutMs = 10_000;

// Pagefind's own index files (.pf_meta, .pf_index, .pf_fragment, .pagefind) fall back to binary.
const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** Serves the built site on a free loopback port the way a static host does. */
export async function serveSite(root = distRoot): Promise<SiteServer> {
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(
			`${root} holds no built site: run \`npm run build\` first (\`npm test\` does).`,
		);
	}
	const server = createServer((request, response) => answer(root, request, response));
	server.requestTimeout = requestTimeoutMs;
	server.headersTimeout = requestTimeoutMs;

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Every page route of the built site, such as `/` and `/recipes/create-target/`, sorted. */
export function builtRoutes(root = distRoot): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.map((path) => `/${relative(root, join(root, path)).split(sep).join('/')}`)
		.map((route) => route.replace(/index\.html$/, ''))
		.sort();
}

function answer(root: string, request: IncomingMessage, response: ServerResponse) {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	const file = resolveFile(root, path);

	if (file === 'directory') {
		response.writeHead(301, { location: `${path}/` }).end();
	} else if (file) {
		response.writeHead(200, {
			'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
		});
		createReadStream(file).pipe(response);
	} else {
		response.writeHead(404, { 'content-type': contentTypes['.html'] });
		createReadStream(join(root, '404.html')).pipe(response);
	}
}

function resolveFile(root: string, urlPath: string): string | 'directory' | undefined {
	let path: string;
	try {
		path = normalize(join(root, decodeURIComponent(urlPath)));
	} catch {
		return undefined;
	}
	// A path that climbs out of the site is not part of it.
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	if (!existsSync(path)) return undefined;
	if (!statSync(path).isDirectory()) return path;
	if (!urlPath.endsWith('/')) return 'directory';
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}
