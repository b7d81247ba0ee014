// Prognos: urgent referrals ("Andel med förtur") as an assumption field with its explanation; the
// card shows each class's wait for the month read, the sentence from core and the table; a share of
// 1 or more is refused at the field; axe clean in light and dark, screenshots in both and at 640 px.
import fs from 'node:fs';
import { axeViolations } from './axe.ts';
import { test, expect, inEachScheme, openDemo, screenshotWholePage, screenshot } from './fixtures.ts';
import { PRIORITY_SHARE_HINT } from '../../src/core/forecast/priorityForecast.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

test('Prognos: förtur för en andel av anmälningarna, in light and dark', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page, 'Prognos');

  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await expect(field('Andel med förtur')).toHaveValue('0');
  await expect(page.getByText(PRIORITY_SHARE_HINT)).toBeVisible();
  // Without a share there are no class figures.
  await expect(page.getByTestId('wait-distribution')).toBeVisible();
  await expect(page.getByTestId('priority-classes')).toHaveCount(0);

  await field('Andel med förtur').fill('10');
  const card = page.getByTestId('priority-classes');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Förtur: väntetid för varje grupp' })).toBeVisible();
  await expect(card.getByTestId('priority-sentence')).toContainText('väntar de med förtur (10 procent av anmälningarna) i genomsnitt');
  await expect(card.getByTestId('priority-urgent-wait-value')).toHaveText(/veckor|ingen väntan/);
  await card.getByRole('switch', { name: 'Visa månad för månad som tabell' }).check();
  await expect(card.getByRole('columnheader', { name: 'Väntetid med förtur, medel (veckor)' })).toBeVisible();

  // 100 % is not a share that can go ahead of the others: refused at the field.
  await field('Andel med förtur').fill('100');
  await expect(page.getByText('Ange ett tal från 0 till 99.').first()).toBeVisible();
  await field('Andel med förtur').fill('10');
  await expect(card.getByTestId('priority-sentence')).toBeVisible();

  fs.mkdirSync('test-results', { recursive: true });
  const asTable = card.getByRole('switch', { name: 'Visa månad för månad som tabell' });
  await inEachScheme(page, async (scheme) => {
    await asTable.check();
    expect(await axeViolations(page), `axe (${scheme})`).toEqual([]);
    await screenshot(card, `test-results/prognos-fortur-${scheme}-kort.png`);
    await asTable.uncheck();
    await screenshot(card, `test-results/prognos-fortur-${scheme}-kort-utan-tabell.png`);
    await screenshotWholePage(page, `test-results/prognos-fortur-${scheme}.png`);
  });
  await page.setViewportSize({ width: 640, height: 900 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'test-results/prognos-fortur-640.png');
  expect(errors).toEqual([]);
});
