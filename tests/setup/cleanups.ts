// Vitest setup: runs the clean-ups that helper modules deferred (tests/support/cleanups.ts) after
// every test and after every test file, in every test file, also where files share one module cache.
import { afterAll, afterEach } from 'vitest';
import { runCleanups, runFileCleanups } from '../support/cleanups.ts';

afterEach(runCleanups);
afterAll(runFileCleanups);
