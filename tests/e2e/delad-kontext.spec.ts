// The context the tests of a worker share (fixtures.ts): the second test starts where the first
// left nothing behind (no cookie of the earlier host, no local storage), yet the scripts the first
// test loaded come from the cache it filled. The two run in order in one worker (serial).
import { test, expect, openDemo } from './fixtures.ts';

test.use({ startWithDemo: true });
test.describe.configure({ mode: 'serial' });

/** The app's scripts the page has loaded, each with the bytes that came over the network (0 from the cache). Strings, because this file is type-checked without the DOM library. */
const SCRIPTS = `performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => [new URL(e.name).pathname, e.transferSize])`;

let loadedByFirst: string[] = [];

test('the first test leaves a colour scheme, a stored value and its session behind', async ({ page, context }) => {
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
  expect(await page.evaluate(`localStorage.getItem('lotsplan-prov')`)).toBeNull();
  expect(await page.evaluate(`localStorage.getItem('lotsplan-fargschema')`)).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  const fetchedAgain = ((await page.evaluate(SCRIPTS)) as [string, number][]).filter(([name, bytes]) => loadedByFirst.includes(name) && bytes > 0);
  expect(fetchedAgain).toEqual([]);
});
