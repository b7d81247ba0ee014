import { test, expect, openDemo, screenshotWholePage } from './fixtures.ts';
import type { CallInput, CallName, CallOutput } from '../../src/api/contracts/index.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const NBSP = '\u00a0';
const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

test('Prognos: season, estimate note, a scenario overlaid and the forecast saved into it', async ({ page, host }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
  });
  const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
    const response = await page.request.post(`${host.url}api/${name}`, {
      headers: { 'x-lotsplan-token': host.token, 'content-type': 'application/json' },
      data: input,
    });
    return (await response.json()) as { ok: boolean; value: CallOutput<N> };
  };

  await openDemo(page);
  // "En lots till" through the API, as the Scenarier page would create it.
  const created = await call('createScenario', { ...RK, name: 'En lots till', preset: 'extraLots' });
  expect(created.ok).toBe(true);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Prognos' }).click();
  const steady = page.getByTestId('steady-state');
  await expect(steady.getByTestId('steady-probability-value')).toHaveText(`79${NBSP}%`);

  // What the inputs rest on: the demo's example statistics (the estimate itself: manadsstatistik.spec.ts).
  await expect(page.getByTestId('history-estimate')).toContainText('Skattat från de tolv senaste månaderna (januari–december 2020)');

  // Säsongsvariation: a mean other than 1 is refused at the fields; a valid profile is used.
  const season = page.getByTestId('season-editor');
  await season.getByText('Egen', { exact: true }).click();
  const factor = (month: string) => page.getByRole('textbox', { name: `Säsongsfaktor ${month}`, exact: true });
  await factor('juli').fill('1,6');
  await expect(season.getByRole('alert')).toContainText('Medelvärdet av de tolv faktorerna ska vara 1, men är 1,050');
  await expect(page.getByTestId('forecast-blocked')).toContainText('Rätta säsongsvariationen.');
  await factor('januari').fill('0,8');
  await factor('februari').fill('0,8');
  await factor('augusti').fill('1,2');
  await factor('november').fill('0,8');
  await factor('december').fill('0,8');
  await expect(season.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('forecast-blocked')).toHaveCount(0);

  // The scenario laid over the forecast: a dashed line, a sentence and its first month over target.
  const overlay = page.getByTestId('scenario-overlay');
  await overlay.getByRole('checkbox', { name: 'Visa scenariot En lots till i prognosen' }).check();
  const reading = page.getByTestId('forecast-reading');
  await expect(reading).toContainText(/I scenariot ”En lots till” är den \d+(,\d)? procent\./);
  await expect(page.getByTestId('first-month-over-target')).toContainText('I scenariot ”En lots till”:');
  await expect(page.getByTestId('queue-risk')).toContainText('Scenario: En lots till');

  // Saved into the scenario: a notification, and the summary computed by core shown at the scenario.
  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await expect(dialog.getByRole('combobox', { name: 'Scenario' })).toHaveValue('En lots till');
  // The four lotsar of the screen are not the scenario's five: the dialog says they are not carried.
  await expect(dialog.getByTestId('not-carried')).toContainText('Antalet lotsar kan inte sparas som ett antagande');
  await dialog.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(page.getByText('Prognosen sparades i scenariot ”En lots till”.')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(overlay.getByTestId('saved-forecast-badge')).toHaveText('Prognos sparad');
  await expect(overlay.getByTestId('saved-forecast-summary')).toContainText('5 lotsar, risk att behöva vänta på lång sikt');

  const listed = await call('listScenarios', RK);
  const saved = listed.value.scenarios.find((s) => s.name === 'En lots till')!.overrides.forecast!;
  expect(saved.inputs.season).toEqual([0.8, 0.8, 1, 1, 1, 1, 1.6, 1.2, 1, 1, 0.8, 0.8]);
  expect(saved.summary.reading).toContain('Med fem lotsar är risken att behöva vänta för den som anmäls om sex månader');
  expect(saved.inputs.lotsar).toBe(5);
  expect(listed.value.scenarios.find((s) => s.name === 'En lots till')!.overrides.season).toEqual([0.8, 0.8, 1, 1, 1, 1, 1.6, 1.2, 1, 1, 0.8, 0.8]);

  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/prognos-scenarier.png');
  expect(errors).toEqual([]);
});

test('Scenarier and Prognos: ”En lots till” from April stacked with ”Ökat tryck”, queue figures, the hiring plan, and the forecast saved on its basis', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page);
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Scenarier' }).click();

  // Two starting points stacked in one scenario.
  await page.getByRole('button', { name: 'Nytt scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
  await expect(dialog.getByRole('checkbox', { name: 'En lots till' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Ökat tryck' }).check();
  await expect(dialog.getByLabel('Namn')).toHaveValue('En lots till från april och Ökat tryck');
  await dialog.getByLabel('Från månad').selectOption('4');
  await dialog.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(dialog).toBeHidden();

  // The comparison shows the queue beside the costs, with the Swedish sentence per scenario.
  const queue = page.getByTestId('queue-comparison');
  await expect(queue).toContainText('Köprognos från januari 2021');
  await expect(queue.getByTestId('queue-row-riskIn12Months')).toContainText('procentenheter');
  await expect(queue).toContainText(
    /En lots till från april och Ökat tryck: Med en lots till från april och 30 procent fler anmälningar är risken att behöva vänta om sex månader \d+(,\d)? procent och om tolv månader \d+(,\d)? procent\./,
  );
  await expect(queue).toContainText('För att risken att behöva vänta ska stanna under 10 procent behöver enheten');
  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/scenarier-kö.png');

  // The selection survives a reload.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Jämför En lots till från april och Ökat tryck' })).toBeChecked();
  await expect(page.getByTestId('queue-comparison')).toBeVisible();

  // The added lots can be edited afterwards: from May instead of April.
  await page.getByRole('button', { name: 'Ändra En lots till från april och Ökat tryck' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra En lots till från april och Ökat tryck' });
  await edit.getByLabel('Första månad, ny lots 1').selectOption('5');
  await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('queue-comparison')).toContainText('Med en lots till från maj och 30 procent fler anmälningar');

  // Prognos on the scenario as its basis: values from the scenario are marked, and the hiring plan follows.
  await nav.getByRole('link', { name: 'Prognos' }).click();
  await expect(page.getByTestId('hiring-plan')).toContainText('För att risken att behöva vänta ska stanna under 10 procent behöver enheten en lots till');
  await page.getByLabel('Prognosen bygger på').selectOption({ label: 'Scenariot En lots till från april och Ökat tryck' });
  await expect(page.getByTestId('basis-note')).toContainText('Från scenariot: anmälningar per månad och lotsar månad för månad.');
  await expect(page.getByRole('textbox', { name: 'Anmälningar per månad', exact: true })).toHaveValue('2,93');
  // The lots hired from May 2020 (in service from July, after the lead time) works from the forecast's first month.
  await expect(page.getByTestId('basis-note-lotsar')).toContainText('5 lotsar hela perioden');
  await expect(page.getByTestId('basis-note-arrivalsPerMonth')).toContainText('Ökningen är redan inräknad');
  await expect(page.getByTestId('hiring-plan')).toContainText('1,5 lotsar till');
  await expect(page.getByTestId('hiring-plan').getByText('Ytterligare lotsar', { exact: true })).toBeVisible();
  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/prognos-grund.png');

  // Saved into the basis scenario: its own figures (5 lotsar from July, 2,93 referrals a month).
  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  const save = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await expect(save.getByRole('combobox', { name: 'Scenario' })).toHaveValue('En lots till från april och Ökat tryck');
  await save.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(page.getByText('Prognosen sparades i scenariot ”En lots till från april och Ökat tryck”.')).toBeVisible();

  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await expect(page.getByTestId('saved-forecast')).toContainText('Prognos sparad');
  await expect(page.getByTestId('saved-forecast')).toContainText('Med fem lotsar är risken att behöva vänta för den som anmäls om sex månader');
  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/scenarier-sparad-prognos.png');

  // "Gör till plan för 2021": the scenario becomes next year's plan, once.
  await page.getByRole('button', { name: 'Fler åtgärder för En lots till från april och Ökat tryck' }).click();
  await page.getByRole('menuitem', { name: 'Gör till plan för 2021…' }).click();
  const toPlan = page.getByRole('dialog', { name: 'Gör till plan för 2021' });
  await toPlan.getByRole('button', { name: 'Skapa planen för 2021' }).click();
  await expect(page.getByText('Gjorde scenariot ”En lots till från april och Ökat tryck” till planen för 2021.')).toBeVisible();
  await expect(toPlan).toHaveCount(0);
  await page.getByRole('button', { name: 'Fler åtgärder för En lots till från april och Ökat tryck' }).click();
  await page.getByRole('menuitem', { name: 'Gör till plan för 2021…' }).click();
  await toPlan.getByRole('button', { name: 'Skapa planen för 2021' }).click();
  await expect(toPlan.getByRole('alert')).toContainText('har redan en plan för 2021');
  expect(errors).toEqual([]);
});

test('Prognos → Spara i scenario… → Nytt scenario with a surge: Scenarier shows the risk Prognos showed', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDemo(page);
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Prognos' }).click();
  const reading = page.getByTestId('forecast-reading');
  await expect(reading).toContainText('om sex månader');
  const before = await reading.textContent();

  // Tillfälliga ökningar: +0,675 referrals a month from March 2021.
  await page.getByRole('button', { name: 'Lägg till ökning' }).click();
  await page.getByRole('textbox', { name: 'Ökning 1: extra anmälningar per månad' }).fill('0,675');
  await expect(page.getByRole('combobox', { name: 'Ökning 1: första månaden' })).toHaveValue('mar 2021');
  await expect(reading).not.toHaveText(before ?? '');
  const risk = /om sex månader (\d+(?:,\d)?) procent/.exec((await reading.textContent()) ?? '')?.[1];
  expect(risk).toBeDefined();

  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await dialog.getByText('Nytt scenario').click();
  await dialog.getByRole('textbox', { name: 'Namn på det nya scenariot' }).fill('Tillfällig ökning');
  await expect(dialog.getByTestId('not-carried')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(page.getByText('Prognosen sparades i det nya scenariot ”Tillfällig ökning”.')).toBeVisible();

  await nav.getByRole('link', { name: 'Scenarier' }).click();
  await expect(page.getByText('Inga ändringar mot den sparade planen')).toHaveCount(0);
  const compare = page.getByRole('checkbox', { name: 'Jämför Tillfällig ökning' });
  if (!(await compare.isChecked())) await compare.check();
  const row = page.getByTestId('queue-row-riskIn6Months');
  await expect(row).toContainText(`${risk}${NBSP}%`);
  expect(errors).toEqual([]);
});
