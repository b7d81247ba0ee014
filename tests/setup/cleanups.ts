// Vitest setup: runs the clean-ups that helper modules deferred (tests/support/cleanups.ts) after
// every test, in every test file, also where files share one module cache.
import { afterEach } from 'vitest';
import { runCleanups } from '../support/cleanups.ts';

afterEach(runCleanups);
