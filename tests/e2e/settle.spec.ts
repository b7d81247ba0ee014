// settleTransitions (fixtures.ts), which axe and the screenshots wait on: it waits until a finite
// transition has ended, and does not wait for an endless animation. On a page of its own, without
// the app, so the base Playwright test is used (the app's fixtures require requests to the host).
import { test, expect } from '@playwright/test';
import { settleTransitions } from './fixtures.ts';

const PAGE = `<style>
  #text { color: rgb(0, 0, 0); transition: color 600ms linear; }
  #text.on { color: rgb(255, 0, 0); }
  #loader { animation: spin 1s linear infinite; }
  @keyframes spin { to { transform: rotate(360deg); } }
</style><p id="text">Text</p><div id="loader">o</div>`;

test('settleTransitions waits for a finite transition to end and not for an endless animation', async ({ page }) => {
  await page.setContent(PAGE);
  await page.evaluate('document.getElementById("text").classList.add("on")');
  await settleTransitions(page);
  // The colour the transition ends on, not one on the way there.
  expect(await page.evaluate('getComputedStyle(document.getElementById("text")).color')).toBe('rgb(255, 0, 0)');
  // The endless loader is still running, and a second call returns although it is.
  await settleTransitions(page);
  expect(await page.evaluate('document.getAnimations().filter((a) => a.playState === "running").length')).toBe(1);
});
