// Help, shortcuts and the first minute: "Visa som tabell" on every chart, the Ctrl+K command
// palette (a page and an action), the Kortkommandon dialog, the Hjälp page, the first run on an
// empty database, and the last place restored from the database file after a reload. axe (WCAG
// 2.1 A+AA) on the new page and dialogs in light and dark; screenshots in test-results/hjalp.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { test, expect, goToPage, inEachScheme, openApp, openDemo, screenshot, TAKE_SCREENSHOTS } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const SHOTS = ['test-results/hjalp', '/tmp/hjalp-shots'];

async function shot(page: Page, name: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  for (const dir of SHOTS) fs.mkdirSync(dir, { recursive: true });
  await screenshot(page, path.join(SHOTS[0]!, name));
  fs.copyFileSync(path.join(SHOTS[0]!, name), path.join(SHOTS[1]!, name));
}

/** Opens the palette with Ctrl+K, waits for its search box, types and chooses the first match. */
async function runCommand(page: Page, query: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: 'Sök sida eller kommando' });
  await expect(box).toBeFocused();
  await page.keyboard.type(query);
  const first = page.getByRole('dialog', { name: 'Kommandon' }).locator('[data-action]').first();
  await expect(first).toContainText(expected);
  await expect(first).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Kommandon' })).toBeHidden();
}

/** Turns the card's chart into its table and checks the table: caption, focusable region, rows. */
async function showAsTable(card: Locator, caption: RegExp | string, firstRow: RegExp): Promise<Locator> {
  const toggle = card.getByRole('switch', { name: 'Visa som tabell' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  const table = card.getByTestId('chart-table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toHaveText(caption);
  await expect(table.locator('caption')).toBeVisible();
  const region = card.getByRole('region', {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not the DOM property; the accessible name is made of the rendered text
    name: `${typeof caption === 'string' ? caption : await table.locator('caption').innerText()}, tabell`,
    exact: true,
  });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(table.locator('tbody tr').first()).toHaveText(firstRow);
  await expect(card.getByRole('img', { name: /^Diagram/ })).toHaveCount(0);
  return table;
}

test('Visa som tabell: every chart can be read as a table with the same numbers', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);

  await goToPage(page, 'Prognos');
  const risk = page.getByTestId('queue-risk');
  await expect(risk.getByRole('img', { name: /^Diagram/ })).toBeVisible();
  const riskTable = await showAsTable(risk, /^Risk att behöva vänta, per månad \(mål: högst \d+\s%\)$/, /^jan 2021.*%/);
  await expect(riskTable.locator('thead th').nth(1)).toContainText('(prognosen)');
  expect(await riskTable.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
  await shot(page, 'prognos-risk-tabell.png');
  await showAsTable(page.getByTestId('enrolled-fan'), /^Inskrivna och platser i slutet av varje månad med .* lotsar$/, /^jan 2021\s*[\d,]+–[\d,]+/);
  await expect(page.getByTestId('enrolled-fan').getByTestId('chart-table').locator('thead')).toContainText('Platser');
  await showAsTable(page.getByTestId('queue-fan'), /^Antal som väntar på plats i slutet av varje månad med /, /^jan 2021/);
  // Back to the chart.
  await risk.getByRole('switch', { name: 'Visa som tabell' }).uncheck();
  await expect(risk.getByRole('img', { name: /^Diagram/ })).toBeVisible();

  await goToPage(page, 'Månadsstatistik');
  const bands = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: 'Avslut efter vistelsetid' }) });
  const bandTable = await showAsTable(bands, 'Avslut efter vistelsetid under tolv månader', /^0–3 mån/);
  // The same discharges as the chart's note: the column adds up to 26.
  const counts = await bandTable.locator('tbody tr td').allTextContents();
  expect(counts.map((c) => Number(c)).reduce((a, b) => a + b, 0)).toBe(26);

  await goToPage(page, 'Scenarier');
  await page.getByRole('button', { name: 'Nytt scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
  await dialog.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(dialog).toBeHidden();
  const comparison = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: 'Jämförelse med den sparade planen' }) });
  const costTable = await showAsTable(comparison, 'Total kostnad och resultat för planen och scenarierna', /^Sparad plan.*kr.*kr$/);
  await expect(costTable.locator('tbody tr')).toHaveCount(2);
  await shot(page, 'scenarier-kostnad-tabell.png');
});

test('Ctrl+K goes to a page and runs an action; the palette and Kortkommandon pass axe in light and dark', async ({ page }) => {
  await openDemo(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Kommandon' });
  await expect(palette).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Sök sida eller kommando' })).toBeFocused();
  await inEachScheme(page, async (scheme) => {
    await expectNoAxeViolations(page, `command palette (${scheme})`);
    await shot(page, `kommandon-${scheme}.png`);
  });
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await runCommand(page, 'prognos', 'Prognos');
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeFocused();

  await runCommand(page, 'nytt scenario', 'Nytt scenario');
  await expect(page).toHaveTitle('Scenarier – Lotsplan');
  await expect(page.getByRole('dialog', { name: 'Nytt scenario' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Nytt scenario' })).toBeHidden();

  // "?" outside a text field opens the shortcuts, with focus in the list rather than on Stäng.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Kortkommandon' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('region', { name: 'Kortkommandon, tabell' })).toBeFocused();
  await expect(shortcuts.getByRole('row', { name: /Ctrl \+ K/ })).toContainText('Öppna kommandorutan');
  await inEachScheme(page, async (scheme) => {
    await expectNoAxeViolations(page, `Kortkommandon (${scheme})`);
    await shot(page, `kortkommandon-${scheme}.png`);
  });
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  // The palette's colour-scheme actions (last: the user's choice then overrides the system's):
  // dark over the light system, then light again.
  await runCommand(page, 'mörkt läge', 'Byt till mörkt läge');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await runCommand(page, 'ljust läge', 'Byt till ljust läge');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('Hjälp: the guides, the risk measures and the shortcuts, without axe violations in light and dark', async ({ page }) => {
  await openDemo(page);
  await goToPage(page, 'Hjälp');
  await expect(page).toHaveTitle('Hjälp – Lotsplan');
  await expect(page.getByRole('heading', { level: 1, name: 'Hjälp och kortkommandon' })).toBeFocused();
  for (const title of [
    'Första stegen',
    'Så fungerar prognosen',
    'Scenarier',
    'Månadsstatistik och import',
    'Skicka siffror till socialförvaltningen',
    'Säkerhetskopior',
    'Tjänsteutlåtanden',
    'Kortkommandon',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }
  const forecast = page.getByTestId('help-prognosen');
  for (const term of ['Risk att behöva vänta, per månad', 'Kö vid månadens slut', 'Risk att behöva vänta på lång sikt'])
    await expect(forecast.getByText(term, { exact: true })).toBeVisible();
  // The table of contents moves focus to the section.
  await page.getByRole('navigation', { name: 'Innehåll i hjälpen' }).getByRole('link', { name: 'Säkerhetskopior' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Säkerhetskopior' })).toBeFocused();
  await inEachScheme(page, async (scheme) => {
    await expectNoAxeViolations(page, `Hjälp (${scheme})`);
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, `hjalp-${scheme}.png`);
  });
  await page.getByRole('button', { name: 'Kortkommandon' }).click();
  await expect(page.getByRole('dialog', { name: 'Kortkommandon' })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('Hjälp at 640 CSS px (200 % zoom): nothing wider than the window', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await openDemo(page);
  await page.getByRole('button', { name: 'Öppna menyn' }).click();
  await goToPage(page, 'Hjälp');
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'hjalp-640.png');
});

test.describe('on an empty database', () => {
  test.use({ startWithDemo: false });

  test('first run: an empty database offers district, unit, PO-pålägg and caseload, and opens the new plan', async ({ page }) => {
    await openApp(page);
    const form = page.getByRole('form', { name: 'Börja med en egen plan' });
    await expect(form).toBeVisible();
    await expect(page.getByRole('button', { name: 'Läs in demodata' })).toBeVisible();
    await expectNoAxeViolations(page, 'first run');
    await shot(page, 'forsta-start.png');
    await form.getByRole('combobox', { name: 'Stadsdel' }).fill('Skärholmen');
    await form.getByRole('combobox', { name: 'Enhet' }).fill('SIG unga');
    await form.getByRole('textbox', { name: 'År' }).fill('2023');
    await form.getByRole('textbox', { name: 'PO-pålägg (procent)' }).fill('44,53');
    await form.getByRole('textbox', { name: 'Deltagare per lots' }).fill('6');
    await form.getByRole('button', { name: 'Skapa planen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skärholmen, SIG unga 2023' })).toBeVisible();
    await goToPage(page, 'Bemanning och budget');
    await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('Skärholmen');
  });
});

test('the last place comes back from the database file after a reload, also without local storage', async ({ page, host }) => {
  await openDemo(page);
  await goToPage(page, 'Prognos');
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  // The save to the file follows the change shortly: read back from the host until it is there.
  const savedPath = async () => {
    const response = await page.request.post(`${host.url}api/getLastPlace`, {
      headers: { 'x-lotsplan-token': host.token, 'content-type': 'application/json' },
      data: {},
    });
    return ((await response.json()) as { value: { place: { path: string } | null } }).value.place?.path ?? null;
  };
  await expect.poll(savedPath).toBe('/prognos');
  await page.evaluate('localStorage.clear()');
  await page.goto('/');
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/prognos?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020');
});

test('Ctrl+K typed fast: Enter right after the last key opens the first match of the whole query, never one of an earlier query', async ({ page }) => {
  await openDemo(page);
  const cases = [
    { query: 'tjänsteutlåtanden', title: 'Tjänsteutlåtanden – Lotsplan' },
    { query: 'hela staden', title: 'Hela staden – Lotsplan' },
    { query: 'ändringslogg', title: 'Ändringslogg – Lotsplan' },
    { query: 'månadsstatistik', title: 'Månadsstatistik – Lotsplan' },
    { query: 'om databasen', title: 'Om databasen – Lotsplan' },
    { query: 'prognos', title: 'Prognos – Lotsplan' },
    { query: 'scenarier', title: 'Scenarier – Lotsplan' },
  ];
  for (const { query, title } of cases) {
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: 'Sök sida eller kommando' });
    await expect(box).toBeFocused();
    // Every keystroke and Enter within one task, as when keys queue up behind a busy page: Enter
    // then comes before any microtask Spotlight has queued to mark the first action of the list.
    await page.evaluate(`(() => {
      const box = document.querySelector('input[aria-label="Sök sida eller kommando"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const query = ${JSON.stringify(query)};
      for (let i = 1; i <= query.length; i++) {
        setValue.call(box, query.slice(0, i));
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    })()`);
    await expect(page.getByRole('dialog', { name: 'Kommandon' })).toBeHidden();
    await expect(page, `Enter after typing ”${query}”`).toHaveTitle(title);
  }
  // The mark follows the list as drawn: after a fast query, the first action shown is the marked one.
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Sök sida eller kommando' }).pressSequentially('kopia', { delay: 0 });
  const actions = page.getByRole('dialog', { name: 'Kommandon' }).locator('[data-action]');
  await expect(actions.first()).toContainText('Ta en säkerhetskopia nu');
  await expect(page.getByRole('dialog', { name: 'Kommandon' }).locator('[data-selected]')).toHaveCount(1);
  await expect(actions.first()).toHaveAttribute('data-selected', 'true');
  await shot(page, 'kommandon-snabbt-skrivet.png');
  await page.keyboard.press('Escape');
});

// The palette and the Kortkommandon dialog are a chunk of their own, mounted once the app is idle.
// Held back here, so that the keys are pressed before they are mounted: the frame catches them.
test('Ctrl+K and ”?” pressed before the palette has loaded open it and the shortcuts once it has', async ({ page }) => {
  let held = 0;
  await page.route(/\/assets\/CommandsLayer-[\w-]+\.js$/, async (route) => {
    held++;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await openDemo(page);
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Kommandon' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('textbox', { name: 'Sök sida eller kommando' })).toBeFocused();
  expect(held).toBe(1);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Kortkommandon' })).toBeVisible();
  expect(held).toBe(2);
});
