import type { APIRoute } from 'astro';
import contract from '../../api/openapi.yaml?raw';

/** Publishes the contract beside the docs, for tools and AI assistants that read OpenAPI. */
export const GET: APIRoute = () =>
	new Response(contract, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
