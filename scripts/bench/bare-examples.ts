// The floor the harness is measured against: the example processes of `test/examples.test.ts`,
// the same files with the same variables against the same mock, started by a plain loop.
// `node scripts/bench/bare-examples.ts <concurrency> [--only <language>] [recipe…]` runs those of
// every recipe, or of the recipes named, and prints one JSON line: what ran and how it exited.
// With --only, it runs what the tests of one language run (as watch mode does after a save of one
// file): every language's walk and error runs, which those tests compare with and report beside
// theirs, and the language's own unset-variable runs.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { startMockServer } from '../../mock/server.ts';
import { languages, type LanguageId } from '../../src/recipes/languages.ts';
import { recipesUnderTest } from '../../src/recipes/recipes.ts';
import { exampleTimeoutMs } from '../../test/harness/run-example.ts';
import { definedOnly, documentedEnv, exportsFrom } from '../../test/harness/run-recipe.ts';
import { suiteRuns, type SuiteRun } from '../../test/harness/suite-runs.ts';

/** What one bare pass did: how many runs and processes, and every exit that was not the expected one. */
export interface BarePass {
	runs: number;
	processes: number;
	unexpected: string[];
}

/**
 * Runs every suite run of every recipe, or of the recipes named, `concurrency` runs at a time,
 * each against a fresh mock.
 */
export async function runBare(
	concurrency: number,
	recipes: string[] = [],
	only?: LanguageId,
): Promise<BarePass> {
	const queue = recipesUnderTest(recipes.join(','))
		.flatMap(suiteRuns)
		.filter((run) => only === undefined || run.kind !== 'unset' || run.language === only);
	const pass: BarePass = { runs: queue.length, processes: 0, unexpected: [] };
	const worker = async () => {
		for (let run = queue.shift(); run; run = queue.shift()) await runOne(run, pass);
	};

	await Promise.all(Array.from({ length: concurrency }, worker));
	return pass;
}

async function runOne({ recipe, language, calls }: SuiteRun, pass: BarePass) {
	const mock = await startMockServer();
	const { command } = languages.find((candidate) => candidate.id === language)!;

	try {
		let exported: Record<string, string> = {};
		for (const [index, call] of calls.entries()) {
			const file = call.step.files[language];
			const env = definedOnly({ ...documentedEnv(recipe, mock.url), ...exported, ...call.env });
			const { code, stdout } = await spawnExample(command, file, env);
			exported = { ...exported, ...exportsFrom(call.step, stdout) };
			pass.processes++;
			// A run's last call is the one that must fail when the call changes or unsets variables.
			const mustFail = index === calls.length - 1 && call.env !== undefined;
			if ((code === 0) === mustFail) pass.unexpected.push(`${command} ${file} exited ${code}`);
		}
	} finally {
		await mock.close();
	}
}

function spawnExample(command: string, file: string, env: Record<string, string>) {
	return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
		const child = spawn(command, [file], {
			cwd: dirname(file),
			env: { PATH: process.env.PATH ?? '', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: exampleTimeoutMs,
		});
		// Read the output as the harness does, so both sides pay for the pipes; later steps need
		// the ids that earlier ones print, as in the harness.
		const stdout: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', () => {});
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8') }));
	});
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		options: { only: { type: 'string' } },
		allowPositionals: true,
	});
	const [count, ...recipes] = positionals;
	const concurrency = Number(count);
	const only = languages.find((language) => language.id === values.only)?.id;
	if (!Number.isInteger(concurrency) || concurrency < 1) {
		console.error(`Expected a concurrency (a whole number from 1), got ${count}.`);
		process.exit(2);
	}
	if (values.only !== undefined && only === undefined) {
		console.error(
			`--only takes one of ${languages.map((l) => l.id).join(', ')}, got ${JSON.stringify(values.only)}.`,
		);
		process.exit(2);
	}
	console.log(JSON.stringify(await runBare(concurrency, recipes, only)));
}
