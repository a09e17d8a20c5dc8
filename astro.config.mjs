import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import starlightOpenAPI, { openAPISidebarGroups } from 'starlight-openapi';
import { writeReferenceDocument } from './src/recipes/reference-document.ts';

export default defineConfig({
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
			],
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', link: '/' },
						{ label: 'Getting started', slug: 'getting-started' },
					],
				},
				{
					label: 'Recipes',
					items: [
						{ label: 'Create a Target', slug: 'recipes/create-target' },
						{ label: 'Create a Flow', slug: 'recipes/create-flow' },
						{ label: 'Inspect Targets', slug: 'recipes/inspect-targets' },
						{ label: 'Update a Target', slug: 'recipes/update-target' },
						{ label: 'Delete a Target', slug: 'recipes/delete-target' },
						{ label: 'List Deliveries', slug: 'recipes/list-deliveries' },
					],
				},
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
	],
});
