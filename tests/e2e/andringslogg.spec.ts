import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect, openDemo, screenshotWholePage, screenshot } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

test('the audit log shows every change, filters, expands, exports to Excel and undoes the latest edit', async ({ page }) => {
  await openDemo(page);

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
  // The kind of change, as the badge in the Typ column says it.
  const kind = (row: number) => rows.nth(row).getByRole('cell').nth(2);
  await expect(kind(0)).toHaveText('Ändrad plan');
  await expect(rows.first()).toContainText(/månadslön/i);
  await expect(page.getByText('Tio ändringar med valda filter, nyast först.')).toBeVisible();

  // Details: before and after.
  await rows.first().getByRole('button').first().click();
  await expect(page.getByText('Före', { exact: true }).first()).toBeVisible();
  // As readable Swedish, not the stored JSON with internal ids.
  const changes = page.getByTestId('loggrad-andringar').first();
  await expect(changes.getByRole('row', { name: 'Tjänst rad 1 (Lots), månadslön 38\u00a0500\u00a0kr 40\u00a0000\u00a0kr' })).toBeVisible();
  await expect(changes).not.toContainText('monthlySalary');
  await expect(changes).not.toContainText('"id"');
  await expect(changes.getByRole('row')).toHaveCount(2);
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `test-results/andringslogg-fore-efter-${scheme}.png`);
  }
  await page.setViewportSize({ width: 640, height: 800 });
  await screenshot(page, 'test-results/andringslogg-fore-efter-640.png');
  await page.setViewportSize({ width: 1280, height: 800 });

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
  await expect(kind(0)).toHaveText('Ångrad ändring');

  // A scenario created is logged as a new scenario, not as a change of the plan, and can be undone from the log.
  await page.getByRole('link', { name: 'Scenarier' }).click();
  await page.getByRole('button', { name: 'Nytt scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
  await dialog.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Ändringslogg' }).click();
  await expect(rows).toHaveCount(12);
  await expect(kind(0)).toHaveText('Nytt scenario');
  await expect(rows.first()).toContainText('Skapade scenariot ”En lots till');
  await page.getByLabel('Typ av ändring').selectOption({ label: 'Nytt scenario' });
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Typ av ändring').selectOption({ label: 'Ändrad plan' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/månadslön/i);
  await page.getByLabel('Typ av ändring').selectOption('');
  await screenshot(page, 'test-results/andringslogg-nytt-scenario.png');
  await rows.first().getByRole('button', { name: 'Ångra' }).click();
  await expect(rows).toHaveCount(13);
  await expect(rows.first()).toContainText('Ångrade: Skapade scenariot ”En lots till');
});
