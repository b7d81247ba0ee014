// The writing operations of Lotsplan, each run through the real API on a copy of a prepared
// database folder, and the invariant every one must keep whatever fails: the database opens,
// passes integrity_check and foreign_key_check, holds the state before or the state after (never
// a mix), a backup that exists is complete, an import that happened has its backup of the state
// before, and no stray file is left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDispatch } from '../../../src/api/dispatch.ts';
import { createStoreContext } from '../../../src/api/storeContext.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { SqliteStore } from '../../../src/store/sqliteStore.ts';
import { parseBackupName } from '../../../src/store/backups/names.ts';
import { removeStalePartials, removeStaleRestoreCopies } from '../../../src/store/backups/partials.ts';
import { statisticsWorkbook } from '../../../src/api/export/statisticsWorkbook.ts';
import { toUnitExchangeText } from '../../../src/core/exchange/unitExchangeFile.ts';
import { demoUnitYears } from '../../../src/api/demo/demoData.ts';
import type { CallInput, CallName, CallOutput } from '../../../src/api/contracts/index.ts';
import type { Envelope } from '../../../src/api/envelope.ts';

export const DB_NAME = 'lotsplan.sqlite';
const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;

type Call = <N extends CallName>(name: N, input: CallInput<N>) => Promise<Envelope<CallOutput<N>>>;

export interface Session {
  dir: string;
  db: string;
  call: Call;
  /** The open store (opened on first use). */
  store(): Promise<SqliteStore>;
  close(): Promise<void>;
}

export function session(dir: string): Session {
  const db = path.join(dir, DB_NAME);
  const ctx = createStoreContext(db, { open: (file, options) => openStore(file, options) });
  const dispatch = createDispatch(ctx, {
    onInternalError: (call, error) => {
      if (process.env.LOTSPLAN_FAULTS_DEBUG) console.error(call, error);
    },
  });
  const call: Call = (name, input) => dispatch(name, input) as never;
  return {
    dir,
    db,
    call,
    store: async () => (await ctx.getStore()) as SqliteStore,
    close: () => ctx.close(),
  };
}

async function ok<N extends CallName>(s: Session, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await s.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

export interface Scenario {
  name: string;
  /** Runs the operation; throws or returns false when it was refused or failed. */
  run(s: Session): Promise<boolean>;
  /** The reason of the backup the operation must have taken before changing anything, if any. */
  backupReason?: string;
  /** Writes with SQLite into the current database (the page-limit faults apply). */
  sqliteWrites: boolean;
  /** A new database: before, there is no file. */
  creates?: boolean;
  /** Changes the copied folder before the operation runs. */
  prepare?(dir: string): void;
  /** States that count as "after" besides the exact one (see restore). */
  alsoAfter?: (after: DbState) => DbState[];
}

const changedPlan = () => {
  const plan = structuredClone(demoUnitYears()[0]!.plan);
  plan.staff.push({ role: 'lots', title: 'Ny lots från fil', fte: 1, monthlySalary: 39_000, fromMonth: 3, toMonth: 12 });
  plan.otherCosts.push({ label: 'Utbildning', amount: 25_000 });
  return plan;
};

let statisticsFile: Promise<string> | undefined;
const statisticsBase64 = () =>
  (statisticsFile ??= statisticsWorkbook(RK, [
    { month: '2020-01', referrals: 3, newEnrolments: 2, discharges: 1, enrolledAtMonthEnd: 28, queueAtMonthEnd: 0, dischargesByStay: null },
    { month: '2020-02', referrals: 2, newEnrolments: 2, discharges: 2, enrolledAtMonthEnd: 28, queueAtMonthEnd: 1, dischargesByStay: null },
  ] as never).then((b) => b.toString('base64')));

/** The last refusal, for the message of a reference run that fails. */
export let lastRefusal = '';
const succeeded = (e: Envelope<unknown>) => {
  if (!e.ok) lastRefusal = JSON.stringify(e.error);
  return e.ok;
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'import av utväxlingsfil',
    backupReason: 'fore-import',
    sqliteWrites: true,
    run: async (s) => succeeded(await s.call('importExchange', { fileName: 'plan.json', text: toUnitExchangeText(changedPlan()) })),
  },
  {
    name: 'import av månadsstatistik',
    backupReason: 'fore-import-av-statistik',
    sqliteWrites: true,
    run: async (s) =>
      succeeded(
        await s.call('importMonthlyStatistics', { district: RK.district, unit: RK.unit, fileName: 'statistik.xlsx', base64: await statisticsBase64() }),
      ),
  },
  {
    name: 'ändring i bemanningen',
    sqliteWrites: true,
    run: async (s) =>
      succeeded(
        await s.call('updateOtherCosts', {
          ...RK,
          otherCosts: [
            { label: 'Lokaler', amount: 190_000 },
            { label: 'Resor', amount: 12_000 },
          ],
        }),
      ),
  },
  {
    name: 'sparat tjänsteutlåtande',
    sqliteWrites: true,
    run: async (s) => {
      const memo = (await ok(s, 'listMemos', RK)).memos[0]!;
      const view = await ok(s, 'getMemo', { id: memo.id });
      const edit = { metadata: view.content.metadata, skrivelse: view.content.skrivelse, sections: view.content.sections, options: view.content.options };
      (edit.metadata as { title?: string }).title = 'Ändrad rubrik';
      return succeeded(await s.call('saveMemo', { id: memo.id, baseVersion: view.version, edit } as never));
    },
  },
  {
    name: 'säkerhetskopia',
    sqliteWrites: false,
    run: async (s) => succeeded(await s.call('backupNow', {})),
  },
  {
    name: 'första säkerhetskopian (ny mapp backups)',
    sqliteWrites: false,
    prepare: (dir) => fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true }),
    run: async (s) => succeeded(await s.call('backupNow', {})),
  },
  {
    name: 'återställning',
    sqliteWrites: false,
    run: async (s) => {
      const listing = await ok(s, 'listBackups', {});
      const manual = listing.backups.find((b) => b.manual)!;
      return succeeded(await s.call('restoreBackup', { fileName: manual.fileName }));
    },
    // The restore's audit entry is written after the file is replaced, in its own transaction.
    alsoAfter: (after) => [withoutAudit(after, 'restore')],
  },
  {
    name: 'ny databas',
    sqliteWrites: false,
    creates: true,
    run: async (s) => {
      await s.store();
      return true;
    },
  },
];

/**
 * The prepared folder every scenario starts from: the demo, a manual backup of it, then a change
 * (so a restore of that backup changes the state), and a memo.
 */
export async function prepareTemplate(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-faults-template-'));
  const s = session(dir);
  await ok(s, 'loadDemo', {});
  await ok(s, 'backupNow', {});
  await ok(s, 'updateOtherCosts', { ...RK, otherCosts: [{ label: 'Lokaler', amount: 185_000 }] });
  await ok(s, 'createMemo', { ...RK, type: 'redovisning' });
  await s.close();
  return dir;
}

/** A fresh copy of the template (or an empty folder for a new database). */
export function copyTemplate(template: string, scenario: Scenario): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-faults-'));
  if (!scenario.creates) fs.cpSync(template, dir, { recursive: true });
  scenario.prepare?.(dir);
  return dir;
}

// ---- The state of a database, for "before or after, never a mix" ----

/** Every row of every table, with time stamps reduced to whether they are set. */
export type DbState = Record<string, unknown[]>;

const TIME_COLUMN = /(^at$|_at$)/;
/** Times in texts (the audit log names backups by their time): "2026-11-22T213005-2", "2026-11-22 kl. 21.30.05". */
const TIME_IN_TEXT = /\d{4}-\d{2}-\d{2}(?:T\d{4,6}|T\d{2}:\d{2}(?::\d{2})?| kl\. \d{2}\.\d{2}(?:\.\d{2})?)(?:-[a-z-]+?)?(?:-\d+)?(?=\.sqlite|\)|\b)/g;

function normalize(column: string, value: unknown): unknown {
  if (TIME_COLUMN.test(column)) return value !== null;
  // The sequence of a backup taken in the same second as another ("…-2.sqlite") depends on the clock too.
  return typeof value === 'string' ? value.replace(TIME_IN_TEXT, 'TID').replace(/-\d+\.sqlite\b/g, '.sqlite') : value;
}

export function readState(file: string): DbState {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const state: DbState = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      state[table] = rows
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, normalize(k, v)])))
        .map((row) => JSON.stringify(row))
        .sort();
    }
    return state;
  } finally {
    db.close();
  }
}

function withoutAudit(state: DbState, action: string): DbState {
  const audit = state.audit_log;
  if (!audit) return state;
  return { ...state, audit_log: audit.filter((row) => (JSON.parse(row as string) as { action: string }).action !== action) };
}

const same = (a: DbState, b: DbState) => JSON.stringify(a) === JSON.stringify(b);

function checkProblems(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const keys = db.pragma('foreign_key_check') as unknown[];
    if (keys.length > 0) problems.push(`foreign_key_check: ${keys.length} rader`);
    return problems;
  } finally {
    db.close();
  }
}

function filesIn(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

export interface Expected {
  before: DbState | null;
  after: DbState;
}

/**
 * The invariant after an operation that may have failed anywhere. `laterOpen`: a fault that
 * persisted may leave a partial copy that only a later open removes, once its writer is gone
 * (modelled by cleaning up as a day later). Returns the problems found, in words.
 */
export async function checkInvariant(
  dir: string,
  scenario: Scenario,
  expected: Expected,
  options: { laterOpen: boolean; succeeded: boolean | null },
): Promise<string[]> {
  const db = path.join(dir, DB_NAME);
  const problems: string[] = [];
  if (!fs.existsSync(db)) {
    if (!scenario.creates) return ['databasfilen finns inte längre'];
    if (options.succeeded) problems.push('en ny databas rapporterades klar men filen finns inte');
  } else {
    // The database opens through the store, with its checks (this also upgrades nothing here).
    try {
      const store = await openStore(db, { create: false });
      await store.close();
    } catch (error) {
      return [`databasen öppnas inte: ${(error as Error).message}`];
    }
    problems.push(...checkProblems(db).map((p) => `databasen: ${p}`));
    const state = readState(db);
    const afters = [expected.after, ...(scenario.alsoAfter?.(expected.after) ?? [])];
    const isBefore = expected.before !== null && same(state, expected.before);
    const isAfter = afters.some((a) => same(state, a));
    if (!isBefore && !isAfter) problems.push('databasen har varken läget före eller efter');
    if (options.succeeded === true && !isAfter) problems.push('åtgärden rapporterades lyckad men databasen har inte läget efter');
    if (options.succeeded === false && !isBefore && !scenario.creates && !scenario.alsoAfter) {
      problems.push('åtgärden rapporterades misslyckad men databasen har ändrats');
    }
    if (scenario.backupReason && isAfter && expected.before) {
      const backups = fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')) : [];
      const promised = backups.filter((f) => parseBackupName(db, f)?.reason === scenario.backupReason);
      if (!promised.some((f) => same(readState(path.join(dir, 'backups', f)), expected.before!))) {
        problems.push(`importen gjordes utan en säkerhetskopia av läget före (${scenario.backupReason})`);
      }
    }
  }
  if (options.laterOpen && fs.existsSync(db)) {
    const aDayLater = new Date(Date.now() + 25 * 3_600_000);
    removeStalePartials(db, { now: aDayLater });
    removeStaleRestoreCopies(db, { now: aDayLater });
  }
  for (const file of filesIn(dir)) {
    if (file === DB_NAME || file === `${DB_NAME}-wal` || file === `${DB_NAME}-shm`) continue;
    const [folder, name, ...rest] = file.split('/');
    if (folder === 'backups' && name && rest.length === 0 && parseBackupName(db, name)) {
      const bad = checkProblems(path.join(dir, file));
      if (bad.length > 0) problems.push(`säkerhetskopian ${name} är skadad: ${bad.join('; ')}`);
      continue;
    }
    problems.push(`kvarlämnad fil: ${file}`);
  }
  return problems;
}
