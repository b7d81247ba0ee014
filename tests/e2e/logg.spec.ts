// The local log from the user's side: ”Rapportera ett problem” shows the log's lines, which say
// that the database was opened, with the path written relative to the data folder.
import { test, expect, openApp, screenshot } from './fixtures.ts';

test('the problem-report card shows the log, with the database opening and no full paths', async ({ page, host }) => {
  await openApp(page, '#/databasen');
  const card = page.getByTestId('problem-report-card');
  await expect(card.getByRole('heading', { name: 'Rapportera ett problem' })).toBeVisible();
  await card.getByRole('button', { name: 'Visa loggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Loggen' });
  await expect(dialog).toBeVisible();
  const text = dialog.getByTestId('log-text');
  await expect(text).toContainText('INFO  webb db-open dbFile=<datamapp>/lotsplan.sqlite');
  // The folder of the database (the test's temporary folder) is never written out, not even in hidden text.
  expect(await text.textContent()).not.toContain(host.dbPath);
  await expect(dialog.getByRole('region', { name: 'Loggens rader' })).toBeVisible();
  await screenshot(page, 'test-results/logg-light.png');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
