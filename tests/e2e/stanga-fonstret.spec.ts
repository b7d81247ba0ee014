// Nothing unsaved is lost when the window is closed or reloaded (renderer/unsaved): the browser asks
// its own question (a beforeunload dialog) while Prognos has changed, unsaved assumptions or a
// dialog or field holds typed input, and not while nothing is changed; a memo's last changes are
// saved instead of asked about. Chromium asks only after a user gesture on the page: Playwright's
// clicks count, and a reloaded page needs one again.
import type { Dialog, Page } from '@playwright/test';
import { test, expect, goToPage, openDemo } from './fixtures.ts';

test.use({ startWithDemo: true });

const NBSP = '\u00a0';
const kr = (digits: string) => `${digits.replace(/ /g, NBSP)}${NBSP}kr`;

/** Records the page's dialogs and answers each beforeunload as given (true: leave). */
function answerDialogs(page: Page, leave: () => boolean): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    seen.push(dialog.type());
    void (dialog.type() === 'beforeunload' && leave() ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

/** Closes the page as a user closes the tab: its beforeunload runs (and Playwright does not wait for the close). */
async function closeTab(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: true });
}

/** Closes the tab and waits until it is closed, without a question. */
async function closeTabAtOnce(page: Page, dialogs: string[]): Promise<void> {
  const asked = dialogs.length;
  const closed = page.waitForEvent('close');
  await closeTab(page);
  await closed;
  expect(dialogs).toHaveLength(asked);
}

test('Prognos: closing or reloading with changed, unsaved assumptions asks first; with nothing changed it does not', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let leave = false;
  const dialogs = answerDialogs(page, () => leave);
  await openDemo(page, 'Prognos');
  const arrivals = page.getByRole('textbox', { name: 'Anmälningar per månad', exact: true });
  const badge = page.getByTestId('unsaved-assumptions');
  await expect(arrivals).toHaveValue('2,25');

  // Nothing changed: a reload asks nothing.
  await arrivals.click();
  await page.reload();
  await expect(arrivals).toHaveValue('2,25');
  expect(dialogs).toEqual([]);

  // Changed: closing the tab asks; staying keeps the page and the assumptions.
  await arrivals.click();
  await arrivals.fill('3,1');
  await expect(badge).toBeVisible();
  await closeTab(page);
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(arrivals).toHaveValue('3,1');
  await expect(badge).toBeVisible();

  // A reload asks too; leaving drops the assumptions.
  leave = true;
  await page.reload();
  expect(dialogs).toEqual(['beforeunload', 'beforeunload']);
  await expect(arrivals).toHaveValue('2,25');
  await expect(badge).toHaveCount(0);

  // Changed and then saved in a scenario: nothing is unsaved, nothing is asked.
  leave = false;
  await arrivals.click();
  await arrivals.fill('3,1');
  await page.getByRole('button', { name: 'Spara i scenario…' }).click();
  const save = page.getByRole('dialog', { name: 'Spara prognosen i ett scenario' });
  await save.getByText('Nytt scenario').click();
  await save.getByRole('textbox', { name: 'Namn på det nya scenariot' }).fill('Högre tryck');
  await save.getByRole('button', { name: 'Spara prognosen' }).click();
  await expect(save).toBeHidden();
  await expect(badge).toHaveCount(0);
  expect(errors).toEqual([]);
  await closeTabAtOnce(page, dialogs);
});

test('Månadsstatistik, the scenario editor and Bemanning: typed input not yet saved holds the closing, and nothing typed does not', async ({ page }) => {
  const dialogs = answerDialogs(page, () => false);
  await openDemo(page, 'Månadsstatistik');

  // The month dialog, opened and not typed in: nothing asked.
  await page.getByRole('button', { name: 'Lägg till månad' }).click();
  const month = page.getByRole('dialog', { name: 'Lägg till månad' });
  await expect(month).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Lägg till månad' })).toBeVisible();
  expect(dialogs).toEqual([]);

  // Typed in: closing the tab asks, and staying keeps what is typed.
  await page.getByRole('button', { name: 'Lägg till månad' }).click();
  await month.getByRole('textbox', { name: 'Anmälningar' }).fill('4');
  await closeTab(page);
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  await expect(month.getByRole('textbox', { name: 'Anmälningar' })).toHaveValue('4');
  await month.getByRole('button', { name: 'Avbryt' }).click();
  await expect(month).toBeHidden();

  // The scenario editor: a changed field asks too.
  await goToPage(page, 'Scenarier');
  await page.getByRole('button', { name: 'Nytt scenario' }).click();
  const create = page.getByRole('dialog', { name: 'Nytt scenario' });
  await expect(create.getByLabel('Namn')).toHaveValue('En lots till från april');
  await create.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(create).toBeHidden();
  await page.getByRole('button', { name: 'Ändra En lots till från april' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra En lots till från april' });
  const change = edit.getByLabel('Anmälningar per månad, förändring (%)');
  await change.fill('30');
  await closeTab(page);
  await expect.poll(() => dialogs).toEqual(['beforeunload', 'beforeunload']);
  await expect(change).toHaveValue('30');
  await edit.getByRole('button', { name: 'Avbryt' }).click();
  await expect(edit).toBeHidden();
  expect(dialogs).toHaveLength(2);

  // Bemanning: a salary typed and not yet left (the field saves when it is left) asks too.
  await goToPage(page, 'Bemanning och budget');
  const salary = page.getByRole('textbox', { name: 'Månadslön, rad 1' });
  const total = page.getByTestId('summa-personalkostnad');
  await expect(total).toHaveText(kr('3 459 826'));
  await salary.click();
  await salary.fill('40 000');
  await closeTab(page);
  await expect.poll(() => dialogs).toEqual(['beforeunload', 'beforeunload', 'beforeunload']);
  await expect(salary).toHaveValue('40 000');
  // Left with Enter: saved, and the tab closes without a question.
  await salary.press('Enter');
  await expect(total).toHaveText(kr('3 484 873'));
  await expect(salary).toHaveValue(`40${NBSP}000`);
  await closeTabAtOnce(page, dialogs);
});

test('Tjänsteutlåtanden: text typed and the tab closed at once is saved without a question, and is there when the memo is opened again', async ({
  page,
  context,
}) => {
  const dialogs = answerDialogs(page, () => false);
  await openDemo(page, 'Tjänsteutlåtanden');
  await page.getByRole('button', { name: 'Nytt tjänsteutlåtande' }).first().click();
  const create = page.getByRole('dialog', { name: 'Nytt tjänsteutlåtande' });
  await create.getByRole('radio', { name: 'Eget ärende' }).check();
  await create.getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(create).toHaveCount(0);
  const status = page.getByTestId('memo-save-status');
  await expect(status).toContainText('Alla ändringar är sparade');
  const editorUrl = page.url();

  // Typed, and closed within the second before the autosave.
  const summary = page.getByRole('textbox', { name: 'Text under Sammanfattning' });
  await summary.click();
  await page.keyboard.type('Skrivet precis innan fliken stängdes.');
  await expect(status).toHaveText('Ändrat, sparas strax');
  await closeTabAtOnce(page, dialogs);
  expect(dialogs).toEqual([]);

  // The save was sent with the closing and reaches the host on its own; the memo opened again has the text.
  const again = await context.newPage();
  await expect(async () => {
    await again.goto(editorUrl);
    await expect(again.getByRole('textbox', { name: 'Text under Sammanfattning' })).toContainText('Skrivet precis innan fliken stängdes.', { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
});
