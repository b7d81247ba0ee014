// Prognos: abandonment from the waiting list, staff absence and the recruitment lead time as
// assumption fields with their explanations; the long run follows them (Erlang A on the slots the
// available time carries); axe clean in light and dark, screenshots in both and at 640 px.
import fs from 'node:fs';
import { axeViolations } from './axe.ts';
import { test, expect, inEachScheme, openDemo, screenshot, screenshotWholePage } from './fixtures.ts';
import { steadyState } from '../../src/core/forecast/erlang.ts';
import { ABANDONMENT_HINT, ABSENCE_HINT, LEAD_TIME_HINT } from '../../src/core/forecast/flowsText.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const NBSP = '\u00a0';

test('Prognos: avhopp från kön, frånvaro och rekryteringstid, in light and dark', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page, 'Prognos');

  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await expect(field('Avhopp från kön per månad')).toHaveValue('0');
  await expect(field('Frånvaro')).toHaveValue('0');
  // The lead time starts at the year settings' (two months in the demo plan).
  await expect(field('Rekryteringstid')).toHaveValue('2');
  await expect(page.getByText(ABANDONMENT_HINT)).toBeVisible();
  await expect(page.getByText(ABSENCE_HINT)).toBeVisible();
  await expect(page.getByText(LEAD_TIME_HINT)).toBeVisible();
  // "Vad krävs?" follows the field: its first checked month moves with the lead time.
  const hiring = page.getByTestId('hiring-sentence');
  await expect(hiring).not.toBeEmpty();
  const withTwoMonths = await hiring.textContent();
  await field('Rekryteringstid').fill('6');
  await expect(hiring).not.toHaveText(withTwoMonths!);

  // A tenth of those waiting leave in a month, and a tenth of lots time is lost: 25 slots, Erlang A.
  await field('Avhopp från kön per månad').fill('10');
  await field('Frånvaro').fill('10');
  await field('Rekryteringstid').fill('3');
  const expected = steadyState(2.25, 12, 25, 1, 0.1);
  const steady = page.getByTestId('steady-state');
  await expect(steady.getByTestId('steady-probability-value')).toHaveText(`${Math.round(expected.probabilityOfWaiting * 100)}${NBSP}%`);

  // A share of 1 or more is refused, naming the field; nothing is computed from it.
  await field('Frånvaro').fill('95');
  await expect(page.getByText(/Frånvaro/).first()).toBeVisible();
  await field('Frånvaro').fill('10');

  fs.mkdirSync('test-results', { recursive: true });
  await inEachScheme(page, async (scheme) => {
    expect(await axeViolations(page), `axe (${scheme})`).toEqual([]);
    await screenshotWholePage(page, `test-results/prognos-floden-${scheme}.png`);
  });
  await page.setViewportSize({ width: 640, height: 900 });
  await field('Frånvaro').scrollIntoViewIfNeeded();
  await screenshot(page, 'test-results/prognos-floden-640.png');
  expect(errors).toEqual([]);
});
