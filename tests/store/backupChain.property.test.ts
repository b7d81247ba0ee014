// The invariant of the backup chain. After any sequence of imports, edits, restores, manual and
// start-up backups, with several in the same second and a clock that steps backwards:
// - every backup restores exactly the state its label (reason and time) promises;
// - the state before every import and restore is in a backup taken right then;
// - a backup disappears only when rotation's documented rules (README, rotation.ts) remove it:
//   never a manual one, never one of the last 24 hours or dated in the future, never the newest of
//   one of the last 7 days or 4 ISO weeks; and rotation does remove all others.
// The rules are written out again here, independently of planRotation.
// `LOTSPLAN_BACKUP_CHAIN_RUNS` sets the number of cases (`npm run bench -- --long` runs many more).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';
import { backupDatabase } from '../../src/store/backups/create.ts';
import { takeAutomaticBackup, ensureRecentBackup } from '../../src/store/backups/automatic.ts';
import { restoreDatabase } from '../../src/store/backups/restore.ts';
import { parseBackupName } from '../../src/store/backups/names.ts';
import { afterEach, beforeAll } from 'vitest';
import os from 'node:os';
import { samplePlan } from './helpers.ts';

const RUNS = Number(process.env.LOTSPLAN_BACKUP_CHAIN_RUNS ?? 200);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// On tmpfs where there is one: the property is about names and contents, not about fsync, and a few
// hundred cases would otherwise spend most of their time waiting for the disk.
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const root = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(root, 'lotsplan-chain-'));
  made.push(dir);
  return dir;
}

// A freshly migrated, empty database, copied for each case instead of migrating again.
let template = '';
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'lotsplan-chain-template-'));
  template = path.join(dir, 'tom.sqlite');
  await (await openStore(template)).close();
  return () => fs.rmSync(dir, { recursive: true, force: true });
});

type Op =
  | { kind: 'import'; unit: number }
  | { kind: 'edit'; unit: number; caseload: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'manual' }
  | { kind: 'startup' };

/** How far the clock moves before an operation: often not at all, sometimes backwards. */
const step = fc.constantFrom(0, 0, 0, 0, 300, 1000, 2500, -1000, -30_000, 40 * 60_000, 5 * HOUR, -3 * HOUR, 13 * HOUR, DAY, 2 * DAY, 5 * DAY, 9 * DAY);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('import' as const), unit: fc.nat({ max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), unit: fc.nat({ max: 5 }), caseload: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('manual' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('startup' as const) }) },
);

/** Everything the database holds, table by table. */
function fingerprintOf(db: Database.Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const hash = crypto.createHash('sha256');
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

function fileFingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fingerprintOf(db);
  } finally {
    db.close();
  }
}

function storeFingerprint(store: LotsplanStore): string {
  return fingerprintOf((store as unknown as { raw: Database.Database }).raw);
}

interface Kept {
  fileName: string;
  state: string;
  reason: string;
  /** The clock when it was taken, to the second (what the name says). */
  label: number;
  /** Order of creation, for backups of the same second. */
  order: number;
}

/** Local calendar day number. */
function dayOf(t: number): number {
  const d = new Date(t);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
}

/** The day number of the Monday of t's ISO week. */
function mondayOf(t: number): number {
  const d = new Date(t);
  return dayOf(t) - ((d.getDay() + 6) % 7);
}

/** The names rotation at `now` may remove from `all`, by the documented rules. */
function removableByRules(all: Kept[], now: number): Set<string> {
  const today = dayOf(now);
  const newer = (a: Kept, b: Kept) => a.label > b.label || (a.label === b.label && a.order > b.order);
  const counted = all.filter((b) => b.reason !== 'manuell' && dayOf(b.label) <= today);
  const newestOf = (key: (b: Kept) => number, b: Kept) => !counted.some((o) => o !== b && key(o) === key(b) && newer(o, b));
  const out = new Set<string>();
  for (const b of all) {
    if (b.reason === 'manuell') continue;
    if (dayOf(b.label) > today) continue;
    if (now - b.label < DAY) continue;
    if (today - dayOf(b.label) < 7 && newestOf((x) => dayOf(x.label), b)) continue;
    if ((mondayOf(now) - mondayOf(b.label)) / 7 < 4 && newestOf((x) => mondayOf(x.label), b)) continue;
    out.add(b.fileName);
  }
  return out;
}

function backupFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

async function runChain(steps: Array<[number, Op]>, start: number): Promise<void> {
  const dir = tempDir();
  const dbPath = path.join(dir, 'lotsplan.sqlite');
  const backupDir = path.join(dir, 'backups');
  fs.copyFileSync(template, dbPath);
  let store = await openStore(dbPath, { create: false });
  const kept = new Map<string, Kept>();
  let order = 0;
  let clock = start;
  try {
    for (const [delta, operation] of steps) {
      clock += delta;
      const now = new Date(clock);
      const label = Math.floor(clock / 1000) * 1000;
      const before = storeFingerprint(store);
      const hadData = (await store.countUnitYears()) > 0;
      let expectedReason: string | null = null;
      let rotates = false;
      let after = before;

      switch (operation.kind) {
        case 'import': {
          if (hadData) {
            await takeAutomaticBackup(store, 'fore-import', { now });
            expectedReason = 'fore-import';
            rotates = true;
          }
          await store.replaceUnitYear(samplePlan({ unit: `Enhet ${operation.unit}`, caseloadPerLots: 7 + order }));
          after = storeFingerprint(store);
          break;
        }
        case 'edit': {
          await store.replaceUnitYear(samplePlan({ unit: `Enhet ${operation.unit}`, caseloadPerLots: operation.caseload }));
          after = storeFingerprint(store);
          break;
        }
        case 'restore': {
          const candidates = [...kept.values()];
          if (candidates.length === 0) continue;
          const chosen = candidates[operation.pick % candidates.length]!;
          await store.close();
          try {
            await restoreDatabase(dbPath, path.join(backupDir, chosen.fileName), { now });
          } finally {
            store = await openStore(dbPath, { create: false });
          }
          after = storeFingerprint(store);
          expect(after, `restored ${chosen.fileName}`).toBe(chosen.state);
          expectedReason = 'fore-aterstallning';
          rotates = true;
          break;
        }
        case 'manual': {
          await backupDatabase(store, { reason: 'manuell', now });
          expectedReason = 'manuell';
          break;
        }
        case 'startup': {
          const newest = [...kept.values()].sort((a, b) => b.label - a.label || b.order - a.order)[0];
          const due = hadData && (!newest || clock - newest.label >= 12 * HOUR);
          await ensureRecentBackup(store, { now, maxAgeHours: 12 });
          if (due) {
            expectedReason = 'automatisk';
            rotates = true;
          }
          break;
        }
      }

      const files = backupFiles(backupDir);
      // Nothing half-written is left behind.
      expect(files.filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
      const added = files.filter((f) => !kept.has(f));
      expect(added, `${operation.kind}: new backups`).toHaveLength(expectedReason === null ? 0 : 1);
      const candidatesForRotation = [...kept.values()];
      if (expectedReason !== null) {
        const fileName = added[0]!;
        const parsed = parseBackupName(dbPath, fileName);
        expect(parsed, fileName).not.toBeNull();
        expect(parsed!.reason).toBe(expectedReason);
        expect(parsed!.takenAt.getTime()).toBe(label);
        // The backup holds the state right before the change.
        expect(fileFingerprint(path.join(backupDir, fileName)), fileName).toBe(before);
        const entry: Kept = { fileName, state: before, reason: expectedReason, label, order: order++ };
        candidatesForRotation.push(entry);
        kept.set(fileName, entry);
      }
      const removed = [...kept.keys()].filter((f) => !files.includes(f)).sort();
      const allowed = rotates ? [...removableByRules(candidatesForRotation, clock)].sort() : [];
      expect(removed, `${operation.kind} at ${now.toISOString()}: removed`).toEqual(allowed);
      for (const f of removed) kept.delete(f);
      expect(storeFingerprint(store)).toBe(after);
    }
    // The restore drill: every kept backup passes the checks a restore makes and still holds
    // exactly the state its label promises.
    for (const entry of kept.values()) {
      const file = path.join(backupDir, entry.fileName);
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true }), entry.fileName).toBe('ok');
        expect(db.pragma('foreign_key_check'), entry.fileName).toEqual([]);
        expect(db.pragma('journal_mode', { simple: true }), entry.fileName).toBe('delete');
      } finally {
        db.close();
      }
      expect(fileFingerprint(file), entry.fileName).toBe(entry.state);
    }
  } finally {
    await store.close();
  }
}

describe('the backup chain', () => {
  it(
    'keeps the state before every change until the documented rotation removes it',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(step, op), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 60 * DAY }), async (steps, offset) =>
          runChain(steps, new Date(2026, 0, 5, 9, 0, 0, 250).getTime() + offset),
        ),
        { numRuns: RUNS },
      );
    },
    Math.max(600_000, RUNS * 500),
  );

  it('keeps the state before each of four imports made in the same second', async () => {
    const at: [number, Op] = [0, { kind: 'import', unit: 0 }];
    await runChain(
      [at, [0, { kind: 'import', unit: 1 }], [0, { kind: 'import', unit: 2 }], [0, { kind: 'import', unit: 3 }], [0, { kind: 'import', unit: 4 }]],
      new Date(2026, 10, 22, 21, 30, 45).getTime(),
    );
  });

  it('keeps the state before imports when the clock steps back into a second that already has backups', async () => {
    await runChain(
      [
        [0, { kind: 'import', unit: 0 }],
        [0, { kind: 'import', unit: 1 }],
        [1000, { kind: 'import', unit: 2 }],
        [-1000, { kind: 'import', unit: 3 }],
        [0, { kind: 'restore', pick: 0 }],
        [-30_000, { kind: 'import', unit: 4 }],
      ],
      new Date(2026, 10, 22, 21, 30, 45).getTime(),
    );
  });
});
