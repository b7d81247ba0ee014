// End-to-end tests of the renderer in the system Chromium (never a downloaded browser), served
// by the browser host that each test starts in-process (see tests/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test';

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
  // One worker by default: every test has its own browser host and database (tests/e2e/fixtures.ts),
  // so spec files could run side by side. On a two-core machine two workers are faster alone (295 s
  // against 364 s), but `npm test` runs the suite beside the unit tests, which already keep both
  // cores busy: there two workers were no faster (417 s) and a memo export never got its download.
  // LOTSPLAN_E2E_WORKERS=2 tries it.
  workers: Number(process.env.LOTSPLAN_E2E_WORKERS ?? 1),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
    serviceWorkers: 'block',
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
