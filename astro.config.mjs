import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import starlightOpenAPI, { openAPISidebarGroups } from 'starlight-openapi';
import { llmsTxtBlankLines } from './src/integrations/llms-txt-blank-lines.ts';
import { writeReferenceDocument } from './src/recipes/reference-document.ts';

export default defineConfig({
	// Also the base of the absolute links in llms.txt.
	site: 'https://docs.zen-mesh.io',
	integrations: [
		starlight({
			title: 'Zen Mesh Recipes',
			description:
				'Task-sized Zen Mesh API recipes in curl, Python and JavaScript, each run against the API mock on every change.',
			customCss: ['./src/styles/api-reference.css'],
			plugins: [
				starlightOpenAPI([
					{
						base: 'api/reference',
						schema: writeReferenceDocument(),
						sidebar: { label: 'API reference', collapsed: false },
						// Operations show the recipes' tested example files as code samples; generated
						// snippets are off so that nothing untested stands beside them.
						snippets: { operation: false, requestBody: false, response: false },
					},
				]),
				starlightLinksValidator({
					errorOnRelativeLinks: true,
					errorOnInvalidHashes: true,
					// Pages that are not in the content collection, which the validator cannot see;
					// test/site checks every link of the built site, these included.
					exclude: ['/api/reference/**', '/openapi.yaml'],
				}),
				starlightLlmsTxt({
					details:
						'Every code sample is a complete file that reads its configuration from `ZEN_*` environment variables and is run against a mock of the Zen Mesh API on every change. In API paths a target is a `destination` and a plane is a `cluster`. The OpenAPI document is at /openapi.yaml.',
				}),
			],
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', link: '/' },
						{ label: 'Getting started', slug: 'getting-started' },
						{ label: 'How these docs are tested', slug: 'how-these-docs-are-tested' },
					],
				},
				// Every page in src/content/docs/recipes/ is listed, in the order of its
				// `sidebar.order`, so a new recipe needs no edit here.
				{ label: 'Recipes', items: [{ autogenerate: { directory: 'recipes' } }] },
				{
					label: 'API',
					items: [
						{ label: 'Overview', slug: 'api/overview' },
						{ label: 'Authentication', slug: 'api/authentication' },
						{ label: 'Common errors', slug: 'api/errors' },
					],
				},
				...openAPISidebarGroups,
			],
		}),
		llmsTxtBlankLines(),
	],
});
