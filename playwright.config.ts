// End-to-end tests of the renderer in the system Chromium (never a downloaded browser), served
// by the browser host that each test starts in-process (see tests/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test';
import { CONTEXT_OPTIONS } from './tests/e2e/contextOptions.ts';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  throw new Error(
    `The E2E tests need Node 22.18 or later (for better-sqlite3 and type stripping), but this is Node ${process.versions.node}. ` +
      'Run them with `npm run test:e2e`, or put node_modules/.bin first on PATH.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Two workers by default: every test has its own browser host and database (tests/e2e/fixtures.ts),
  // so spec files run side by side. The suite is bound by Chromium's CPU (about 280–330 CPU-seconds
  // on a two-core machine since the tests of a worker share a page), but a test also waits for the
  // host and for its own timers, which the other worker fills: alone, 250 s with one worker, 202 s
  // with two before the tests of a worker shared a context and 178 s after; with the shared page
  // 150–175 s against 203 s without it, back to back on one day. In `npm test`, beside the unit
  // tests, the suite ends about a minute before them with two. LOTSPLAN_E2E_WORKERS chooses.
  workers: Number(process.env.LOTSPLAN_E2E_WORKERS ?? 2),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    ...CONTEXT_OPTIONS,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
