// Shared helpers for the store tests: temp folders, file hashes and a full sample plan.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UnitYearPlan } from '../../src/core/plan/model.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';
import { deferCleanup } from '../support/cleanups.ts';

const made: string[] = [];
const opened: LotsplanStore[] = [];
let scheduled = false;

/** After the test: every tracked store closed, then every temp folder removed. */
function scheduleCleanup(): void {
  if (scheduled) return;
  scheduled = true;
  deferCleanup(async () => {
    scheduled = false;
    for (const store of opened.splice(0)) await store.close();
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
}

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-store-'));
  made.push(dir);
  scheduleCleanup();
  return dir;
}

/** Closes the store after the test even when the test fails. */
export function track<S extends LotsplanStore>(store: S): S {
  opened.push(store);
  scheduleCleanup();
  return store;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function samplePlan(overrides: Partial<UnitYearPlan> = {}): UnitYearPlan {
  return {
    district: 'Rinkeby-Kista',
    unit: 'SIG vuxna',
    year: 2020,
    ageFrom: 18,
    ageTo: null,
    caseloadPerLots: 7,
    poPercent: 39.15,
    staff: [
      { role: 'enhetschef', title: 'Enhetschef', fte: 0.5, monthlySalary: 52000, fromMonth: 1, toMonth: 12 },
      { role: 'lots', title: 'Lots', fte: 1, monthlySalary: 36500.5, fromMonth: 1, toMonth: 12 },
      { role: 'lots', title: '', fte: 0.75, monthlySalary: 36000, fromMonth: 3, toMonth: 9 },
      { role: 'annan', title: 'Jobbcoach', fte: 0.2, monthlySalary: 0, fromMonth: 6, toMonth: 6 },
    ],
    otherCosts: [
      { label: 'Lokaler', amount: 180000 },
      { label: 'Aktiviteter för deltagare', amount: 0.5 },
    ],
    funding: [
      { source: 'Socialförvaltningen', amount: 4500000, period: '1' },
      { source: 'Egen budget', amount: 200000, period: null },
    ],
    participants: { enrolled: 27, men: 24, women: 3, otherGender: 0, genderUnknown: 0, queue: 0, touched: 41 },
    demand: { arrivalsPerMonth: 2.25, meanStayMonths: 12 },
    ...overrides,
  };
}
