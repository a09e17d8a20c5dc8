/** The next line a child process prints, or an error naming `who` and the limit when none comes in time. */
export async function nextLine(lines: AsyncIterator<string>, timeoutMs: number, who: string) {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(`${who} printed nothing within ${timeoutMs} ms.`)),
			timeoutMs,
		);
	});
	try {
		const line = await Promise.race([lines.next(), timeout]);
		if (line.done) throw new Error(`${who} exited before printing the line expected.`);
		return line.value.trim();
	} finally {
		clearTimeout(timer);
	}
}
