// Fault injection at every I/O step, as SQLite's own tests do for its calls: each writing
// operation is first run without faults to count its steps through the store's file seam; then it
// is run again with a failure at each step in turn, once and persistently, and the invariant of
// scenarios.ts is checked. SQLite's own writes cannot be intercepted; around them the store
// announces steps at the seam (a failure there fails the SQLite step), and inside them a real
// SQLite fault is provoked: a page limit (PRAGMA max_page_count) at each size between the file
// before and after, so SQLite reports a full disk at each page the operation needs.
// Shared by `npm test` (a sample of steps) and `npm run bench -- --crash` (every step).
import fs from 'node:fs';
// Not a React hook, whatever the name says: it swaps the store's file operations for this process.
import { useFileOps as replaceFileOps } from '../../../src/store/fileOps.ts';
import { FaultyOps, type FaultMode } from './faultyOps.ts';
import {
  lastRefusal,
  checkInvariant,
  copyTemplate,
  prepareTemplate,
  readState,
  SCENARIOS,
  session,
  DB_NAME,
  type Expected,
  type Scenario,
} from './scenarios.ts';
import path from 'node:path';

export interface FaultRunResult {
  cases: number;
  /** Cases in which the injected fault actually made something fail. */
  failed: number;
  problems: string[];
  stepsPerScenario: Record<string, number>;
}

async function runOnce(template: string, scenario: Scenario, ops: FaultyOps | null, pageLimitExtra: number | null) {
  const dir = copyTemplate(template, scenario);
  const s = session(dir);
  let succeeded: boolean | null = null;
  let pagesBefore = 0;
  let pagesAfter = 0;
  if (pageLimitExtra !== null || ops === null) {
    const store = await s.store();
    pagesBefore = Number(store.raw.pragma('page_count', { simple: true }));
    if (pageLimitExtra !== null) store.raw.pragma(`max_page_count = ${pagesBefore + pageLimitExtra}`);
  }
  const restore = ops ? replaceFileOps(ops) : () => {};
  try {
    succeeded = await scenario.run(s);
  } catch {
    succeeded = false;
  } finally {
    restore();
  }
  if (ops === null && !scenario.creates) pagesAfter = Number((await s.store()).raw.pragma('page_count', { simple: true }));
  await s.close();
  return { dir, succeeded, growth: pagesAfter - pagesBefore };
}

export async function runFaultCases(
  options: {
    maxStepsPerScenario?: number;
    modes?: FaultMode[];
    scenarios?: string[];
    /** Also every pair of steps, each failing once (the second fault hits the clean-up of the first). */
    pairs?: boolean;
  } = {},
): Promise<FaultRunResult> {
  const template = await prepareTemplate();
  const modes = options.modes ?? ['once', 'persistent'];
  const result: FaultRunResult = { cases: 0, failed: 0, problems: [], stepsPerScenario: {} };
  try {
    for (const scenario of SCENARIOS.filter((s) => !options.scenarios || options.scenarios.includes(s.name))) {
      const before = scenario.creates ? null : readState(path.join(template, DB_NAME));
      // The reference run: no fault; it counts the steps and gives the state after.
      const counter = new FaultyOps({ failAt: null, mode: 'once' });
      const reference = await runOnce(template, scenario, counter, null);
      if (!reference.succeeded) throw new Error(`${scenario.name}: the operation fails without any fault: ${lastRefusal}`);
      const expected: Expected = { before, after: readState(path.join(reference.dir, DB_NAME)) };
      fs.rmSync(reference.dir, { recursive: true, force: true });
      const steps = counter.steps.length;
      result.stepsPerScenario[scenario.name] = steps;
      // An even spread of steps when not all are run.
      const limit = Math.min(steps, options.maxStepsPerScenario ?? steps);
      const chosen = [...new Set(Array.from({ length: limit }, (_, i) => Math.floor((i * steps) / limit)))];
      for (const mode of modes) {
        for (const failAt of chosen) {
          const ops = new FaultyOps({ failAt, mode });
          const run = await runOnce(template, scenario, ops, null);
          result.cases++;
          if (ops.failures > 0) result.failed++;
          const problems = await checkInvariant(run.dir, scenario, expected, { laterOpen: mode === 'persistent', succeeded: run.succeeded });
          for (const p of problems)
            result.problems.push(`${scenario.name}, fel vid steg ${failAt} (${counter.steps[failAt]}, ${mode === 'once' ? 'en gång' : 'bestående'}): ${p}`);
          fs.rmSync(run.dir, { recursive: true, force: true });
        }
      }
      if (options.pairs) {
        for (let first = 0; first < steps; first++) {
          for (let second = first + 1; second < steps; second++) {
            const ops = new FaultyOps({ failAt: [first, second], mode: 'once' });
            const run = await runOnce(template, scenario, ops, null);
            result.cases++;
            if (ops.failures > 0) result.failed++;
            const problems = await checkInvariant(run.dir, scenario, expected, { laterOpen: true, succeeded: run.succeeded });
            for (const p of problems) result.problems.push(`${scenario.name}, fel vid steg ${first} och ${second}: ${p}`);
            fs.rmSync(run.dir, { recursive: true, force: true });
          }
        }
      }
      if (scenario.sqliteWrites) {
        // Measure how many pages the operation adds, then limit the file at each size below that.
        const measured = await runOnce(template, scenario, null, null);
        fs.rmSync(measured.dir, { recursive: true, force: true });
        const growth = Math.max(1, measured.growth);
        const limits = Math.min(growth, options.maxStepsPerScenario ?? growth);
        for (const extra of [...new Set(Array.from({ length: limits }, (_, i) => Math.floor((i * growth) / limits)))]) {
          const run = await runOnce(template, scenario, null, extra);
          result.cases++;
          if (!run.succeeded) result.failed++;
          const problems = await checkInvariant(run.dir, scenario, expected, { laterOpen: false, succeeded: run.succeeded });
          for (const p of problems) result.problems.push(`${scenario.name}, full disk efter ${extra} nya sidor: ${p}`);
          fs.rmSync(run.dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    fs.rmSync(template, { recursive: true, force: true });
  }
  return result;
}
