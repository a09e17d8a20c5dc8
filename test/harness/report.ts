import type { StepResult } from './run-recipe.ts';

/** A failed run in one block: the command, its exit, its output and the answers it got. */
export function describeResult({ run, exchanges }: StepResult): string {
	const exit = run.timedOut ? 'timed out' : `exited ${run.exitCode}`;
	const answers = exchanges.map((e) => `${e.method} ${e.path} -> ${e.status}\n${e.responseBody}`);

	return [
		`${run.command} ${exit}`,
		section('stdout', run.stdout),
		section('stderr', run.stderr),
		section('responses from the mock', answers.join('\n') || '(no request reached the mock)'),
	].join('\n');
}

function section(title: string, text: string) {
	return `--- ${title}\n${text.trimEnd() || '(empty)'}`;
}
