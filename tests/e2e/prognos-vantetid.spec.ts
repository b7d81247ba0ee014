// Prognos: the wait of someone referred (median, nine in ten, the risk of waiting more than two
// weeks), the month-by-month table of figures not in the charts, and clearing a backlog by a date.
// Screenshots in light and dark and at 640 px.
import { test, expect, inEachScheme, openDemo, screenshot } from './fixtures.ts';
import { runForecast } from '../../src/core/forecast/forecast.ts';
import { parseForecastOptions } from '../../src/core/forecast/options.ts';
import { monthWaitSentence } from '../../src/core/forecast/waitText.ts';
import { backlogPlan } from '../../src/core/forecast/backlog.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const NBSP = '\u00a0';

// The demo unit as the screen starts: 2,25 referrals a month, 12 months' stay, four lotsar of seven,
// 27 enrolled and no queue in January 2021, 24 months, read at month six (June 2021).
function demoForecast() {
  const parsed = parseForecastOptions({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, enrolled: 27, queue: 0, horizon: 24 });
  if (!parsed.ok) throw new Error('options');
  return runForecast(parsed.value);
}

test('Prognos: waiting time as a distribution and clearing a backlog', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page, 'Prognos');

  const card = page.getByTestId('wait-distribution');
  await expect(card.getByRole('heading', { name: 'Väntetid för den som anmäls' })).toBeVisible();
  const wait = demoForecast().waits[5]!;
  await expect(card).toContainText('Hur länge den som anmäls i juni 2021 får vänta på att skrivas in.');
  await expect(card.getByTestId('wait-sentence')).toHaveText(monthWaitSentence(wait, 'i juni 2021'));
  await expect(card.getByTestId('wait-median-value')).toHaveText('ingen väntan');
  await expect(card.getByTestId('wait-p90-value')).toHaveText(`${wait.p90Weeks!.toFixed(1).replace('.', ',')} veckor`);
  await expect(card.getByTestId('wait-over-value')).toHaveText(`${Math.round(wait.probabilityOfWaitOver! * 100)}${NBSP}%`);
  await expect(card).toContainText('Risk att vänta mer än två veckor');
  await expect(card).toContainText('Nio av tio av dem som anmäls under månaden skrivs in inom så här många veckor (90:e percentilen).');

  // The month-by-month table: a caption, one row per month, in a focusable scroll region.
  await card.getByRole('switch', { name: 'Visa månad för månad som tabell' }).check();
  const table = card.getByRole('table', { name: 'Väntetid och inskrivna månad för månad' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(25);
  await expect(table.getByRole('row', { name: /^jun 2021/ })).toContainText(`${wait.p90Weeks!.toFixed(1).replace('.', ',')}`);
  const region = card.getByRole('region', { name: 'Väntetid och inskrivna månad för månad, tabell' });
  await region.focus();
  await expect(region).toBeFocused();

  // Clearing a backlog: at most one waiting by the end of June 2021.
  const backlog = page.getByTestId('backlog-card');
  await expect(backlog.getByRole('heading', { name: 'Få ner kön till ett datum' })).toBeVisible();
  await backlog.getByRole('textbox', { name: 'Högst antal i kö' }).fill('1');
  await expect(backlog.getByRole('combobox', { name: 'I slutet av' })).toHaveValue('jun 2021');
  await backlog.getByRole('combobox', { name: 'I slutet av' }).click();
  await page.getByRole('option', { name: 'jun 2021' }).click();
  await backlog.getByRole('button', { name: 'Räkna ut' }).click();
  const expected = backlogPlan({
    arrivals: Array.from({ length: 24 }, () => 2.25),
    lotsar: Array.from({ length: 24 }, () => 4),
    caseload: 7,
    stayMonths: 12,
    enrolled: 27,
    queue: 0,
    targetQueue: 1,
    byMonth: 6,
    start: { year: 2021, month: 1 },
    staff: [{ role: 'lots', monthlySalary: 38500 }],
    poPercent: 39.15,
  });
  expect(expected.status).toBe('plan');
  await expect(backlog.getByTestId('backlog-sentence')).toHaveText(expected.sentence);
  await expect(backlog.getByTestId('backlog-add-value')).toHaveText(String(expected.plan!.addLotsar).replace('.', ','));

  // A service-level target: 90 % enrolled within two weeks, in "Vad krävs?"; the weeks are also
  // the limit of the month's risk of waiting longer.
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Servicenivå: andel inskrivna inom servicetiden').fill('90');
  await expect(page.getByTestId('hiring-sentence')).toContainText('och minst 90 procent ska kunna skrivas in inom två veckor');
  await field('Servicetid').fill('4');
  await expect(card).toContainText('Risk att vänta mer än fyra veckor');
  await field('Servicetid').fill('2');
  await field('Servicenivå: andel inskrivna inom servicetiden').fill('0');
  await expect(page.getByTestId('hiring-sentence')).not.toContainText('ska kunna skrivas in inom');

  await inEachScheme(page, async (scheme) => {
    await screenshot(card, `test-results/prognos-vantetid-${scheme}.png`);
    await screenshot(backlog, `test-results/prognos-backlog-${scheme}.png`);
  });
  await page.setViewportSize({ width: 640, height: 900 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(card, 'test-results/prognos-vantetid-640.png');
  expect(errors).toEqual([]);
});
