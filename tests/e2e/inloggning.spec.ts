// The browser host's login in a real browser: a browser without the session cookie sees only a
// Swedish sentence, never the app; the printed one-time address logs in, leaves a clean address
// and a cookie that the page's scripts cannot read; the same address does not work twice.
import { test, expect } from './fixtures.ts';
import { LOGIN_USED_TEXT, NO_SESSION_TEXT } from '../../src/hosts/browser/createBrowserHost.ts';

test('a browser without the cookie sees nothing of the app; the one-time address logs in once', async ({ browser, host, page }) => {
  // The test's own context is logged in (fixtures.ts): the app is there and the cookie is HttpOnly.
  await page.goto('/#/oversikt');
  await expect(page.getByText('Lotsplan', { exact: true }).first()).toBeVisible();
  expect(await page.evaluate('document.cookie')).toBe('');

  // Another browser on the same machine, with no cookie: the clean address shows only the sentence.
  const stranger = await browser.newContext();
  try {
    const other = await stranger.newPage();
    const answer = await other.goto(host.url);
    expect(answer!.status()).toBe(401);
    await expect(other.locator('body')).toHaveText(NO_SESSION_TEXT);
    expect(await other.content()).not.toContain(host.token);
    // The one-time address was already used by the test's context.
    const reused = await other.goto(host.loginUrl);
    expect(reused!.status()).toBe(403);
    await expect(other.locator('body')).toHaveText(LOGIN_USED_TEXT);
  } finally {
    await stranger.close();
  }
});

test('opening the one-time address leads to the clean address with the app', async ({ page, host }) => {
  // The context already has the cookie; the address with the secret still ends on the clean one.
  await page.goto(`${host.loginUrl}#/oversikt`);
  await expect(page.getByText('Lotsplan', { exact: true }).first()).toBeVisible();
  expect(page.url()).toBe(`${host.url}#/oversikt`);
});
