import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { axeViolations } from './axe.ts';
import { test, expect, openApp, openDemo, screenshotWholePage, screenshot } from './fixtures.ts';
import type { SpoilableJson } from '../fixtures/exchange.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const demoFile = path.resolve(import.meta.dirname, '../../resources/demo/rinkeby-kista-sig-vuxna-2020.json');

async function exchangeFile(dir: string, name: string, change: (file: SpoilableJson) => void): Promise<string> {
  const file = JSON.parse(await readFile(demoFile, 'utf8')) as SpoilableJson;
  change(file);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, name);
  await writeFile(target, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  return target;
}

test('a valid exchange file is imported and its unit can be chosen', async ({ page }, testInfo) => {
  const valid = await exchangeFile(testInfo.outputDir, 'spanga-tensta.json', (f) => {
    f.district = 'Spånga-Tensta';
    f.unit = 'SIG unga';
    f.year = 2021;
    f.ageFrom = 13;
    f.ageTo = 18;
  });
  await openDemo(page);

  await page.getByRole('link', { name: 'Importera och exportera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera och exportera' })).toBeVisible();
  await page.getByTestId('import-file-input').setInputFiles(valid);

  await expect(page.getByTestId('import-success')).toHaveText('Spånga-Tensta, SIG unga 2021 har lästs in.');
  await expect(page.getByRole('combobox', { name: 'Stadsdel', exact: true })).toHaveValue('Spånga-Tensta');
  await expect(page.getByRole('combobox', { name: 'Enhet', exact: true })).toHaveValue('SIG unga');
  await expect(page.getByRole('combobox', { name: 'År', exact: true })).toHaveValue('2021');

  // Both districts are now in the selector (among the demo's others).
  await expect(page.getByRole('combobox', { name: 'Stadsdel', exact: true }).getByRole('option')).toContainText(['Rinkeby-Kista', 'Spånga-Tensta']);

  // A changed file for the same unit and year asks first and shows what will change.
  const changed = await exchangeFile(testInfo.outputDir, 'spanga-tensta-ny.json', (f) => {
    f.district = 'Spånga-Tensta';
    f.unit = 'SIG unga';
    f.year = 2021;
    f.ageFrom = 13;
    f.ageTo = 18;
    f.staff[0].monthlySalary = 40000;
  });
  await page.getByTestId('import-file-input').setInputFiles(changed);
  const dialog = page.getByRole('dialog', { name: 'Ersätta planen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('import-preview')).toContainText(
    'Spånga-Tensta, SIG unga 2021 finns redan i databasen och ersätts helt av filens plan. En tjänst ändras; två värden ändras bland nyckeltalen och inställningarna.',
  );
  await expect(dialog.getByRole('listitem')).toHaveText(['Ändras: Lots: månadslön 38\u00a0500\u00a0kr → 40\u00a0000\u00a0kr.']);
  await expect(dialog.getByRole('row', { name: /Total kostnad/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `axe on the import question (${scheme})`).toEqual([]);
    await screenshot(page, testInfo.outputPath(`import-fraga-${scheme}.png`));
  }
  await page.setViewportSize({ width: 640, height: 800 });
  await screenshot(page, testInfo.outputPath('import-fraga-640.png'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  // Avbryt leaves the plan as it was.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-success')).toHaveCount(0);
  // Ersätt planen replaces it, and says so.
  await page.getByTestId('import-file-input').setInputFiles(changed);
  await dialog.getByRole('button', { name: 'Ersätt planen' }).click();
  await expect(page.getByTestId('import-success')).toHaveText('Spånga-Tensta, SIG unga 2021 har ersatts.');

  // The overview shows the imported unit, without the example-values warning.
  await page.getByRole('link', { name: 'Översikt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spånga-Tensta, SIG unga 2021' })).toBeVisible();
  await expect(page.getByText('Målgrupp 13–18 år', { exact: false })).toBeVisible();
  await expect(page.getByTestId('example-values-alert')).toHaveCount(0);
});

test('a district near one in the database is read in as a new district only when the user chooses so', async ({ page }, testInfo) => {
  const misspelt = await exchangeFile(testInfo.outputDir, 'rinkby-kista.json', (f) => {
    f.district = 'Rinkby-Kista';
  });
  await openDemo(page);
  await page.getByRole('link', { name: 'Importera och exportera' }).click();
  const districts = page.getByRole('combobox', { name: 'Stadsdel', exact: true });
  const districtsBefore = await districts.getByRole('option').allTextContents();

  // Refused as a likely misspelling of Rinkeby-Kista: the question, with Avbryt as the safe default.
  await page.getByTestId('import-file-input').setInputFiles(misspelt);
  const dialog = page.getByRole('dialog', { name: 'Ny stadsdel eller felstavning?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('near-district-question')).toContainText(
    'Stadsdelen ”Rinkby-Kista” i filen finns inte i databasen, men namnet liknar ”Rinkeby-Kista”, som redan finns. Ingenting har ändrats i databasen.',
  );
  await expect(dialog).toContainText('Är ”Rinkby-Kista” en ny stadsdel kan filen läsas in och stadsdelen läggas till som ny.');
  await expect(dialog).toContainText('Från filen rinkby-kista.json');
  // The desktop offers the choice itself: no word of the command line's flag.
  await expect(dialog).not.toContainText('--new-district');
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `axe on the new-district question (${scheme})`).toEqual([]);
    await screenshot(page, testInfo.outputPath(`ny-stadsdel-fraga-${scheme}.png`));
  }
  await page.setViewportSize({ width: 640, height: 800 });
  await screenshot(page, testInfo.outputPath('ny-stadsdel-fraga-640.png'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });

  // Avbryt reads nothing in: no district added, no success, no error left behind.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-success')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Filen lästes inte in' })).toHaveCount(0);
  await expect(districts.getByRole('option')).toHaveText(districtsBefore);

  // Läs in som ny stadsdel reads the same file in with its district as a new one.
  await page.getByTestId('import-file-input').setInputFiles(misspelt);
  await dialog.getByRole('button', { name: 'Läs in som ny stadsdel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-success')).toHaveText('Rinkby-Kista, SIG vuxna 2020 har lästs in.');
  await expect(districts).toHaveValue('Rinkby-Kista');
  await expect(districts.getByRole('option')).toHaveText([...districtsBefore, 'Rinkby-Kista'].sort((a, b) => a.localeCompare(b, 'sv')));
  await screenshot(page, testInfo.outputPath('ny-stadsdel-inlast.png'));
});

test.describe('on an empty database', () => {
  test.use({ startWithDemo: false });

  test('a malformed exchange file is refused with the field named', async ({ page }, testInfo) => {
    const malformed = await exchangeFile(testInfo.outputDir, 'fel-sysselsattningsgrad.json', (f) => {
      f.staff[0].fte = 1.5;
    });
    await openApp(page, '#/importera-exportera');
    await page.getByTestId('import-file-input').setInputFiles(malformed);

    const alert = page.getByRole('alert').filter({ hasText: 'Filen lästes inte in' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Filen fel-sysselsattningsgrad.json kunde inte läsas in. Ingenting har ändrats i databasen.');
    await expect(alert.getByTestId('error-details')).toContainText('Tjänst 1, sysselsättningsgrad: får vara högst 1,0 (heltid)');
    await screenshotWholePage(page, 'test-results/import-fel.png');

    // Nothing was written: the database is still empty.
    await page.getByRole('link', { name: 'Översikt' }).click();
    await expect(page.getByRole('heading', { name: 'Välkommen till Lotsplan' })).toBeVisible();
  });
});

test('the chosen plan is exported as a download', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: 'Importera och exportera' }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera…' }).click()]);
  expect(download.suggestedFilename()).toBe('lotsplan-rinkeby-kista-sig-vuxna-2020.json');
  const text = await readFile((await download.path())!, 'utf8');
  const exported = JSON.parse(text) as Record<string, unknown>;
  const original = JSON.parse(await readFile(demoFile, 'utf8')) as Record<string, unknown>;
  // The demo's amounts are example values, and the exported file says so.
  expect(exported).toEqual({ ...original, exampleValues: true });
});
