import { test, expect, openDemo, screenshot, screenshotWholePage } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const NBSP = '\u00a0';

test('Prognos: steady state, a changed input, the recommendation and the reading', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Chromium asks for /favicon.ico on its own; the app has none.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
  });
  await openDemo(page, 'Prognos');
  await expect(page.getByText('Prognos', { exact: true }).first()).toBeVisible();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/prognos?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020');

  // Prefilled from the plan: 2,25 referrals per month, 12 months' stay, 4 lotsar, 7 per lots.
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');
  await expect(field('Genomsnittlig vistelsetid')).toHaveValue('12');
  await expect(field('Lotsar')).toHaveValue('4');
  await expect(field('Deltagare per lots')).toHaveValue('7');
  await expect(field('Inskrivna vid start')).toHaveValue('27');
  await expect(field('I kö vid start')).toHaveValue('0');
  // The demo's monthly statistics end in December 2020 (27 enrolled, no queue): the forecast starts there.
  await expect(
    page.getByText('Startläge enligt månadsstatistiken för december 2020: 27 inskrivna och ingen kö. Prognosen börjar i januari 2021.'),
  ).toBeVisible();

  // Steady state (Erlang C, λ = 2,25, L = 12, C = 28): 79 % must wait, 96 % utilization.
  const steady = page.getByTestId('steady-state');
  await expect(steady.getByTestId('steady-probability-value')).toHaveText(`79${NBSP}%`);
  await expect(steady.getByTestId('steady-utilization-value')).toHaveText(`96${NBSP}%`);
  await expect(steady.getByTestId('steady-wait-value')).toHaveText('41,1 veckor');

  // The recommendation: five lotsar (35 slots), and one more lots at the median salary costs a year.
  const recommendation = page.getByTestId('recommendation');
  await expect(recommendation.getByTestId('recommended-lotsar-value')).toHaveText('5 lotsar');
  await expect(recommendation).toContainText('35 platser');
  await expect(recommendation.getByTestId('recommended-risk-value')).toHaveText(`9,8${NBSP}%`);
  await expect(recommendation.getByTestId('recommended-cost-value')).toHaveText(`642${NBSP}873${NBSP}kr`);

  // The reading, with the comparison of five lotsar that the screen starts with.
  const reading = page.getByTestId('forecast-reading');
  await expect(reading).toContainText(
    'Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader 46 procent. Med fem lotsar är den 3,5 procent.',
  );
  await expect(page.getByTestId('first-month-over-target')).toContainText(
    'risken att behöva vänta överstiger målet (10 %) första gången i januari 2021.'.replace(' %', `${NBSP}%`),
  );
  await expect(page.getByText('Exakt beräkning')).toBeVisible();
  // Three measures of waiting, each with its own name: the month's risk (chart and summary), the
  // long run, and the month six is not quoted as the outlook while the risk is higher later.
  await expect(reading).toContainText(/Med fyra lotsar är risken som högst \d+ procent under prognosperioden, i \p{L}+ \d{4}\./u);
  await expect(page.getByTestId('queue-risk').getByRole('heading', { name: 'Risk att behöva vänta, per månad' })).toBeVisible();
  await expect(page.getByTestId('queue-risk')).toContainText(
    'Andelen av dem som anmäls under månaden som inte kan skrivas in direkt utan får vänta på en plats.',
  );
  await expect(steady).toContainText('Risk att behöva vänta på lång sikt');

  // More referrals: the numbers change at once.
  await field('Anmälningar per månad').fill('2,5');
  await expect(steady.getByTestId('steady-none')).toContainText('Ingen jämvikt: kön växer utan gräns');
  await expect(reading).toContainText('behövs minst 31 platser; med 28 platser växer kön utan gräns');
  await expect(recommendation.getByTestId('recommended-lotsar-value')).toHaveText('6 lotsar');

  await field('Anmälningar per månad').fill('2,3');
  await expect(steady.getByTestId('steady-probability-value')).toHaveText(`91${NBSP}%`);
  await expect(steady.getByTestId('steady-utilization-value')).toHaveText(`99${NBSP}%`);

  // A wrong entry: a Swedish message at the field, and nothing is recomputed.
  await field('Anmälningar per månad').fill('2,4,1');
  await expect(page.getByText('”2,4,1” är inte ett tal. Skriv antalet per månad, till exempel 2,5.')).toBeVisible();
  await expect(page.getByTestId('forecast-blocked')).toContainText('Resultaten nedan gäller de senaste giltiga värdena.');
  await field('Anmälningar per månad').fill('2,25');
  await expect(steady.getByTestId('steady-probability-value')).toHaveText(`79${NBSP}%`);

  // A surge: six more referrals a month from March to August.
  await page.getByRole('button', { name: 'Lägg till ökning' }).click();
  await expect(page.getByRole('textbox', { name: 'Ökning 1: extra anmälningar per månad' })).toHaveValue('6');
  await expect(page.getByRole('combobox', { name: 'Ökning 1: första månaden' })).toHaveValue('mar 2021');
  await expect(page.getByRole('combobox', { name: 'Ökning 1: sista månaden' })).toHaveValue('aug 2021');
  await expect(reading).not.toContainText('46 procent');
  await expect(reading).toContainText('Med fyra lotsar är risken att behöva vänta för den som anmäls om sex månader');
  await page.getByRole('button', { name: 'Ta bort ökning 1' }).click();

  // A trend of +20 % a year: after two years 2,25 × 1,2^(23/12) ≈ 3,2 referrals a month need
  // about 38 places, so there is no steady state with 28.
  await field('Förändring av anmälningarna per år').fill('20');
  await expect(steady.getByTestId('steady-none')).toContainText('Ingen jämvikt');
  await field('Förändring av anmälningarna per år').fill('0');
  await expect(steady.getByTestId('steady-probability-value')).toHaveText(`79${NBSP}%`);

  // Monte Carlo with fixed stays runs in the worker and ends with a simulated result.
  await page.getByText('Fast', { exact: true }).click();
  await expect(page.getByText(`Simulering, 10${NBSP}000 körningar`)).toBeVisible();
  await page.getByText('Exponentiell', { exact: true }).click();
  await expect(page.getByText('Exakt beräkning')).toBeVisible();

  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/prognos.png');
  expect(errors).toEqual([]);
});

test('Prognos names its period under the heading, says when the assumptions are changed and not saved and how they differ from the plan, and why ”Vad krävs?” differs from the recommendation', async ({
  page,
}) => {
  await openDemo(page, 'Prognos');
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');
  await expect(page.getByTestId('forecast-period')).toHaveText('Prognos jan 2021–dec 2022, utifrån planen för 2020');
  const badge = page.getByTestId('unsaved-assumptions');
  await expect(badge).toHaveCount(0);

  await field('Anmälningar per månad').fill('3,1');
  await expect(badge).toHaveText('Ändrade antaganden – inte sparade');
  // The summary starts with the changed assumption and the plan's figure.
  const reading = page.getByTestId('forecast-reading');
  await expect(reading).toContainText(
    /^Prognosen bygger på ändrade antaganden: 3,1 anmälningar i månaden \(planen: 2,25\)\. Med fyra lotsar är risken att behöva vänta/,
  );
  await page.mouse.move(0, 0);
  await screenshot(page.getByTestId('forecast-reading-card'), 'test-results/prognos-sammanfattning-andrade-antaganden.png');
  const hiring = page.getByTestId('hiring-plan');
  await expect(hiring).toContainText('2,5 lotsar till');
  await expect(hiring.getByTestId('hiring-vs-recommendation')).toHaveText(
    'Rekommendationen på lång sikt, sju lotsar sammanlagt, ska klara både målet för risken och målet för väntetiden när läget har stabiliserats; ' +
      '”Vad krävs?” håller risken att behöva vänta under 10 procent varje månad fram till december 2022, och därför kan svaren skilja sig åt.',
  );

  // The period follows the horizon.
  await field('Prognosperiod').fill('12');
  await expect(page.getByTestId('forecast-period')).toHaveText('Prognos jan 2021–dec 2021, utifrån planen för 2020');

  await page.getByRole('button', { name: 'Återställ planens värden' }).click();
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');
  await expect(badge).toHaveCount(0);
  await expect(reading).toContainText(/^Med fyra lotsar är risken att behöva vänta/);
  await expect(page.getByTestId('forecast-period')).toHaveText('Prognos jan 2021–dec 2022, utifrån planen för 2020');
});
