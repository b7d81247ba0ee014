import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect, openApp, screenshotWholePage } from './fixtures.ts';

test('the audit log shows every change, filters, expands, exports to Excel and undoes the latest edit', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Läs in demodata' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();

  // One edit in the staffing table.
  await page.getByRole('link', { name: 'Bemanning och budget' }).click();
  const salary = page.getByRole('textbox', { name: 'Månadslön, rad 1' });
  await salary.fill('40 000');
  await salary.press('Enter');
  await expect(page.getByTestId('summa-personalkostnad')).toHaveText('3\u00a0484\u00a0873\u00a0kr');

  await page.getByRole('link', { name: 'Ändringslogg' }).click();
  const rows = page.getByTestId('loggrad');
  // Demo: seven unit-years, the main unit's monthly statistics and the memo defaults; then the salary change.
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText('Ändring');
  await expect(rows.first()).toContainText(/månadslön/i);
  await expect(page.getByText('10 ändringar med valda filter')).toBeVisible();

  // Details: before and after.
  await rows.first().getByRole('button').first().click();
  await expect(page.getByText('Före', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('"monthlySalary": 40000').first()).toBeVisible();

  // Filter by type.
  await page.getByLabel('Typ av ändring').selectOption('demo');
  await expect(rows).toHaveCount(9);
  await page.getByLabel('Typ av ändring').selectOption('');
  await expect(rows).toHaveCount(10);
  await screenshotWholePage(page, 'test-results/andringslogg.png');

  // Export: a real .xlsx with a header and one row per change.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Excel…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^lotsplan-andringslogg-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.getWorksheet('Ändringslogg')!.rowCount).toBe(11);

  // Undo the latest change from the log.
  await rows.first().getByRole('button', { name: 'Ångra' }).click();
  await expect(rows).toHaveCount(11);
  await expect(rows.first()).toContainText('Ångrade:');
});
