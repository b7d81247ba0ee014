// The browser context every E2E test runs in: the config's defaults (playwright.config.ts) and the
// context the tests of a worker share (fixtures.ts), which Playwright's per-test options cannot
// reach, so both read them from here.
import type { BrowserContextOptions } from '@playwright/test';

export const CONTEXT_OPTIONS = {
  viewport: { width: 1440, height: 900 },
  locale: 'sv-SE',
  timezoneId: 'Europe/Stockholm',
  acceptDownloads: true,
  serviceWorkers: 'block',
} as const satisfies BrowserContextOptions;
