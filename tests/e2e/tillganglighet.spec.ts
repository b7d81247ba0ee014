// Accessibility of every screen: axe-core (WCAG 2.0/2.1 A and AA, and axe's best practice) on each
// page and the main dialogs with the demo loaded, in the light and the dark colour scheme, with zero
// violations; less motion when the system asks for it; the skip link, focus on the page heading
// after navigation, dialogs opening on their first field, page titles, the folded navigation at 640
// and 320 CSS px, and the app reopening where the user was. Screenshots go to test-results/a11y and /tmp/a11y-shots.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { test, expect, goToPage, inEachScheme, openApp, openDemo, screenshot, TAKE_SCREENSHOTS } from './fixtures.ts';

// Every test here starts where a user is after ”Läs in demodata” (fixtures.ts).
test.use({ startWithDemo: true });

const SHOTS = ['test-results/a11y', '/tmp/a11y-shots'];

async function shot(page: Page, name: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  for (const dir of SHOTS) fs.mkdirSync(dir, { recursive: true });
  const file = path.join(SHOTS[0]!, name);
  await screenshot(page, file);
  try {
    fs.copyFileSync(file, path.join(SHOTS[1]!, name));
  } catch {
    // The copy outside the work tree is for people; a refused copy does not fail the test.
  }
}

const PAGES = [
  { link: 'Översikt', title: 'Översikt – Lotsplan' },
  { link: 'Bemanning och budget', title: 'Bemanning och budget – Lotsplan' },
  { link: 'Scenarier', title: 'Scenarier – Lotsplan' },
  { link: 'Prognos', title: 'Prognos – Lotsplan' },
  { link: 'Månadsstatistik', title: 'Månadsstatistik – Lotsplan' },
  { link: 'Tjänsteutlåtanden', title: 'Tjänsteutlåtanden – Lotsplan' },
  { link: 'Hela staden', title: 'Hela staden – Lotsplan' },
  { link: 'Importera och exportera', title: 'Importera och exportera – Lotsplan' },
  { link: 'Ändringslogg', title: 'Ändringslogg – Lotsplan' },
  { link: 'Om databasen', title: 'Om databasen – Lotsplan' },
  { link: 'Hjälp', title: 'Hjälp – Lotsplan' },
] as const;

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

/** Checks the page as it stands with axe in light and dark, with a screenshot in each. */
async function checkBothSchemes(page: Page, what: string, name: string): Promise<void> {
  await inEachScheme(page, async (scheme) => {
    await expectNoAxeViolations(page, `${what} (${scheme})`);
    await shot(page, `${name}-${scheme}.png`);
  });
}

/** Opens a dialog with the button, checks it with axe and that focus is inside it, then closes it. */
async function checkDialog(page: Page, button: string, dialogName: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  // Focus starts on a field of the dialog, never on its close button.
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  expect.soft(await focused.getAttribute('aria-label'), `first focus in ${button}`).not.toBe('Stäng');
  await expect(dialog.getByRole('button', { name: 'Stäng', exact: true })).toBeVisible();
  await checkBothSchemes(page, `dialog ${button}`, `dialog-${button.replace(/[^a-zåäö]+/gi, '-')}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

// One tour for both colour schemes: each screen and dialog is checked in light and then in dark
// as it stands, rather than the tour being walked twice.
test('axe: every screen and the main dialogs pass WCAG 2.1 A+AA, in light and dark', async ({ page }) => {
  test.setTimeout(240_000);
  await openDemo(page);
  for (const { link, title } of PAGES) {
    await goToPage(page, link);
    await expect(page).toHaveTitle(title);
    await checkBothSchemes(page, link, link.replace(/[^a-zåäö]+/gi, '-'));
    if (link === 'Scenarier') await checkDialog(page, 'Nytt scenario', 'Nytt scenario');
    if (link === 'Månadsstatistik') await checkDialog(page, 'Lägg till månad', 'Lägg till månad');
    if (link === 'Prognos') {
      await checkDialog(page, 'Spara i scenario…', 'Spara prognosen i ett scenario');
      // Changed assumptions: the badge by the heading.
      const referrals = page.getByRole('textbox', { name: 'Anmälningar per månad', exact: true });
      await referrals.fill('3,1');
      await expect(page.getByTestId('unsaved-assumptions')).toBeVisible();
      await checkBothSchemes(page, 'Prognos with changed assumptions', 'prognos-andrade-antaganden');
      // The question before leaving with them unsaved; staying keeps them.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Scenarier', exact: true }).click();
      const question = page.getByRole('dialog', { name: 'Lämna Prognos utan att spara de ändrade antagandena?' });
      await expect(question).toBeVisible();
      await checkBothSchemes(page, 'Prognos, the question before leaving', 'prognos-lamna-fraga');
      await question.getByRole('button', { name: 'Stanna kvar' }).click();
      await expect(question).toHaveCount(0);
      await page.getByRole('button', { name: 'Återställ planens värden' }).click();
      await expect(page.getByTestId('unsaved-assumptions')).toHaveCount(0);
    }
    if (link === 'Bemanning och budget') {
      // A salary ten times the others: the question above the table, with Ångra.
      const salary = page.getByRole('textbox', { name: 'Månadslön, rad 2' });
      await salary.fill('385 000');
      await salary.press('Tab');
      const notices = page.getByTestId('bemanning-fragor');
      await expect(notices).toBeVisible();
      await checkBothSchemes(page, 'Bemanning with a salary question', 'bemanning-fraga-om-lon');
      await notices.getByRole('button', { name: 'Ångra' }).click();
      await expect(notices).toHaveCount(0);
    }
    if (link === 'Hjälp') await checkDialog(page, 'Kortkommandon', 'Kortkommandon');
    if (link === 'Tjänsteutlåtanden') {
      await checkDialog(page, 'Nytt tjänsteutlåtande', 'Nytt tjänsteutlåtande');
      // The editor of a new memo.
      await page.getByRole('button', { name: 'Nytt tjänsteutlåtande' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Nytt tjänsteutlåtande' });
      await dialog.getByRole('radio', { name: 'Eget ärende' }).check();
      await dialog.getByRole('button', { name: 'Skapa utkast' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('memo-save-status')).toBeVisible();
      await expect(page).toHaveTitle('Tjänsteutlåtande – Lotsplan');
      // A memo's own address is under Tjänsteutlåtanden, and the menu says so.
      await expect(menu(page).getByRole('link', { name: 'Tjänsteutlåtanden' })).toHaveAttribute('aria-current', 'page');
      await expect(menu(page).locator('[aria-current="page"]')).toHaveCount(1);
      await checkBothSchemes(page, 'memo editor', 'tjansteutlatande-redigering');
    }
  }
});

/** How many animation frames the page asks for during `ms` milliseconds, counted from now. */
async function framesAskedForIn(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (wait) => {
    // This file is type-checked without the DOM library: the window is described as far as used.
    const win = globalThis as unknown as { requestAnimationFrame: (cb: unknown) => number; setTimeout: (cb: () => void, ms: number) => void };
    const original = win.requestAnimationFrame;
    let count = 0;
    win.requestAnimationFrame = (cb) => {
      count++;
      return original.call(win, cb);
    };
    await new Promise<void>((resolve) => win.setTimeout(resolve, wait));
    win.requestAnimationFrame = original;
    return count;
  }, ms);
}

test('keyboard: skip link, focus on the page heading after navigation, visible focus on figure cards', async ({ page }) => {
  await openDemo(page);
  // The skip link is the first stop of a freshly opened page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeFocused();

  // Choosing a page in the menu moves focus to that page's heading.
  await menu(page).getByRole('link', { name: 'Prognos', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeFocused();
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  // Once its charts are drawn the page rests: nothing asks for a frame each time the screen is
  // drawn (an idle page drawn 60 times a second costs a laptop its battery). The wait for the
  // heading lasts ten seconds; the page must be at rest well before.
  await expect.poll(() => framesAskedForIn(page, 500), { timeout: 5_000 }).toBeLessThan(3);

  // A figure card reached with Tab shows a ring.
  await menu(page).getByRole('link', { name: 'Översikt', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeFocused();
  const card = page.getByTestId('figure-lotsarFte');
  // Element functions run in the page; this file is type-checked without the DOM library.
  const isFocused = () => card.evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el);
  for (let i = 0; i < 40 && !(await isFocused()); i++) await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  const outline = await card.evaluate((el) => {
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).toBe('solid 2px');
  // Reached by keyboard, the card shows how the figure was computed (its tooltip is built on that first focus).
  await expect(page.getByRole('tooltip')).toContainText('årsarbetare');
  // The tooltip is built on that first focus, beside the card: the card keeps the focus, and Escape hides the tooltip.
  await expect(card).toBeFocused();
  await expect(card).toHaveAccessibleDescription(/årsarbetare/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(card).toBeFocused();
  await shot(page, 'fokus-nyckeltal.png');
});

test('keyboard only: create a scenario and read its comparison', async ({ page }) => {
  await openDemo(page);
  await menu(page).getByRole('link', { name: 'Scenarier', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeFocused();
  const tabTo = async (target: ReturnType<Page['getByRole']>) => {
    const isFocused = () => target.evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el);
    for (let i = 0; i < 40 && !(await isFocused()); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
  };
  await tabTo(page.getByRole('button', { name: 'Nytt scenario' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
  await expect(dialog.getByLabel('Namn')).toBeFocused();
  await expect(dialog.getByLabel('Namn')).toHaveValue(/^En lots till/);
  const name = await dialog.getByLabel('Namn').inputValue();
  await tabTo(dialog.getByRole('button', { name: 'Skapa scenario' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // The new scenario is listed once by name, without its starting point repeated as a badge.
  const list = page.getByRole('table', { name: 'Scenarier', exact: true });
  await expect(list.getByText(name, { exact: true })).toHaveCount(1);
  await expect(list.getByText('En lots till', { exact: true })).toHaveCount(name === 'En lots till' ? 1 : 0);
  await expect(page.getByRole('checkbox', { name: `Jämför ${name}` })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Jämförelse av scenarier' })).toContainText(name);
  await shot(page, 'scenario-tangentbord.png');
});

for (const width of [640, 320]) {
  test(`reflow at ${width} CSS px: the navigation folds behind a burger and the selectors are reachable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openDemo(page);
    const nav = menu(page);
    await expect(nav).toBeHidden();
    await shot(page, `oversikt-${width}px.png`);
    const burger = page.getByRole('button', { name: 'Öppna menyn' });
    await burger.click();
    await expect(nav).toBeVisible();
    const year = page
      .getByRole('textbox', { name: 'År' })
      .or(page.getByRole('combobox', { name: 'År' }))
      .first();
    await expect(year).toBeInViewport();
    await expect(year).toHaveValue('2020');
    await shot(page, `meny-${width}px.png`);
    await nav.getByRole('link', { name: 'Bemanning och budget' }).click();
    await expect(nav).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeInViewport();
    // Nothing wider than the window but the tables' own scroll regions.
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, `bemanning-${width}px.png`);
  });
}

test('the staffing table is not clipped at 1920 px: the content uses the width of the window', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDemo(page);
  await goToPage(page, 'Bemanning och budget');
  const region = page.getByRole('region', { name: 'Tjänster, tabell' });
  const clipped = await region.evaluate((el) => {
    const box = el as unknown as { scrollWidth: number; clientWidth: number };
    return box.scrollWidth - box.clientWidth;
  });
  expect(clipped).toBeLessThanOrEqual(0);
  // The title column is wide enough to read a title ("Biträdande enhetschef", not "Biträ").
  const title = await region.getByRole('columnheader', { name: 'Titel' }).boundingBox();
  expect(title?.width ?? 0).toBeGreaterThanOrEqual(180);
  await shot(page, 'bemanning-1920px.png');
});

test('the colour scheme follows the system and the switch overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Byt till ljust läge' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

/**
 * The properties whose transitions start while `act` runs and the dialog it opens appears. Counted
 * from the `transitionrun` events rather than read from the running animations afterwards: on a
 * busy machine a 200 ms fade can be over before a check after the dialog appeared gets to run.
 */
async function transitionsStartedBy(page: Page, act: () => Promise<void>): Promise<string[]> {
  // Strings, because this file is type-checked without the DOM library.
  await page.evaluate(`(() => {
    const seen = [];
    const note = (event) => seen.push(event.propertyName);
    document.addEventListener('transitionrun', note, true);
    window.__transitionsSeen = { seen, stop: () => document.removeEventListener('transitionrun', note, true) };
  })()`);
  await act();
  return (await page.evaluate(`(() => {
    const { seen, stop } = window.__transitionsSeen;
    stop();
    delete window.__transitionsSeen;
    return seen;
  })()`)) as string[];
}

test('with less motion asked for in the system, a dialog appears at once, without a transition', async ({ page }) => {
  const openDialog = async () => {
    await page.getByRole('button', { name: 'Nytt scenario' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
    await expect(dialog).toBeVisible();
    // Visible already at the fade's first frame (opacity 0 counts), before the browser has sent its
    // transitionrun: read once the dialog is fully drawn, which a fade reaches only at its end.
    await expect(dialog).toHaveCSS('opacity', '1');
  };
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDemo(page, 'Scenarier');
  expect(await transitionsStartedBy(page, openDialog)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Nytt scenario' })).toHaveCount(0);
  // The same dialog fades in when the system has no such wish: the check above would see it.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await transitionsStartedBy(page, openDialog)).not.toEqual([]);
});

test('a start without an address opens the unit, year and page the user was on last', async ({ page }) => {
  await openDemo(page);
  await goToPage(page, 'Prognos');
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  await page.goto('/');
  await expect(page).toHaveTitle('Prognos – Lotsplan');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/prognos?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020');
});

test('the notice after an export does not cover the selectors in the header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page);
  await goToPage(page, 'Importera och exportera');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera…' }).click()]);
  const notice = page.locator('.mantine-Notification-root').first();
  await expect(notice).toBeVisible();
  const [box, header] = await Promise.all([notice.boundingBox(), page.locator('.mantine-AppShell-header').boundingBox()]);
  expect(box!.y).toBeGreaterThan(header!.y + header!.height);
  await shot(page, 'export-notis.png');
});

/**
 * The charts drawn now that have no name: an SVG chart is an image to a screen reader, so each must
 * sit inside an element with role="img" and a non-empty aria-label. Returns the number of charts too.
 */
async function chartNames(page: Page): Promise<{ charts: number; names: string[]; unnamed: number }> {
  // Element functions run in the page; this file is type-checked without the DOM library.
  type El = { closest(s: string): El | null; getAttribute(n: string): string | null };
  return page.locator('svg.recharts-surface').evaluateAll((svgs) => {
    const labels = (svgs as unknown as El[]).map((svg) => svg.closest('[role="img"]')?.getAttribute('aria-label')?.trim() ?? '');
    return { charts: labels.length, names: [...new Set(labels.filter((l) => l !== ''))], unnamed: labels.filter((l) => l === '').length };
  });
}

test('every chart has a name for screen readers (Scenarier, Prognos, Månadsstatistik)', async ({ page }) => {
  await openDemo(page);
  await goToPage(page, 'Scenarier');
  await page.getByRole('button', { name: 'Nytt scenario' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nytt scenario' });
  await dialog.getByRole('button', { name: 'Skapa scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  const scenarios = await chartNames(page);
  expect(scenarios).toMatchObject({ charts: 1, unnamed: 0, names: ['Diagram: total kostnad och resultat för planen och scenarierna'] });
  await expect(page.getByRole('img', { name: 'Diagram: total kostnad och resultat för planen och scenarierna' })).toBeVisible();
  await page.getByRole('img', { name: 'Diagram: total kostnad och resultat för planen och scenarierna' }).scrollIntoViewIfNeeded();
  await shot(page, 'scenarier-diagram-namn.png');
  await expectNoAxeViolations(page, 'Scenarier with a comparison');

  for (const link of ['Prognos', 'Månadsstatistik']) {
    await goToPage(page, link);
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    // The page may draw its charts again when its forecast arrives: read them once they stand.
    await expect.poll(async () => (await chartNames(page)).charts, { message: `charts on ${link}` }).toBeGreaterThan(0);
    const named = await chartNames(page);
    expect(named.unnamed, `unnamed charts on ${link}: ${JSON.stringify(named)}`).toBe(0);
  }
});
