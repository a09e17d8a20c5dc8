// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLlmsTxt from 'starlight-llms-txt';
import { llmsTxtBlankLines } from './src/integrations/llms-txt-blank-lines.ts';

export default defineConfig({
	// Also the base of the absolute links in llms.txt.
	site: 'https://docs.zen-mesh.io',
	integrations: [
		starlight({
			title: 'Zen Mesh Recipes',
			description:
				'Task-sized Zen Mesh API recipes in curl, Python and JavaScript, each run against the API mock on every change.',
			plugins: [
				starlightLlmsTxt({
					details:
						'Every code sample is a complete file that reads its configuration from `ZEN_*` environment variables and is run against a mock of the Zen Mesh API on every change. In API paths a target is a `destination` and a plane is a `cluster`.',
				}),
			],
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', link: '/' },
						{ label: 'How these docs are tested', slug: 'how-these-docs-are-tested' },
					],
				},
				// Every page in src/content/docs/recipes/ is listed, so a new recipe needs no edit here.
				{ label: 'Recipes', items: [{ autogenerate: { directory: 'recipes' } }] },
			],
		}),
		llmsTxtBlankLines(),
	],
});
