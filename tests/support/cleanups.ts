// Clean-ups that helper modules defer: to the end of the current test (closing stores, removing
// temp folders) or to the end of the test file (a folder or a LibreOffice profile that the tests
// of a file share). A helper module is evaluated once per worker when the project shares its
// module cache between files (isolate: false in vitest.config.ts, every project but the crash
// tests), so an afterEach or afterAll at a helper's top level would be registered for the first
// test file only; tests/setup/cleanups.ts, which Vitest runs again before every test file,
// registers the hooks that run them.
const afterTest: (() => unknown)[] = [];
const afterFile: (() => unknown)[] = [];

/** Runs `fn` after the current test (or, when called outside a test, after the file's next test). */
export function deferCleanup(fn: () => unknown): void {
  afterTest.push(fn);
}

/** Runs `fn` after the current test file, when its last test and its own afterAll hooks have run. */
export function deferFileCleanup(fn: () => unknown): void {
  afterFile.push(fn);
}

async function runNewestFirst(pending: (() => unknown)[]): Promise<void> {
  for (const fn of pending.splice(0).reverse()) await fn();
}

/** Runs the clean-ups deferred to the end of the test, the newest first (a store is closed before its folder is removed). */
export function runCleanups(): Promise<void> {
  return runNewestFirst(afterTest);
}

/** Runs the clean-ups deferred to the end of the file, the newest first. */
export function runFileCleanups(): Promise<void> {
  return runNewestFirst(afterFile);
}
