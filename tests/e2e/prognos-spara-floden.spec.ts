// Prognos: a forecast with abandonment, absence, a recruitment lead time, a service level and a
// backlog target saved into a new scenario: the dialog says plainly that a scenario cannot carry
// them, and they are left out of the scenario and its summary (read back through the API).
import { test, expect, openDemo, screenshotWholePage } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };

test('Prognos: the flows, the service level and the backlog target are named as not carried by a scenario', async ({ page, host }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const call = async (name: string, input: unknown) => {
    const response = await page.request.post(`${host.url}api/${name}`, {
      headers: { 'x-lotsplan-token': host.token, 'content-type': 'application/json' },
      data: input,
    });
    return (await response.json()) as {
      ok: boolean;
      value: { scenarios: { name: string; overrides: { settings: Record<string, unknown>; forecast?: { inputs: unknown } } }[] };
    };
  };
  await openDemo(page, 'Prognos');

  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await field('Avhopp från kön per månad').fill('10');
  await field('Frånvaro').fill('10');
  await field('Rekryteringstid').fill('3');
  await field('Servicenivå: andel inskrivna inom servicetiden').fill('90');

  // "Få ner kön till ett datum": at most two waiting, worked out.
  const backlog = page.getByTestId('backlog-card');
  await backlog.getByTestId('backlog-target').fill('2');
  await backlog.getByTestId('backlog-compute').click();
  await expect(backlog.getByTestId('backlog-sentence')).toBeVisible();

  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await dialog.getByText('Nytt scenario').click();
  await dialog.getByRole('textbox', { name: 'Namn på det nya scenariot' }).fill('Med avhopp och frånvaro');
  const notCarried = dialog.getByTestId('not-carried');
  await expect(notCarried).toContainText('Antagandet om att väntande lämnar kön kan inte sparas i ett scenario.');
  await expect(notCarried).toContainText('Antagandet om frånvaron kan inte sparas i ett scenario.');
  await expect(notCarried).toContainText('Målet att få ner kön till ett datum sparas inte i scenariot.');
  await dialog.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(page.getByText('Prognosen sparades i det nya scenariot ”Med avhopp och frånvaro”.')).toBeVisible();

  const listed = await call('listScenarios', RK);
  const saved = listed.value.scenarios.find((s) => s.name === 'Med avhopp och frånvaro')?.overrides.forecast;
  expect(saved?.inputs).toBeDefined();
  expect(saved?.inputs).not.toHaveProperty('abandonment');
  expect(saved?.inputs).not.toHaveProperty('backlog');
  // Rekryteringstid is one of the scenario's settings, so it is carried.
  expect(listed.value.scenarios.find((s) => s.name === 'Med avhopp och frånvaro')?.overrides.settings.recruitmentLeadTimeMonths).toBe(3);

  await page.mouse.move(0, 0);
  await screenshotWholePage(page, 'test-results/prognos-spara-floden.png');
  expect(errors).toEqual([]);
});
