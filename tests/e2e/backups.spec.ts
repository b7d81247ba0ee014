import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { test, expect, inEachScheme, openApp, screenshotWholePage, screenshot, TAKE_SCREENSHOTS } from './fixtures.ts';
import { openStore } from '../../src/store/openStore.ts';
import { parseUnitExchangeText } from '../../src/core/exchange/unitExchangeFile.ts';

const demoFile = path.resolve(import.meta.dirname, '../../resources/demo/rinkeby-kista-sig-vuxna-2020.json');
const NOT_A_DATABASE = 'Budget 2020;Lokaler;250000\n'.repeat(100);

/** The demo unit with 20 enrolled instead of 27, as an exchange file. */
async function changedDemoFile(dir: string): Promise<string> {
  const file = JSON.parse(await readFile(demoFile, 'utf8')) as { participants: Record<string, number> } & Record<string, unknown>;
  file.participants = { ...file.participants, enrolled: 20, men: 17, women: 3 };
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, 'rinkeby-kista-2020-andrad.json');
  await writeFile(target, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  return target;
}

/** A Lotsplan database with the demo unit, written under a backup's name beside `dbPath`. */
async function seedBackup(dbPath: string, fileName: string): Promise<void> {
  const parsed = parseUnitExchangeText(await readFile(demoFile, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.messages.join(' '));
  const dir = path.join(path.dirname(dbPath), 'backups');
  await mkdir(dir, { recursive: true });
  const store = await openStore(path.join(dir, fileName));
  await store.replaceUnitYear(parsed.plan, { exampleValues: true });
  await store.close();
}

/**
 * Before a screenshot: waits until the notifications have closed themselves (after ten seconds),
 * so that they do not cover the card. Without screenshots there is nothing to wait for.
 */
async function waitForNotificationsToClose(page: import('@playwright/test').Page): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
}

const enrolled = (page: import('@playwright/test').Page) => page.getByTestId('figure-enrolled').getByTestId('figure-value');

test('back up, change the data, restore the backup and see the old figures again', async ({ page, host }, testInfo) => {
  const changed = await changedDemoFile(testInfo.outputDir);
  await openApp(page);
  await page.getByRole('button', { name: 'Läs in demodata' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
  await expect(enrolled(page)).toHaveText('27');

  // Säkerhetskopiera nu.
  await page.getByRole('link', { name: 'Om databasen' }).click();
  const card = page.getByTestId('backups-card');
  await expect(card.getByTestId('no-backups')).toBeVisible();
  await card.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(page.getByText('Säkerhetskopian är sparad')).toBeVisible();
  // A notification passes axe too: a named close button, and its text in a readable contrast.
  await expect(page.getByRole('button', { name: 'Stäng meddelandet' })).toBeVisible();
  // The pointer on it holds it open (it would close itself after a few seconds).
  await page.getByText('Säkerhetskopian är sparad').hover();
  await inEachScheme(page, async (scheme) => {
    await expectNoAxeViolations(page, `Om databasen with a notification (${scheme})`);
  });
  const rows = card.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Manuell säkerhetskopia');

  // Change the data: import the same unit and year with 20 enrolled.
  await page.getByRole('link', { name: 'Importera och exportera' }).click();
  await page.getByTestId('import-file-input').setInputFiles(changed);
  await page.getByRole('dialog', { name: 'Ersätta planen?' }).getByRole('button', { name: 'Ersätt planen' }).click();
  await expect(page.getByTestId('import-success')).toHaveText('Rinkeby-Kista, SIG vuxna 2020 har ersatts.');
  await page.getByRole('link', { name: 'Översikt' }).click();
  await expect(enrolled(page)).toHaveText('20');

  // The import took its own backup first.
  await page.getByRole('link', { name: 'Om databasen' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Före import');
  await expect(rows.nth(1)).toContainText('Manuell säkerhetskopia');
  await waitForNotificationsToClose(page);
  await screenshotWholePage(page, 'test-results/sakerhetskopior.png');

  // Restore the manual backup, after a confirmation that says what will happen.
  await rows
    .nth(1)
    .getByRole('button', { name: /Återställ säkerhetskopian från/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Återställa säkerhetskopian?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Den nuvarande databasen sparas först som en säkerhetskopia.');
  await expect(dialog).toContainText(host.dbPath);
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeVisible();
  await screenshot(page, 'test-results/sakerhetskopior-bekrafta.png');
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Säkerhetskopian är återställd')).toBeVisible();
  await expect(rows.first()).toContainText('Före återställning');

  await page.getByRole('link', { name: 'Översikt' }).click();
  await expect(enrolled(page)).toHaveText('27');
  await expect(page.getByTestId('figure-enrolled').getByTestId('figure-detail')).toHaveText('24 män, 3 kvinnor');
});

test.describe('the recovery screen', () => {
  test.use({ initialDatabase: NOT_A_DATABASE });

  test('a non-SQLite file → ”Starta en ny, tom databas” → empty state, the file byte-identical', async ({ page, host }) => {
    await seedBackup(host.dbPath, 'lotsplan-2026-11-20T0815-automatisk.sqlite');
    await seedBackup(host.dbPath, 'lotsplan-2026-11-18T1642-manuell.sqlite');
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Databasen kunde inte öppnas' })).toBeVisible();
    await expect(page.getByTestId('database-error-message')).toContainText(host.dbPath);
    await expect(page.getByText('Filen har inte ändrats.', { exact: false })).toBeVisible();
    const restoreOption = page.getByTestId('recovery-restore');
    await expect(restoreOption.getByTestId('backup-row')).toHaveCount(2);
    await expect(restoreOption.getByTestId('backup-row').first()).toContainText('2026-11-20 kl. 08.15');
    // "Open another file" needs the desktop app's dialog.
    await expect(page.getByRole('button', { name: 'Öppna en annan fil…' })).toHaveCount(0);
    await screenshotWholePage(page, 'test-results/aterstallning.png');

    await page.getByRole('button', { name: 'Starta en ny, tom databas' }).click();
    await expect(page.getByRole('heading', { name: 'Välkommen till Lotsplan' })).toBeVisible();
    await expect(page.getByText('En ny, tom databas har skapats', { exact: true })).toBeVisible();

    expect(await readFile(host.dbPath, 'utf8')).toBe(NOT_A_DATABASE);
    const files = await readdir(path.dirname(host.dbPath));
    expect(files.filter((f) => /^lotsplan-ny-\d{4}-\d{2}-\d{2}T\d{4}\.sqlite$/.test(f))).toHaveLength(1);

    // The new database is the one in use.
    await page.getByRole('link', { name: 'Om databasen' }).click();
    await expect(page.getByTestId('database-path')).toContainText('lotsplan-ny-');
  });

  test('restoring a backup from the recovery screen opens it as a new file and leaves the refused file alone', async ({ page, host }) => {
    await seedBackup(host.dbPath, 'lotsplan-2026-11-20T0815-automatisk.sqlite');
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Databasen kunde inte öppnas' })).toBeVisible();
    await page.getByRole('button', { name: /Återställ säkerhetskopian från 2026-11-20 kl\. 08\.15/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Återställa säkerhetskopian?' });
    await expect(dialog).toContainText('ändras inte, flyttas inte och tas inte bort');
    await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
    await expect(enrolled(page)).toHaveText('27');
    expect(await readFile(host.dbPath, 'utf8')).toBe(NOT_A_DATABASE);
  });
});
