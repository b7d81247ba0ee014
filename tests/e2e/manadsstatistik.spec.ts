import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect, openDemo, screenshotWholePage } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

test('Månadsstatistik: the estimate, a month added, refused, changed and removed, and the estimate used on Prognos', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page, 'Månadsstatistik');
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna' })).toBeVisible();

  // The demo's twelve example months: λ = 27/12 = 2,25 and L = 26,25 ÷ (26/12) ≈ 12,1 months.
  const card = page.getByTestId('estimate-card');
  await expect(card.getByTestId('estimate-arrivals-value')).toHaveText('2,25');
  await expect(card.getByTestId('estimate-stay-value')).toHaveText('12,1 mån');
  await expect(card.getByTestId('estimate-sentence')).toContainText(
    'Skattat från de tolv senaste månaderna (januari–december 2020): 2,25 anmälningar per månad',
  );
  const rows = page.getByTestId('statistics-row');
  await expect(rows).toHaveCount(12);
  await expect(page.getByTestId('statistics-notes')).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Diagram: avslut efter vistelsetid' })).toBeVisible();
  await expect(page.getByText('26 avslut under tolv månader.', { exact: false })).toBeVisible();
  await screenshotWholePage(page, 'test-results/manadsstatistik.png');

  // A month that does not read is refused at its field, and nothing is saved.
  await page.getByRole('button', { name: 'Lägg till månad' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till månad' });
  await expect(dialog.getByRole('combobox', { name: 'Månad' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'År' })).toHaveValue('2021');
  await expect(dialog.getByRole('textbox', { name: 'Inskrivna vid månadens slut' })).toHaveValue('27');
  await dialog.getByRole('textbox', { name: 'Anmälningar' }).fill('4');
  await dialog.getByRole('textbox', { name: 'Nya inskrivningar' }).fill('4');
  await dialog.getByRole('textbox', { name: 'Avslut' }).fill('två');
  await dialog.getByRole('button', { name: 'Spara månaden' }).click();
  await expect(dialog).toContainText('”två” är inte ett tal.');
  await expect(rows).toHaveCount(12);
  // The stays must add up to the discharges.
  await dialog.getByRole('textbox', { name: 'Avslut' }).fill('1');
  await dialog.getByRole('textbox', { name: '0–3 mån' }).fill('2');
  await dialog.getByRole('button', { name: 'Spara månaden' }).click();
  await expect(dialog.getByTestId('band-sum')).toHaveText('Summan av avsluten efter vistelsetid (2) ska vara lika med antalet avslut (1).');
  await screenshotWholePage(page, 'test-results/manadsstatistik-ny-manad.png');
  await dialog.getByRole('textbox', { name: '0–3 mån' }).fill('1');
  await dialog.getByRole('button', { name: 'Spara månaden' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(13);
  await expect(rows.first()).toContainText('januari 2021');
  // 27 + 4 − 1 = 30, but 27 was carried over: the page says so.
  await expect(page.getByTestId('statistics-notes')).toContainText(
    'I januari 2021 borde 30 vara inskrivna vid månadens slut (27 + 4 nya − 1 avslut), men 27 är registrerade.',
  );

  // A month that is already there is not added again (it is changed with "Ändra").
  await page.getByRole('button', { name: 'Lägg till månad' }).click();
  const again = page.getByRole('dialog', { name: 'Lägg till månad' });
  await again.getByRole('combobox', { name: 'Månad' }).selectOption('1');
  await again.getByRole('combobox', { name: 'År' }).selectOption('2021');
  await again.getByRole('textbox', { name: 'Nya inskrivningar' }).fill('0');
  await again.getByRole('textbox', { name: 'Avslut' }).fill('0');
  await again.getByRole('textbox', { name: '0–3 mån' }).fill('0');
  await again.getByRole('button', { name: 'Spara månaden' }).click();
  await expect(again).toContainText('Det finns redan statistik för januari 2021. Ändra den månaden i tabellen i stället.');
  await again.getByRole('button', { name: 'Avbryt' }).click();
  await expect(rows).toHaveCount(13);

  // Changed: the note goes away.
  await page.getByRole('button', { name: 'Ändra januari 2021' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra januari 2021' });
  await edit.getByRole('textbox', { name: 'Inskrivna vid månadens slut' }).fill('30');
  await edit.getByRole('button', { name: 'Spara månaden' }).click();
  await expect(edit).toHaveCount(0);
  await expect(page.getByTestId('statistics-notes')).toHaveCount(0);
  await expect(rows.first()).toContainText('30');

  // The forecast starts from the latest month of the statistics: today's state.
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Prognos' }).click();
  await expect(
    page.getByText(
      'Startläge enligt månadsstatistiken för januari 2021: 30 inskrivna och ingen kö (kön är inte räknad den månaden, så planens kö används). Prognosen börjar i februari 2021.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Inskrivna vid start', exact: true })).toHaveValue('30');
  await nav.getByRole('link', { name: 'Månadsstatistik' }).click();

  // Removed after a confirmation.
  await page.getByRole('button', { name: 'Ta bort januari 2021' }).click();
  await page.getByRole('dialog', { name: 'Ta bort månad' }).getByRole('button', { name: 'Ta bort' }).click();
  await expect(rows).toHaveCount(12);

  // The audit log has each change.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ändringslogg' }).click();
  await expect(page.getByText('Tog bort månadsstatistik för januari 2021, SIG vuxna (Rinkeby-Kista).')).toBeVisible();

  // On Prognos the estimate is beside the inputs and can be put into them.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Prognos' }).click();
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Anmälningar per månad').fill('4');
  await field('Genomsnittlig vistelsetid').fill('20');
  const note = page.getByTestId('history-estimate');
  await expect(note).toContainText('2,25 anmälningar per månad (troligen mellan');
  await expect(
    page.getByText('Startläge enligt månadsstatistiken för december 2020: 27 inskrivna och ingen kö. Prognosen börjar i januari 2021.'),
  ).toBeVisible();
  await note.getByRole('button', { name: 'Använd skattningen' }).click();
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');
  await expect(field('Genomsnittlig vistelsetid')).toHaveValue('12,1');

  // "Historik": the unit's own stays, simulated.
  await page.getByText('Historik', { exact: true }).click();
  await expect(page.getByTestId('distribution-description')).toContainText('Historiken: 26 avslut under tolv månader.');
  await expect(page.getByTestId('forecast-status')).toContainText('Simulering, 10 000 körningar');
  await screenshotWholePage(page, 'test-results/prognos-historik.png');
  expect(errors).toEqual([]);
});

test('Månadsstatistik: exported to Excel as a template, a refused CSV named by row and column, a good CSV and a JSON file read in', async ({ page }) => {
  await openDemo(page, 'Månadsstatistik');
  const rows = page.getByTestId('statistics-row');
  await expect(rows).toHaveCount(12);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera till Excel…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('lotsplan-manadsstatistik-rinkeby-kista-sig-vuxna.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Månadsstatistik')!;
  expect(sheet.rowCount).toBe(13);
  expect(sheet.getRow(13).getCell(1).value).toBe('2020-12');

  // A CSV as Swedish Excel saves it, with one bad cell: refused whole, the row and column named.
  const input = page.getByTestId('statistics-file-input');
  const header = 'Månad;Anmälningar;Nya inskrivningar;Avslut;Inskrivna vid månadens slut;I kö vid månadens slut';
  await input.setInputFiles({
    name: 'januari-februari.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\r\n2021-01;3;3;2;28;0\r\n2021-02;2;två;1;29;0\r\n`, 'latin1'),
  });
  const refusal = page.getByTestId('statistics-import-error');
  await expect(refusal).toContainText('Filen januari-februari.csv kunde inte läsas in. Ingenting har ändrats.');
  await expect(refusal).toContainText('Rad 3, kolumn C (Nya inskrivningar): ska vara ett antal, men är ”två”.');
  await expect(rows).toHaveCount(12);
  await screenshotWholePage(page, 'test-results/manadsstatistik-inlasning-vagrad.png');

  await input.setInputFiles({
    name: 'januari-februari.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\r\n2021-01;3;3;2;28;0\r\n2021-02;2;2;1;29;0\r\n`, 'latin1'),
  });
  await expect(refusal).toHaveCount(0);
  await expect(rows).toHaveCount(14);
  await expect(rows.first()).toContainText('februari 2021');
  await expect(page.getByText('Läste in månadsstatistik för två månader (januari–februari 2021) från januari-februari.csv')).toBeVisible();
  expect(fs.existsSync(await download.path())).toBe(true);

  // The import is the newest change: it can be undone from the audit log.
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Ändringslogg' }).click();
  const newest = page.getByTestId('loggrad').first();
  await expect(newest).toContainText('Läste in månadsstatistik för två månader');
  await newest.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByTestId('loggrad').first()).toContainText('Ångrade: Läste in månadsstatistik för två månader');
  await nav.getByRole('link', { name: 'Månadsstatistik' }).click();
  await expect(rows).toHaveCount(12);

  // A JSON file of months goes through the same button and the same rules.
  await expect(input).toHaveAttribute('accept', /\.json/);
  const march = { month: '2021-03', referrals: 2, newEnrolments: 2, discharges: 1, enrolledAtMonthEnd: 27, queueAtMonthEnd: 0 };
  await input.setInputFiles({ name: 'mars.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ months: [march] })) });
  await expect(rows).toHaveCount(13);
  await expect(page.getByText('Läste in månadsstatistik för mars 2021 från mars.json')).toBeVisible();
});

test('Lägg till månad: Esc closes an untouched form at once, and asks before typed values are thrown away', async ({ page }) => {
  await openDemo(page, 'Månadsstatistik');
  const dialog = page.getByRole('dialog', { name: 'Lägg till månad' });
  await page.getByRole('button', { name: 'Lägg till månad' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Lägg till månad' }).click();
  await dialog.getByLabel(/Nya inskrivningar/).fill('5');
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toContainText('Stäng utan att spara månaden?');
  // Continuing keeps what was typed.
  await expect(dialog.getByRole('button', { name: 'Fortsätt fylla i' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Fortsätt fylla i' }).click();
  await expect(dialog.getByLabel(/Nya inskrivningar/)).toHaveValue('5');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Stäng utan att spara' }).click();
  await expect(dialog).toHaveCount(0);
});
