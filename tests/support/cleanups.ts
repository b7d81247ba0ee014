// Clean-ups that helper modules defer to the end of the current test: closing stores, removing
// temp folders. A helper module is evaluated once per worker when the project shares its module
// cache between files (isolate: false in vitest.config.ts), so an afterEach at a helper's top level
// would be registered for the first test file only; tests/setup/cleanups.ts, which Vitest runs
// again before every test file, registers the one afterEach that runs them.
const pending: (() => unknown)[] = [];

/** Runs `fn` after the current test (or, when called outside a test, after the file's next test). */
export function deferCleanup(fn: () => unknown): void {
  pending.push(fn);
}

/** Runs the deferred clean-ups, the newest first (a store is closed before its folder is removed). */
export async function runCleanups(): Promise<void> {
  for (const fn of pending.splice(0).reverse()) await fn();
}
