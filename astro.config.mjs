// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://docs.zen-mesh.io',
	integrations: [
		starlight({
			title: 'Zen Mesh Recipes',
			description:
				'Task-sized Zen Mesh API recipes in curl, Python and JavaScript, each run against the API mock on every change.',
			sidebar: [
				{ label: 'Start here', items: [{ label: 'Overview', link: '/' }] },
				{ label: 'Recipes', items: [{ label: 'Create a Target', slug: 'recipes/create-target' }] },
			],
		}),
	],
});
