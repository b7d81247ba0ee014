// The one accessibility check of the E2E suite: axe-core's WCAG 2.0/2.1 A and AA rules, and its
// best-practice rules (headings in order, no empty table headers, one banner landmark), on the page
// as it stands, once its transitions have finished. The engine that @axe-core/playwright brings
// (axe-core) is injected into the page once and run there: AxeBuilder injects it again into every
// frame on every call, which made the suite's axe-heavy files about a fifth slower (191 s against
// 161 s). page.evaluate is not subject to the page's CSP.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, settleTransitions } from './fixtures.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * The violations axe finds on the page once its transitions have ended, one line per
 * element (at most six per rule): rule, impact, selector, the element's start and axe's summary.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  await settleTransitions(page);
  // Only the violations are read; axe then gathers less for the rules that pass. A string, because
  // this file is type-checked without the DOM library.
  const violations = (await page.evaluate(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as Violation[];
  return violations.flatMap((v) =>
    v.nodes
      .slice(0, 6)
      .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.html.slice(0, 160)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
  );
}

/** Fails the test (softly, so every screen of a loop is reported) when axe finds a violation. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${what}`).toEqual([]);
}
