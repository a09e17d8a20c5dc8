import { diffLines } from 'diff';
import { languages } from '../../src/recipes/languages.ts';
import { sentRequest } from './requests.ts';
import { exampleTimeoutMs } from './run-example.ts';
import type { StepResult } from './run-recipe.ts';

/**
 * A failed step in one block: the file, the command and its variables, the exit, the output, the
 * mock's answers, and a diff of the requests it sent against those the other languages sent for
 * the same step (`others`).
 */
export function describeResult(result: StepResult, others: StepResult[] = []): string {
	const { run, exchanges } = result;
	const exit = run.timedOut ? `timed out after ${exampleTimeoutMs} ms` : `exited ${run.exitCode}`;
	const answers = exchanges.map((e) => `${e.method} ${e.path} -> ${e.status}\n${e.responseBody}`);
	const variables = Object.entries(run.env).map(([name, value]) => `${name}=${value}`);

	return [
		`${run.file} ${exit}`,
		section(`command, run from ${run.dir}`, run.command),
		section('variables (and PATH)', variables.join('\n')),
		section('stdout', run.stdout),
		section('stderr', run.stderr),
		section('responses from the mock', answers.join('\n') || '(no request reached the mock)'),
		...requestDiffs(result, others),
	].join('\n');
}

/** The requests' diff with each different set the other languages sent, or a line saying they agree. */
function requestDiffs(result: StepResult, others: StepResult[]): string[] {
	const own = requestsText(result);
	const groups = new Map<string, string[]>();
	for (const other of others) {
		const text = requestsText(other);
		groups.set(text, [...(groups.get(text) ?? []), label(other)]);
	}

	return [...groups].map(([text, labels]) => {
		const theirs = labels.join(' and ');
		return text === own
			? `--- requests sent: the same as those of ${theirs}`
			: section(
					`requests sent, diffed with those of ${theirs} (- ${theirs}, + ${label(result)})`,
					lineDiff(text, own),
				);
	});
}

function requestsText(result: StepResult) {
	return `${JSON.stringify(result.exchanges.map(sentRequest), null, 2)}\n`;
}

function lineDiff(before: string, after: string) {
	return diffLines(before, after)
		.flatMap((part) => {
			const marker = part.added ? '+' : part.removed ? '-' : ' ';
			return part.value
				.replace(/\n$/, '')
				.split('\n')
				.map((line) => `${marker} ${line}`);
		})
		.join('\n');
}

function label(result: StepResult) {
	return languages.find((language) => language.id === result.language)!.label;
}

function section(title: string, text: string) {
	return `--- ${title}\n${text.trimEnd() || '(empty)'}`;
}
