// The context and the page the tests of a worker share (fixtures.ts): the second test starts where
// the first left nothing behind (no cookie of the earlier host, no local storage, no emulated media,
// route or listener), yet the scripts the first test loaded come from the cache it filled, in the
// same page. The two run in order in one worker (serial).
import type { Page } from '@playwright/test';
import { test, expect, openDemo } from './fixtures.ts';

test.use({ startWithDemo: true });
test.describe.configure({ mode: 'serial' });

/** The app's scripts the page has loaded, each with the bytes that came over the network (0 from the cache). Strings, because this file is type-checked without the DOM library. */
const SCRIPTS = `performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => [new URL(e.name).pathname, e.transferSize])`;

let loadedByFirst: string[] = [];
let firstPage: Page | null = null;
/** Messages the first test's listener saw, also after the first test. */
const heardByFirst: string[] = [];

test('the first test leaves a colour scheme, a stored value, its session, media, a route and a listener behind', async ({ page, context }) => {
  firstPage = page;
  page.on('console', (message) => heardByFirst.push(message.text()));
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  // A route the second test would notice: the help page's script never loads.
  await page.route(/\/assets\/HelpPage-[\w-]+\.js$/, (route) => route.abort());
  await openDemo(page);
  await page.getByRole('button', { name: 'Byt till mörkt läge' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.evaluate(`localStorage.setItem('lotsplan-prov', 'kvar')`);
  expect(await page.evaluate(`localStorage.length`)).toBeGreaterThanOrEqual(2);
  expect(await context.cookies()).toHaveLength(1);
  loadedByFirst = ((await page.evaluate(SCRIPTS)) as [string, number][]).map(([name]) => name);
  expect(loadedByFirst.length).toBeGreaterThan(0);
});

test('the next test starts without them, and with the scripts the first loaded from the cache', async ({ page, context }) => {
  // Only this test's own session cookie, from its own one-time address.
  expect(await context.cookies()).toHaveLength(1);
  await openDemo(page);
  expect(page, 'the same page, so the same renderer process').toBe(firstPage);
  expect(await page.evaluate(`localStorage.getItem('lotsplan-prov')`)).toBeNull();
  expect(await page.evaluate(`matchMedia('(prefers-reduced-motion: reduce)').matches || matchMedia('(forced-colors: active)').matches`)).toBe(false);
  await page.evaluate(`console.log('andra testet')`);
  expect(heardByFirst).not.toContain('andra testet');
  expect(await page.evaluate(`localStorage.getItem('lotsplan-fargschema')`)).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  const fetchedAgain = ((await page.evaluate(SCRIPTS)) as [string, number][]).filter(([name, bytes]) => loadedByFirst.includes(name) && bytes > 0);
  expect(fetchedAgain).toEqual([]);
  // The first test's route is gone: the help page's script (which the first test could not load) loads.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Hjälp', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hjälp och kortkommandon' })).toBeVisible();
});
