import { test, expect, openApp, screenshotWholePage } from './fixtures.ts';

const NBSP = '\u00a0';
const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

test('Prognos: season, estimate note, a scenario overlaid and the forecast saved into it', async ({ page, host }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
  });
  const call = async (name: string, input: unknown) => {
    const response = await page.request.post(`${host.url}api/${name}`, {
      headers: { 'x-lotsplan-token': host.token, 'content-type': 'application/json' },
      data: input,
    });
    return (await response.json()) as { ok: boolean; value: any };
  };

  await openApp(page);
  await page.getByRole('button', { name: 'Läs in demodata' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
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
  await expect(reading).toContainText(/I scenariot "En lots till" är den \d+ procent\./);
  await expect(page.getByTestId('first-month-over-target')).toContainText('I scenariot "En lots till":');
  await expect(page.getByTestId('queue-risk')).toContainText('Scenario: En lots till');

  // Saved into the scenario: a notification, and the summary computed by core shown at the scenario.
  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await expect(dialog.getByRole('combobox', { name: 'Scenario' })).toHaveValue('En lots till');
  await dialog.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(page.getByText('Prognosen sparades i scenariot "En lots till".')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(overlay.getByTestId('saved-forecast-badge')).toHaveText('Prognos sparad');
  await expect(overlay.getByTestId('saved-forecast-summary')).toContainText('4 lotsar, risk att få vänta på lång sikt');
  await expect(overlay.getByTestId('saved-forecast-summary')).toContainText('rekommendation 5 lotsar');

  const listed = await call('listScenarios', RK);
  const saved = listed.value.scenarios.find((s: { name: string }) => s.name === 'En lots till').overrides.forecast;
  expect(saved.inputs.season).toEqual([0.8, 0.8, 1, 1, 1, 1, 1.6, 1.2, 1, 1, 0.8, 0.8]);
  expect(saved.summary.reading).toContain('Med fyra lotsar är risken att någon får vänta om sex månader');
  expect(saved.inputs.lotsar).toBe(4);

  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/prognos-scenarier.png');
  expect(errors).toEqual([]);
});
