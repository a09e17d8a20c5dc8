/** The first version of a recipe's page: its prerequisites and its first step, with what to write next. */
export function recipePage(slug: string, title: string, step: string): string {
	return `---
title: ${JSON.stringify(title)}
# TODO: add a description: one sentence saying what the reader gets done; remove this line then.
---

import ExampleTabs from '../../../components/example-tabs.astro';
import ExpectedResponse from '../../../components/expected-response.astro';
import Prerequisites from '../../../components/prerequisites.astro';
import { Aside } from '@astrojs/starlight/components';

{/* TODO: say in a sentence or two what this recipe does and when a reader needs it; remove when written. */}

## Prerequisites

Export these variables in the shell you run the examples from:

<Prerequisites recipe="${slug}" />

<Aside title="Try it against the sandbox">

Run \`npm start\` in a clone of this site's repository: it serves the docs and a local sandbox API, and prints these lines with \`ZEN_API_BASE\` pointing at the sandbox.
Every example on this page then runs unchanged.

</Aside>

## List the targets in your plane

{/* TODO: make this the recipe's first step, or replace it with one (examples/${slug}/); remove when done. */}

List the targets in the plane.
When a plane has more targets than one page holds, \`nextCursor\` is set.

<ExampleTabs recipe="${slug}" step="${step}" />

The API answers \`200 OK\`.
A new plane has no targets yet:

<ExpectedResponse recipe="${slug}" name="${step}" />

{/* TODO: add each next step with <ExampleTabs> and <ExpectedResponse>, then a "Common errors" section with an <ExpectedResponse> for each error in recipe.json; remove when the recipe is complete. */}
`;
}
