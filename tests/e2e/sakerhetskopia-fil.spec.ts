// "Exportera säkerhetskopia…" and "Återställ från fil…" on Om databasen, in the browser host: the
// export is a download of one .lotsplan file; restoring it after a change brings the old figures
// back and takes a backup first; a damaged file is refused in Swedish and changes nothing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, openApp, screenshotWholePage, screenshot, TAKE_SCREENSHOTS } from './fixtures.ts';

const demoFile = path.resolve(import.meta.dirname, '../../resources/demo/rinkeby-kista-sig-vuxna-2020.json');

async function changedDemoFile(dir: string): Promise<string> {
  const file = JSON.parse(await readFile(demoFile, 'utf8')) as { participants: Record<string, number> } & Record<string, unknown>;
  file.participants = { ...file.participants, enrolled: 20, men: 17, women: 3 };
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, 'rinkeby-kista-2020-andrad.json');
  await writeFile(target, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  return target;
}

const enrolled = (page: import('@playwright/test').Page) => page.getByTestId('figure-enrolled').getByTestId('figure-value');

async function chooseFile(page: import('@playwright/test').Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('restore-from-file').click();
  await (await chooser).setFiles(file);
}

test('export a backup file, change the data, restore from the file; a damaged file changes nothing', async ({ page, host }, testInfo) => {
  const changed = await changedDemoFile(testInfo.outputDir);
  await openApp(page);
  await page.getByRole('button', { name: 'Läs in demodata' }).click();
  await expect(enrolled(page)).toHaveText('27');

  // Exportera säkerhetskopia…: a download of one file with the header and the database.
  await page.getByRole('link', { name: 'Om databasen' }).click();
  const card = page.getByTestId('backups-card');
  await expect(card.getByRole('button', { name: 'Exportera säkerhetskopia…' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Återställ från fil…' })).toBeVisible();
  await screenshotWholePage(page, 'test-results/sakerhetskopia-fil.png');
  const download = page.waitForEvent('download');
  await card.getByTestId('export-backup-file').click();
  const file = path.join(testInfo.outputDir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(path.basename(file)).toMatch(/^lotsplan-sakerhetskopia-\d{4}-\d{2}-\d{2}T\d{6}\.lotsplan$/);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 26).toString('latin1')).toBe('LOTSPLAN-SAKERHETSKOPIA 1\n');
  await expect(page.getByText('Säkerhetskopian är exporterad')).toBeVisible();
  await expect(page.getByText(/Kontrollsumma \(SHA-256\): [0-9a-f]{16}…/)).toBeVisible();

  // Change the data.
  await page.getByRole('link', { name: 'Importera och exportera' }).click();
  await page.getByTestId('import-file-input').setInputFiles(changed);
  await page.getByRole('dialog', { name: 'Ersätta planen?' }).getByRole('button', { name: 'Ersätt planen' }).click();
  await expect(page.getByTestId('import-success')).toBeVisible();
  await page.getByRole('link', { name: 'Översikt' }).click();
  await expect(enrolled(page)).toHaveText('20');

  // A damaged copy (one byte changed on the way): refused, nothing changes.
  const damaged = path.join(testInfo.outputDir, 'skadad.lotsplan');
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 50]! ^= 0xff;
  await writeFile(damaged, flipped);
  await page.getByRole('link', { name: 'Om databasen' }).click();
  const rows = card.getByTestId('backup-row');
  // The import took its backup first.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Före import');
  const backupsBefore = 1;
  await chooseFile(page, damaged);
  const dialog = page.getByRole('dialog', { name: 'Återställa från filen?' });
  await expect(dialog).toContainText('”skadad.lotsplan”');
  await expect(dialog).toContainText(host.dbPath);
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(dialog).toBeHidden();
  const alert = card.getByRole('alert').filter({ hasText: 'Filen återställdes inte' });
  await expect(alert).toContainText('kontrollsumman (SHA-256) stämmer inte med innehållet');
  await expect(alert).toContainText('Ingenting har ändrats');
  await expect(rows).toHaveCount(backupsBefore);
  await screenshotWholePage(page, 'test-results/sakerhetskopia-fil-skadad.png');
  await alert.getByRole('button').first().click();

  // The exported file: asked about, then restored, with a backup of the current database first.
  await chooseFile(page, file);
  await expect(dialog).toContainText(`”${path.basename(file)}”`);
  await expect(dialog).toContainText('Den nuvarande databasen sparas som en säkerhetskopia innan något ersätts.');
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeVisible();
  await screenshot(page, 'test-results/sakerhetskopia-fil-bekrafta.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'test-results/sakerhetskopia-fil-bekrafta-morkt.png');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Säkerhetskopian är återställd')).toBeVisible();
  await expect(rows.first()).toContainText('Före återställning');
  await expect(rows).toHaveCount(backupsBefore + 1);

  await page.getByRole('link', { name: 'Översikt' }).click();
  await expect(enrolled(page)).toHaveText('27');

  // The card in dark mode and at 640 px (200 % zoom).
  await page.getByRole('link', { name: 'Om databasen' }).click();
  // The notifications close themselves after ten seconds; only a screenshot needs them gone.
  if (TAKE_SCREENSHOTS) await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshotWholePage(page, 'test-results/sakerhetskopia-fil-morkt.png');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 640, height: 900 });
  await screenshotWholePage(page, 'test-results/sakerhetskopia-fil-640.png');
});
