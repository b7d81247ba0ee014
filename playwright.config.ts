// End-to-end tests of the renderer in the system Chromium (never a downloaded browser), served
// by the browser host that each test starts in-process (see tests/e2e/fixtures.ts).
import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CONTEXT_OPTIONS } from './tests/e2e/contextOptions.ts';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  throw new Error(
    `The E2E tests need Node 22.18 or later (for better-sqlite3 and type stripping), but this is Node ${process.versions.node}. ` +
      'Run them with `npm run test:e2e`, or put node_modules/.bin first on PATH.',
  );
}

// The browser: CHROMIUM_PATH when set, else Debian's chromium-headless-shell when installed (as
// .ci/run does), else Debian's full chromium. The shell is the same Chromium release without the
// windowing half of the browser, which Playwright itself runs headless tests in: the whole suite
// took about 360 CPU-seconds in it against about 430 in the full browser (its browser process 25
// against 56), and `npm test` 388 s against 472 s on one day. The hosts print PDFs with the full
// chromium as before (src/hosts/shared/chromiumPdf.ts); only the browser that drives the app differs.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

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
  // No retries by default, so a flaky test shows; `npm test` gives one beside the unit tests (scripts/test.ts).
  retries: Number(process.env.LOTSPLAN_E2E_RETRIES ?? 0),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    ...CONTEXT_OPTIONS,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
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
