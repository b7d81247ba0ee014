import { DEMO_HEADING, test, expect, openApp, openDemo, screenshotWholePage } from './fixtures.ts';

const NBSP = '\u00a0';

test('empty database → demo data → key figures with formulas', async ({ page, requests }) => {
  await openApp(page);

  // The empty state explains the app and offers two ways in.
  const welcome = page.getByRole('heading', { name: 'Välkommen till Lotsplan' });
  await expect(welcome).toBeVisible();
  await expect(page.getByRole('button', { name: 'Läs in demodata' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importera fil…' })).toBeVisible();
  await screenshotWholePage(page, 'test-results/tom-databas.png');

  await page.getByRole('button', { name: 'Läs in demodata' }).click();

  // The overview of the demo unit, and the selection in the header and the URL.
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Stadsdel', exact: true })).toHaveValue('Rinkeby-Kista');
  await expect(page.getByRole('combobox', { name: 'Enhet', exact: true })).toHaveValue('SIG vuxna');
  await expect(page.getByRole('combobox', { name: 'År', exact: true })).toHaveValue('2020');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/oversikt?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020');

  const card = (key: string) => page.getByTestId(`figure-${key}`);
  const value = (key: string) => card(key).getByTestId('figure-value');
  const detail = (key: string) => card(key).getByTestId('figure-detail');

  await expect(value('lotsarFte')).toHaveText('4');
  await expect(value('capacity')).toHaveText('28');
  await expect(value('enrolled')).toHaveText('27');
  await expect(detail('enrolled')).toHaveText('24 män, 3 kvinnor');
  await expect(value('queue')).toHaveText('0');
  await expect(value('participantsPerLots')).toHaveText('6,8');
  await expect(value('utilization')).toHaveText(`96${NBSP}%`);
  await expect(value('funding')).toHaveText(`4,5${NBSP}mnkr`);
  await expect(detail('funding')).toHaveText(`4${NBSP}500${NBSP}000${NBSP}kr`);
  await expect(value('balance')).toHaveText(`310${NBSP}174${NBSP}kr`);
  await expect(detail('balance')).toHaveText('överskott');
  await expect(value('totalCost')).toHaveText(`4,2${NBSP}mnkr`);
  await expect(value('costPerLots')).toHaveText(`642${NBSP}873${NBSP}kr`);

  // Demo data must never pass for real figures, and a nearly full unit is flagged.
  await expect(page.getByText('Löner och övriga kostnader är exempelvärden')).toBeVisible();
  await expect(page.getByText('Hög beläggning – en liten ökning av efterfrågan kan ge kö')).toBeVisible();

  // Staff table: one row per position, the annual cost from core, the total from the API.
  const staff = page.getByRole('table', { name: 'Tjänster' });
  await expect(staff.locator('tbody tr')).toHaveCount(6);
  await expect(staff.locator('tbody tr').first()).toContainText(`38${NBSP}500${NBSP}kr`);
  await expect(staff.locator('tbody tr').first()).toContainText(`642${NBSP}873${NBSP}kr`);
  await expect(staff.locator('tfoot')).toContainText(`3${NBSP}459${NBSP}826${NBSP}kr`);
  await expect(page.getByRole('table', { name: 'Finansiering' })).toContainText('Socialförvaltningen');

  // Hovering a card shows how the figure was computed. The pointer first leaves what it rests on:
  // the cards appear under it where "Läs in demodata" was clicked, so another card's tooltip could
  // still be fading out beside this one's.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await card('capacity').hover();
  await expect(page.getByRole('tooltip')).toHaveText('4 lotsar (heltid) × 7 deltagare per lots = 28 platser.');
  // Screen readers hear the same explanation as the card's description, shown or not.
  await expect(card('capacity')).toHaveAccessibleDescription('4 lotsar (heltid) × 7 deltagare per lots = 28 platser.');
  await page.mouse.move(0, 0);
  await card('funding').hover();
  await expect(page.getByRole('tooltip')).toContainText(
    /Summan av en finansieringsrad: Socialförvaltningen 4\u00a0500\u00a0000\u00a0kr = 4\u00a0500\u00a0000\u00a0kr\./,
  );
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  // The header's buttons name themselves on hover too.
  await page.getByRole('button', { name: 'Sök sida eller kommando (Ctrl+K)' }).hover();
  await expect(page.getByRole('tooltip', { name: 'Sök sida eller kommando (Ctrl+K)' })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await screenshotWholePage(page, 'test-results/oversikt.png');
  expect(requests.all.some((u) => u.endsWith('/api/getFigures'))).toBe(true);
});

test.describe('on the demo database', () => {
  test.use({ startWithDemo: true });

  test('the selection survives a reload and the database page describes the file', async ({ page, host }) => {
    await openDemo(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();

    await page.getByRole('link', { name: 'Om databasen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Om databasen' })).toBeVisible();
    await expect(page.getByTestId('database-path')).toHaveText(host.dbPath);
    // Rinkeby-Kista 2020 and six districts' figures for 2016.
    await expect(page.getByTestId('unit-years')).toHaveText('7');
    await expect(page.getByText('Inga fel hittades')).toBeVisible();
    // The selection follows along to every page.
    expect(new URL(page.url()).hash).toContain('stadsdel=Rinkeby-Kista');
    await screenshotWholePage(page, 'test-results/om-databasen.png');
  });

  test('the selectors in the header choose the unit shown, by keyboard too', async ({ page }) => {
    await openDemo(page);
    const district = page.getByRole('combobox', { name: 'Stadsdel', exact: true });
    await district.selectOption('Farsta');
    // The district's only unit-year follows (the demo has Farsta's figures for 2016).
    await expect(page.getByRole('heading', { level: 1, name: /^Farsta, .+ 2016$/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'År', exact: true })).toHaveValue('2016');
    expect(new URL(page.url()).hash).toContain('stadsdel=Farsta');
    // A native list: focused, the arrow keys move the choice.
    await district.focus();
    await page.keyboard.press('Home');
    await expect(district).toHaveValue('Enskede-Årsta-Vantör');
    await district.selectOption('Rinkeby-Kista');
    await expect(page.getByRole('heading', { level: 1, name: DEMO_HEADING })).toBeVisible();
  });
});

test.describe('on the demo database, in a context of its own', () => {
  // The font is fetched only where it is not yet in the cache that the tests of a worker share.
  test.use({ startWithDemo: true, freshContext: true });

  test('the Latin subset of Inter is fetched once, by the preload beside the scripts, and the first screen is drawn in it', async ({ page, requests }) => {
    await openDemo(page);
    const fonts = requests.all.filter((url) => url.endsWith('.woff2')).map((url) => url.replace(/.*\//, ''));
    // A preload whose request does not match the stylesheet's (CORS mode) would be fetched twice.
    expect(fonts).toEqual([expect.stringMatching(/^inter-latin-wght-normal-[\w-]+\.woff2$/)]);
    // The entry's initiator says who asked for it: the <link rel="preload">, not the stylesheet.
    // Strings, because this file is type-checked without the DOM library.
    const initiators = await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).map((e) => e.initiatorType)`);
    expect(initiators).toEqual(['link']);
    expect(await page.evaluate(`document.fonts.check('16px "Inter Variable"', 'Översikt')`)).toBe(true);
  });
});
