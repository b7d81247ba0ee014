// The crash test of import-with-backup, backup and restore, shared by `npm test` and
// `npm run bench -- --crash`: a child (opsWriter.ts) runs them in turn through the real API; we
// SIGKILL it at random moments. After every kill the database must open and pass its checks, hold
// the state after the last finished operation or after the one in flight, every backup must be
// complete, and no partial file may be left once its writer is gone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../../src/store/index.ts';
import { parseBackupName } from '../../../src/store/backups/names.ts';
import { removeStalePartials, removeStaleRestoreCopies } from '../../../src/store/backups/partials.ts';
import { bundledChild } from './bundledChild.ts';
import { crashPlan } from './crashPlan.ts';

const WRITER = path.join(import.meta.dirname, 'opsWriter.ts');

export interface OpsCrashResult {
  kills: number;
  /** Operations the child reported as finished. */
  finished: number;
  /** Kills that hit an operation in flight. */
  inFlight: number;
  problems: string[];
}

interface Run {
  /** The state after the last finished operation (or at start). */
  last: string;
  /** The state the operation in flight would leave, if one was. */
  pending: string | null;
  finished: number;
  lastNumber: number;
}

function runUntilKilled(writer: string, dbPath: string, first: number, killAfterMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { last: '', pending: null, finished: 0, lastNumber: first - 1 };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, ...rest] = line.split(' ');
        if (word === 'ready') {
          run.last = rest.join(' ');
          timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (word === 'begin') {
          run.lastNumber = Number(rest[0]);
          run.pending = rest.slice(2).join(' ');
        } else if (word === 'done') {
          run.last = rest.slice(1).join(' ');
          run.pending = null;
          run.finished++;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited without being killed: ${stderr}`));
      else resolve(run);
    });
  });
}

function checkProblems(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) integrity.push('foreign_key_check');
    return integrity;
  } finally {
    db.close();
  }
}

function units(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM units ORDER BY name').pluck().all() as string[]).join('|');
  } finally {
    db.close();
  }
}

export async function runOpsCrashTest(kills: number, random: () => number = Math.random): Promise<OpsCrashResult> {
  const writer = await bundledChild(WRITER);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-opscrash-'));
  const dbPath = path.join(dir, 'krock.sqlite');
  const backupsDir = path.join(dir, 'backups');
  const result: OpsCrashResult = { kills, finished: 0, inFlight: 0, problems: [] };
  const checked = new Set<string>();
  try {
    // A database with data, so that every import takes its backup first.
    const seed = await openStore(dbPath);
    await seed.replaceUnitYear(crashPlan(1));
    await seed.close();
    let next = 2;
    for (let k = 0; k < kills; k++) {
      const run = await runUntilKilled(writer, dbPath, next, Math.floor(random() * 600));
      result.finished += run.finished;
      if (run.pending !== null) result.inFlight++;
      next = run.lastNumber + 1;
      const where = `efter SIGKILL ${k + 1}`;
      // The database opens through the store (which also removes what a dead writer left, once old enough).
      try {
        const store = await openStore(dbPath, { create: false });
        const health = await store.check();
        if (!health.healthy) result.problems.push(`${where}: databasen: ${health.messages.join(' ')}`);
        await store.close();
      } catch (error) {
        result.problems.push(`${where}: databasen öppnas inte: ${(error as Error).message}`);
        break;
      }
      const state = units(dbPath);
      if (state !== run.last && state !== run.pending) {
        result.problems.push(`${where}: databasen har varken läget efter den senaste åtgärden eller efter den pågående (${state})`);
      }
      // Every backup is complete; partial files of the dead writer go (as on a later open, minutes later).
      const later = new Date(Date.now() + 3 * 60_000);
      removeStalePartials(dbPath, { now: later });
      removeStaleRestoreCopies(dbPath, { now: later });
      for (const f of fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir) : []) {
        if (!parseBackupName(dbPath, f)) {
          result.problems.push(`${where}: kvarlämnad fil i backups: ${f}`);
          continue;
        }
        if (checked.has(f)) continue;
        checked.add(f);
        const bad = checkProblems(path.join(backupsDir, f));
        if (bad.length > 0) result.problems.push(`${where}: säkerhetskopian ${f} är skadad: ${bad.join('; ')}`);
      }
      for (const f of fs.readdirSync(dir)) {
        if (!['krock.sqlite', 'krock.sqlite-wal', 'krock.sqlite-shm', 'backups'].includes(f)) result.problems.push(`${where}: kvarlämnad fil: ${f}`);
      }
    }
  } finally {
    // LOTSPLAN_KEEP_CRASH_DIR=1 keeps the folder of a failed run for a look.
    if (result.problems.length > 0 && process.env.LOTSPLAN_KEEP_CRASH_DIR) result.problems.push(`mappen finns kvar: ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
