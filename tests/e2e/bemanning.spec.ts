import { test, expect, openDemo, screenshotWholePage } from './fixtures.ts';

const NBSP = '\u00a0';
const kr = (digits: string) => `${digits.replace(/ /g, NBSP)}${NBSP}kr`;

test.use({ startWithDemo: true });

test('the staffing table is edited with the keyboard, saved at once and undone with Ctrl+Z', async ({ page }) => {
  await openDemo(page, 'Bemanning och budget');
  const total = page.getByTestId('summa-personalkostnad');
  await expect(total).toHaveText(kr('3 459 826'));
  // Månad för månad writes lotsar as every screen does: 4, not 4,0.
  const lotsarRow = page
    .getByRole('table', { name: 'Månadsprofil' })
    .getByRole('row')
    .filter({ hasText: /^Lotsar/ });
  await expect(lotsarRow.getByRole('cell').nth(1)).toHaveText('4');
  await expect(lotsarRow).toContainText('4 i dec');

  // Row 1's salary: 38 500 → 40 000 with the keyboard; Enter saves and moves to the row below.
  const salary1 = page.getByRole('textbox', { name: 'Månadslön, rad 1' });
  await expect(salary1).toHaveValue(`38${NBSP}500`);
  await salary1.fill('40 000');
  await salary1.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Månadslön, rad 2' })).toBeFocused();
  // 1 500 kr more a month, twelve months, PO 39,15 %: 25 047 kr more.
  await expect(total).toHaveText(kr('3 484 873'));
  await expect(salary1).toHaveValue(`40${NBSP}000`);

  // Ctrl+Z outside a text field undoes the saved edit.
  await page.getByRole('heading', { name: 'Tjänster' }).click();
  await page.keyboard.press('Control+z');
  await expect(total).toHaveText(kr('3 459 826'));
  await expect(salary1).toHaveValue(`38${NBSP}500`);
  await expect(page.getByText('Ångrade')).toBeVisible();

  // A number that is not a number is refused at the field, and nothing is saved.
  const fte2 = page.getByRole('textbox', { name: 'Sysselsättningsgrad, rad 2' });
  await fte2.fill('1.5.3');
  await fte2.press('Tab');
  await expect(page.getByText('”1.5.3” är inte ett tal')).toBeVisible();
  await expect(total).toHaveText(kr('3 459 826'));

  // A value the rules refuse (FTE above 1,0) gets the server's message at the field; nothing is saved.
  await fte2.fill('1,5');
  await fte2.press('Enter');
  await expect(page.getByText('(rad 2) kan vara högst 1,0 (heltid).').first()).toBeVisible();
  // The notification's title says that nothing was saved; the message does not say it again.
  const refusal = page.locator('.mantine-Notification-root').filter({ hasText: 'kan vara högst 1,0 (heltid)' }).first();
  await expect(refusal).toContainText('Ändringen sparades inte');
  await expect(refusal).not.toContainText(/sparades inte.*sparades inte/);
  await expect(total).toHaveText(kr('3 459 826'));
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Sysselsättningsgrad, rad 2' })).toHaveValue('1,0');

  await expect(page.getByTestId('marginal-mening')).toHaveText(
    'En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett helt år, och ger sju platser till från juni.',
  );
  await screenshotWholePage(page, 'test-results/bemanning.png');
});

test('a salary ten times the others is saved with a question above the table, and Ångra beside it takes it back', async ({ page }) => {
  await openDemo(page, 'Bemanning och budget');
  const total = page.getByTestId('summa-personalkostnad');
  await expect(total).toHaveText(kr('3 459 826'));
  await expect(page.getByTestId('bemanning-fragor')).toHaveCount(0);

  const salary2 = page.getByRole('textbox', { name: 'Månadslön, rad 2' });
  await salary2.fill('385 000');
  await salary2.press('Tab');
  const notices = page.getByTestId('bemanning-fragor');
  await expect(notices).toContainText(`Lots (rad 2): Månadslönen ${kr('385 000')} är mycket högre än enhetens övriga (${kr('38 500')}). Stämmer beloppet?`);
  // Not a refusal: the amount is saved, and the field says what it is asked about.
  await expect(salary2).toHaveValue(`385${NBSP}000`);
  await expect(total).not.toHaveText(kr('3 459 826'));
  await expect(salary2).toHaveAccessibleDescription(/Stämmer beloppet\?/);

  await notices.getByRole('button', { name: 'Ångra' }).click();
  await expect(salary2).toHaveValue(`38${NBSP}500`);
  await expect(total).toHaveText(kr('3 459 826'));
  await expect(page.getByTestId('bemanning-fragor')).toHaveCount(0);
});

test('”En lots till” from April is created and compared with the saved plan', async ({ page }) => {
  await openDemo(page, 'Scenarier');
  await page.getByRole('button', { name: 'Nytt scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
  await expect(dialog.getByRole('checkbox', { name: 'En lots till' })).toBeChecked();
  await dialog.getByLabel('Från månad').selectOption('4');
  // The suggested name follows the month, so a second "En lots till" from another month never collides.
  await expect(dialog.getByLabel('Namn')).toHaveValue('En lots till från april');
  await dialog.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(dialog).toBeHidden();
  // The name already says its starting point: no badge repeating it.
  await expect(page.getByRole('table', { name: 'Scenarier', exact: true }).getByText('En lots till', { exact: true })).toHaveCount(0);

  await expect(page.getByRole('table', { name: 'Jämförelse av scenarier' })).toBeVisible();
  await expect(page.getByTestId('scenario-mening')).toContainText(
    'En lots till från april kostar 482 000 kronor i år och 643 000 kronor för ett helt år, och ger sju platser till från juni.',
  );
  // Capacity in December: 28 → 35, shown with its difference.
  const capacityRow = page.getByRole('row', { name: /Platser/ });
  await expect(capacityRow).toContainText('35');
  await expect(capacityRow).toContainText('+7');
  await screenshotWholePage(page, 'test-results/scenarier.png');

  // The scenario's own overrides: 30 % more referrals → utilization 27 × 1,3 ÷ 35 = 100,3 %, shown in whole percent as 100 %.
  await page.getByRole('button', { name: 'Ändra En lots till från april' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra En lots till från april' });
  await edit.getByLabel('Anmälningar per månad, förändring (%)').fill('trettio');
  await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(edit.getByText('”trettio” är inte ett tal')).toBeVisible();
  await edit.getByLabel('Anmälningar per månad, förändring (%)').fill('30');
  await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('row', { name: /Beläggningsgrad/ })).toContainText(`100${NBSP}%`);

  // A second one from the same month is suggested with a number; the same name typed by hand is
  // refused with a Swedish message that names the field in Swedish.
  await page.getByRole('button', { name: 'Nytt scenario' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'En lots till' })).toBeChecked();
  await expect(dialog.getByLabel('Namn')).toHaveValue('En lots till från april (2)');
  await dialog.getByLabel('Namn').fill('En lots till från april');
  await dialog.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(
    dialog.getByText(
      'Det finns redan ett scenario som heter ”En lots till från april”. Välj ett annat namn. Namn: namnet ”En lots till från april” är redan använt',
    ),
  ).toBeVisible();
});

test('at 1280 × 800 the Tjänster table fits: the annual cost, the sum and the row menu are in view without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, 'Bemanning och budget');
  const region = page.getByRole('region', { name: 'Tjänster, tabell' });
  const clipped = await region.evaluate((el) => {
    const box = el as unknown as { scrollWidth: number; clientWidth: number };
    return box.scrollWidth - box.clientWidth;
  });
  expect(clipped).toBeLessThanOrEqual(0);
  const regionBox = await region.boundingBox();
  const right = (regionBox?.x ?? 0) + (regionBox?.width ?? 0);
  for (const cell of [page.getByTestId('summa-personalkostnad'), page.getByRole('button', { name: 'Åtgärder för rad 6' })]) {
    const box = await cell.boundingBox();
    expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(right);
  }
  // The row actions are named menu items: the last row cannot move down; row 5 moves below row 6.
  await page.getByRole('button', { name: 'Åtgärder för rad 6' }).click();
  await expect(page.getByRole('menuitem', { name: 'Flytta ned' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Åtgärder för rad 5' }).click();
  await page.getByRole('menuitem', { name: 'Flytta ned' }).click();
  await expect(page.getByRole('textbox', { name: 'Titel, rad 6' })).toHaveValue('Biträdande enhetschef');
  await expect(page.getByTestId('summa-personalkostnad')).toHaveText(kr('3 459 826'));
});
