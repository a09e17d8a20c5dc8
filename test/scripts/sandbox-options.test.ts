import { describe, expect, test } from 'vitest';
import { parseSandboxOptions } from '../../scripts/sandbox-options.ts';

describe('parseSandboxOptions', () => {
	test.for([
		[[], { host: '127.0.0.1', port: 4010 }],
		[['--port', '0'], { host: '127.0.0.1', port: 0 }],
		[['--host', 'localhost'], { host: '127.0.0.1', port: 4010 }],
		[['--host', '127.0.0.2', '--port', '65535'], { host: '127.0.0.2', port: 65535 }],
		[['--host', '::1'], { host: '::1', port: 4010 }],
	] as const)('reads %j as %j', ([args, options]) => {
		expect(parseSandboxOptions([...args])).toEqual(options);
	});

	test.for([
		[['--host', '::'], '--host must be a loopback address'],
		[['--host', 'example.com'], '--host must be a loopback address'],
		[['--port', ''], '--port must be a whole number from 0 to 65535, got "".'],
		[['--port=-1'], '--port must be a whole number from 0 to 65535, got "-1".'],
		[['--port', '-1'], "Option '--port' argument is ambiguous. Usage: npm run sandbox --"],
		[['--port', '1e3'], '--port must be a whole number from 0 to 65535, got "1e3".'],
		[['4010'], "Unexpected argument '4010'. Usage: npm run sandbox --"],
	] as const)('refuses %j', ([args, message]) => {
		expect(() => parseSandboxOptions([...args])).toThrow(message);
	});
});
