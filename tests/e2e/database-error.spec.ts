import { readFile } from 'node:fs/promises';
import { test, expect, openApp, screenshotWholePage } from './fixtures.ts';

const NOT_A_DATABASE = 'Budget 2020;Lokaler;250000\n'.repeat(100);

test.use({ initialDatabase: NOT_A_DATABASE });

test('a refused database file gets a calm full-page explanation and is left unchanged', async ({ page, host }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Databasen kunde inte öppnas' })).toBeVisible();
  await expect(page.getByTestId('database-error-message')).toContainText(host.dbPath);
  await expect(page.getByText('Filen har inte ändrats.', { exact: false })).toBeVisible();
  // No navigation or selectors: nothing else can work without the database.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Stadsdel' })).toHaveCount(0);

  // Trying again asks the host again and still finds the file refused.
  const retried = page.waitForRequest((r) => r.url().endsWith('/api/listCatalog'));
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await retried;
  await expect(page.getByRole('heading', { level: 1, name: 'Databasen kunde inte öppnas' })).toBeVisible();

  expect(await readFile(host.dbPath, 'utf8')).toBe(NOT_A_DATABASE);
  await screenshotWholePage(page, 'test-results/databasfel.png');
});
