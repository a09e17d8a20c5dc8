/** The languages every recipe step is shown and tested in, in tab order. */
export const languages = [
	{ id: 'curl', label: 'curl', extension: 'sh', highlight: 'bash', command: 'bash' },
	{ id: 'python', label: 'Python', extension: 'py', highlight: 'python', command: 'python3' },
	{ id: 'javascript', label: 'JavaScript', extension: 'mjs', highlight: 'js', command: 'node' },
] as const;

export type Language = (typeof languages)[number];
export type LanguageId = Language['id'];
