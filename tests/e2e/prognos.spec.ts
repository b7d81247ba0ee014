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

test('Prognos asks before changed assumptions are dropped by another page (menu or Ctrl+K) or another unit, and not while nothing is changed', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, 'Prognos');
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const reading = page.getByTestId('forecast-reading');
  const question = page.getByRole('dialog', { name: 'Lämna Prognos utan att spara de ändrade antagandena?' });
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');
  await expect(reading).toContainText(/^Med fyra lotsar är risken att behöva vänta/);

  // Unchanged: the menu goes to another page at once.
  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await expect(page).toHaveTitle('Scenarier – Lotsplan');
  await nav.getByRole('link', { name: 'Prognos' }).click();
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');

  await field('Anmälningar per månad').fill('3,1');
  await expect(page.getByTestId('unsaved-assumptions')).toBeVisible();

  // The menu: the question, with the choice to stay focused; staying keeps the page and the values.
  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await expect(question).toBeVisible();
  await expect(question).toContainText('De antaganden du har ändrat sparas inte. När du kommer tillbaka utgår prognosen från planens värden.');
  await expect(question.getByRole('button', { name: 'Stanna kvar' })).toBeFocused();
  await expect(question.getByRole('button', { name: 'Spara i scenario…' })).toBeVisible();
  await screenshot(page, 'test-results/prognos-lamna-fraga.png');
  await question.getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(question).toBeHidden();
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/prognos?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020');
  await expect(field('Anmälningar per månad')).toHaveValue('3,1');
  await expect(page.getByTestId('unsaved-assumptions')).toBeVisible();

  // Ctrl+K to another page asks the same; Escape stays.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('textbox', { name: 'Sök sida eller kommando' })).toBeFocused();
  await page.keyboard.type('månadsstatistik');
  await expect(page.getByRole('dialog', { name: 'Kommandon' }).locator('[data-action]').first()).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  await expect(field('Anmälningar per månad')).toHaveValue('3,1');

  // Another district in the header: asked before the forecast changes unit.
  const unitQuestion = page.getByRole('dialog', { name: 'Byt enhet eller år utan att spara de ändrade antagandena?' });
  const district = page.getByRole('group', { name: 'Vald enhet och år' }).getByRole('combobox', { name: 'Stadsdel' });
  await district.selectOption('Farsta');
  await expect(unitQuestion).toBeVisible();
  await screenshot(page, 'test-results/prognos-byt-enhet-fraga.png');
  await unitQuestion.getByRole('button', { name: 'Behåll antagandena' }).click();
  await expect(unitQuestion).toBeHidden();
  await expect(district).toHaveValue('Rinkeby-Kista');
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
  await expect(field('Anmälningar per månad')).toHaveValue('3,1');

  // Leaving without saving drops them: back on Prognos the plan's values, and no question.
  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await question.getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(page).toHaveTitle('Scenarier – Lotsplan');
  await nav.getByRole('link', { name: 'Prognos' }).click();
  await expect(field('Anmälningar per månad')).toHaveValue('2,25');
  await expect(page.getByTestId('unsaved-assumptions')).toHaveCount(0);
  await expect(reading).toContainText(/^Med fyra lotsar/);

  // Another district, answered: the forecast is the new unit's.
  await field('Anmälningar per månad').fill('3,1');
  await district.selectOption('Farsta');
  await unitQuestion.getByRole('button', { name: 'Byt utan att spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Farsta, / })).toBeVisible();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#\/prognos\?stadsdel=Farsta&/);
  await expect(unitQuestion).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Prognos: saved from the question before leaving, the page goes on; another basis asks too, and a saved forecast is not asked about', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, 'Prognos');
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await field('Anmälningar per månad').fill('3,1');
  await expect(page.getByTestId('unsaved-assumptions')).toBeVisible();

  // "Spara i scenario…" in the question: closed without saving, the page stays and still asks.
  const question = page.getByRole('dialog', { name: 'Lämna Prognos utan att spara de ändrade antagandena?' });
  const save = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await question.getByRole('button', { name: 'Spara i scenario…' }).click();
  await expect(save).toBeVisible();
  await save.getByRole('button', { name: 'Avbryt' }).click();
  await expect(save).toBeHidden();
  await expect(question).toBeHidden();
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  await expect(field('Anmälningar per månad')).toHaveValue('3,1');

  // Saved: the page goes on to Scenarier, where the scenario has the forecast.
  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await question.getByRole('button', { name: 'Spara i scenario…' }).click();
  await save.getByText('Nytt scenario').click();
  await save.getByRole('textbox', { name: 'Namn på det nya scenariot' }).fill('Fler anmälningar');
  await save.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(page).toHaveTitle('Scenarier – Lotsplan');
  await expect(page.getByText('Prognosen sparades i det nya scenariot ”Fler anmälningar”.')).toBeVisible();
  await expect(page.getByTestId('saved-forecast')).toContainText('Prognos sparad');

  // Saved from the header: the badge goes, and leaving asks nothing.
  await nav.getByRole('link', { name: 'Prognos' }).click();
  await field('Lotsar').fill('5');
  await expect(page.getByTestId('unsaved-assumptions')).toBeVisible();
  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  await save.getByText('Nytt scenario').click();
  await save.getByRole('textbox', { name: 'Namn på det nya scenariot' }).fill('Fem lotsar');
  await save.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByTestId('unsaved-assumptions')).toHaveCount(0);
  // Still another staffing than the plan's: the summary says so.
  await expect(page.getByTestId('forecast-reading')).toContainText(/^Prognosen bygger på ändrade antaganden: fem lotsar \(planen: fyra\)\./);
  // A change after the save is unsaved again.
  await field('Deltagare per lots').fill('8');
  await expect(page.getByTestId('unsaved-assumptions')).toBeVisible();
  await field('Deltagare per lots').fill('7');
  await expect(page.getByTestId('unsaved-assumptions')).toHaveCount(0);

  // Another basis with changed assumptions asks first; kept, the form and the basis stay.
  await field('Anmälningar per månad').fill('2,8');
  const basis = page.getByLabel('Prognosen bygger på');
  const basisQuestion = page.getByRole('dialog', { name: 'Bygg prognosen på scenariot ”Fler anmälningar” utan att spara de ändrade antagandena?' });
  await basis.selectOption({ label: 'Scenariot Fler anmälningar' });
  await expect(basisQuestion).toBeVisible();
  await expect(basisQuestion).toContainText('fälten fylls i med scenariots värden');
  await screenshot(page, 'test-results/prognos-byt-underlag-fraga.png');
  await basisQuestion.getByRole('button', { name: 'Behåll antagandena' }).click();
  await expect(basis).toHaveValue('plan');
  await expect(field('Anmälningar per månad')).toHaveValue('2,8');
  await basis.selectOption({ label: 'Scenariot Fler anmälningar' });
  await basisQuestion.getByRole('button', { name: 'Byt utan att spara' }).click();
  await expect(page.getByTestId('forecast-period')).toHaveText('Prognos jan 2021–dec 2022, utifrån scenariot ”Fler anmälningar”');
  await expect(page.getByTestId('unsaved-assumptions')).toHaveCount(0);
  // Unchanged on the scenario: another basis and another page ask nothing.
  await basis.selectOption({ label: 'Planen' });
  await expect(page.getByTestId('forecast-period')).toHaveText('Prognos jan 2021–dec 2022, utifrån planen för 2020');
  await nav.getByRole('link', { name: 'Översikt' }).click();
  await expect(page).toHaveTitle('Översikt – Lotsplan');
});
