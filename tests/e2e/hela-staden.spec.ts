import ExcelJS from 'exceljs';
import { test, expect, openApp, openDemo, screenshotWholePage } from './fixtures.ts';
import { validExchange } from '../fixtures/exchange.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

test('Hela staden: the compilation of the city’s 2016 report, small counts hidden, exported to Excel', async ({ page }) => {
  await openDemo(page, 'Hela staden');
  await expect(page.getByRole('heading', { level: 1, name: 'Sammanställning 2020' })).toBeVisible();
  await expect(page.getByTestId('compilation-row')).toHaveCount(1);
  // Lotsar as every screen writes them: 4, not 4,0 (Stadsdel, Lotsar, …).
  await expect(page.getByTestId('compilation-row').getByRole('cell').nth(1)).toHaveText('4');

  await page.getByRole('combobox', { name: 'Sammanställningens år' }).selectOption('2016');
  await expect(page.getByRole('heading', { level: 1, name: 'Sammanställning 2016' })).toBeVisible();
  await expect(page.getByTestId('compilation-row')).toHaveCount(6);
  await expect(page.getByTestId('compilation-summary')).toHaveText(
    'År 2016 har sex stadsdelsförvaltningar redovisat Sociala insatsgrupper. 247 personer har nåtts av arbetet: 138 har varit inskrivna och 109 har berörts utan att skrivas in. Finansieringen uppgår till sammanlagt 15,7 mnkr.',
  );
  const total = page.getByTestId('compilation-total');
  await expect(total).toContainText('Hela staden');
  await expect(total).toContainText('138');
  await expect(total).toContainText('15\u00a0692\u00a0000\u00a0kr');
  await screenshotWholePage(page, 'test-results/hela-staden.png');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Excel…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('lotsplan-sammanstallning-2016.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Sammanställning 2016')!;
  expect(sheet.getRow(8).getCell(1).value).toBe('Hela staden');
  expect(sheet.getRow(8).getCell(5).value).toBe(138);
});

test.describe('on an empty database', () => {
  test.use({ startWithDemo: false });

  test('Hela staden: two women in a unit are hidden together with the men, and shown when masking is off', async ({ page, host }) => {
    await openApp(page);
    // Spånga-Tensta, SIG unga 2021: nine enrolled, seven men and two women.
    const response = await page.request.post(`${host.url}api/importExchange`, {
      headers: { 'x-lotsplan-token': host.token, 'content-type': 'application/json' },
      data: { text: JSON.stringify(validExchange()), fileName: 'spanga-tensta.json' },
    });
    expect((await response.json()).ok).toBe(true);
    await page.goto('/#/hela-staden');
    await expect(page.getByRole('heading', { level: 1, name: 'Sammanställning 2021' })).toBeVisible();
    const row = page.getByTestId('compilation-row');
    await expect(row).toHaveCount(1);
    const cells = row.getByRole('cell');
    // Stadsdel, Lotsar, Platser, Inskrivna, Män, Kvinnor, …
    await expect(cells.nth(4)).toHaveText('–');
    await expect(cells.nth(5)).toHaveText('–');
    await expect(page.getByText('– betyder att antalet är dolt')).toBeVisible();
    await expect(page.getByTestId('compilation-summary')).toContainText('Antal under tre per kön redovisas inte');
    await page.getByRole('switch', { name: 'Dölj antal under 3 per kön' }).uncheck();
    await expect(cells.nth(4)).toHaveText('7');
    await expect(cells.nth(5)).toHaveText('2');
    await expect(page.getByText('– betyder att antalet är dolt')).toHaveCount(0);
  });
});
