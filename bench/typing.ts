// Typing in the Prognos form: the built renderer in headless Chromium against the real browser host
// on the demo data. Each keystroke in "Anmälningar per månad" starts a new forecast; the time runs
// from the key until the next frame is drawn, which is what the user feels as the field's lag. The
// results that follow the new forecast are drawn after that frame (ForecastPage.tsx).
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, RENDERER_DIR, startDemoHost } from './opening.ts';

export interface TypingTiming {
  name: string;
  budgetMs: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

const PROGNOS_HASH = '#/prognos?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020';
/** After each key: the next animation frame, then one task, so that the frame has been drawn. */
const NEXT_FRAME = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))';

export async function typingTiming(executablePath: string, runs = 20, budgetMs = 200, rendererDir = RENDERER_DIR): Promise<TypingTiming> {
  const { host, close } = await startDemoHost(rendererDir);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await context.request.get(host.loginUrl, { maxRedirects: 0 });
    const page = await context.newPage();
    await page.goto(`${host.url}${PROGNOS_HASH}`);
    await page.getByTestId('wait-distribution').waitFor({ timeout: 120_000 });
    const field = page.getByRole('textbox', { name: 'Anmälningar per månad', exact: true });
    await field.click();
    await page.keyboard.press('End');
    const settle = async () => {
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 60_000 });
      await page.evaluate(NEXT_FRAME);
    };
    await settle();
    const times: number[] = [];
    // Alternately a digit added and taken away, so that every key gives a valid, new forecast.
    for (let i = 0; i < runs + 4; i++) {
      const t0 = performance.now();
      await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
      await page.evaluate(NEXT_FRAME);
      const ms = performance.now() - t0;
      if (i >= 4) times.push(ms); // the first keys warm up the code of the results
      await settle();
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    return { name: 'Prognos: en tangent i formuläret till nästa bild (Chromium)', budgetMs, medianMs: at(0.5), p95Ms: at(0.95), runs };
  } finally {
    await browser.close();
    await close();
  }
}
