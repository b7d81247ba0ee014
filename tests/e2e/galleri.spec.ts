// The screenshot gallery in docs/screenshots/: every screen of the menu (and the welcome screen
// and the memo editor) at 1280 × 800, in the light and the dark colour scheme, with the demo data.
// It rewrites committed files, so it runs only when asked: LOTSPLAN_GALLERY=1 npx playwright test
// tests/e2e/galleri.spec.ts (after npm run build).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

const GALLERY_DIR = path.resolve(import.meta.dirname, '../../docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

/** "Bemanning och budget" → "bemanning-och-budget", "Översikt" → "oversikt". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function settle(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.mouse.move(0, 0);
  // Chart animations and the forecast worker's first answer.
  await page.waitForTimeout(1500);
}

async function capture(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(GALLERY_DIR, name) });
}

test.describe('screenshot gallery', () => {
  test.skip(process.env.LOTSPLAN_GALLERY !== '1', 'Only with LOTSPLAN_GALLERY=1: it rewrites docs/screenshots.');
  test.use({ viewport: VIEWPORT });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every screen at 1280 × 800 (${scheme})`, async ({ page, host }) => {
      test.setTimeout(300_000);
      fs.mkdirSync(GALLERY_DIR, { recursive: true });
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await expect(page.getByRole('heading', { name: 'Välkommen till Lotsplan' })).toBeVisible();
      await capture(page, `00-valkommen-${scheme}.png`);

      await page.getByRole('button', { name: 'Läs in demodata' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Rinkeby-Kista, SIG vuxna 2020' })).toBeVisible();
      // A memo to show in the editor, made through the API as the app makes it.
      const created = await page.request.post(`${host.url}api/createMemo`, {
        headers: { 'x-lotsplan-token': host.token },
        data: { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, type: 'redovisning' },
      });
      const memo = (await created.json()) as { ok: boolean; value: { summary: { id: number } } };
      expect(memo.ok).toBe(true);
      // Two scenarios, so that Scenarier shows what it is for: one lots more from April, and more referrals.
      for (const data of [
        { name: 'En lots till från april', preset: 'extraLots', extraLots: { fromMonth: 4 } },
        { name: 'Ökat tryck', preset: 'increasedPressure' },
      ]) {
        const scenario = await page.request.post(`${host.url}api/createScenario`, {
          headers: { 'x-lotsplan-token': host.token },
          data: { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, ...data },
        });
        expect(((await scenario.json()) as { ok: boolean }).ok).toBe(true);
      }

      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      const links = await menu.getByRole('link').allInnerTexts();
      expect(links.length).toBeGreaterThanOrEqual(10);
      for (const [i, text] of links.map((t) => t.trim()).entries()) {
        await menu.getByRole('link', { name: text, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        if (slug(text) === 'scenarier') {
          // Both scenarios chosen, so the comparison with the plan is on the screen.
          await page.getByRole('checkbox', { name: 'Jämför En lots till från april' }).check();
          await page.getByRole('checkbox', { name: 'Jämför Ökat tryck' }).check();
        }
        await capture(page, `${String(i + 1).padStart(2, '0')}-${slug(text)}-${scheme}.png`);
      }

      await page.goto(`/#/tjansteutlatanden/${memo.value.summary.id}?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020`);
      await expect(page.getByTestId('memo-save-status')).toBeVisible();
      // Beside the memo list: the same number, so the file names stay when screens are added.
      const memoIndex = links.findIndex((t) => slug(t) === 'tjansteutlatanden');
      await capture(page, `${String(memoIndex + 1).padStart(2, '0')}-tjansteutlatanden-redigering-${scheme}.png`);
    });
  }
});
