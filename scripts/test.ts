// `npm test`: lint, type check, build, every test and the browser tests; `npm test -- create-target` runs one recipe's examples.
import { rmSync } from 'node:fs';
import { execa } from 'execa';
import { junitReportPaths, planTestRun, type TestPlan, type TestStep } from './test-plan.ts';

const ci = Boolean(process.env.CI);
const plan = readPlan(process.argv.slice(2));

// A report left by an earlier run must not be read as this run's.
if (ci) for (const report of junitReportPaths) rmSync(report, { force: true });
if (plan.notice) console.log(`${plan.notice}\n`);

for (const step of plan.steps) {
	const exitCode = await run(step);
	if (exitCode !== 0) process.exit(exitCode);
}
if (plan.notice) console.log(`\n${plan.notice}`);

function readPlan(args: string[]): TestPlan {
	try {
		return planTestRun(args, { ci });
	} catch (error) {
		console.error(`npm test: ${(error as Error).message}`);
		process.exit(2);
	}
}

async function run({ command, timeoutMs, env }: TestStep) {
	const [file, ...args] = command;
	const result = await execa(file, args, {
		env: withoutUndefined({ ...process.env, ...env }),
		extendEnv: false,
		preferLocal: true,
		stdio: 'inherit',
		reject: false,
		timeout: timeoutMs,
	});

	if (result.timedOut) {
		console.error(
			`\n\`${command.join(' ')}\` ran longer than ${timeoutMs / 1000} s and was stopped.`,
		);
		return 1;
	}
	return result.exitCode ?? 1;
}

function withoutUndefined(env: Record<string, string | undefined>) {
	return Object.fromEntries(
		Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
}
