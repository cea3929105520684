// Types of compiled.js, for the tests that ask whether dist/ is current.
export function compiledIsCurrent(): boolean;
