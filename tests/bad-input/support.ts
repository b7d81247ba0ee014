// Shared helpers of the bad-input catalogue: temp folders, a seeded database, the state of a
// database file (bytes and a fresh open's content) and checks that a message is Swedish.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { parseUnitExchangeText } from '../../src/core/exchange/unitExchangeFile.ts';
import { validExchange } from '../fixtures/exchange.ts';
import { deferFileCleanup } from '../support/cleanups.ts';
import type { CliRun } from '../cli/runCli.ts';

export const BIN = path.resolve(import.meta.dirname, '../../bin/lotsplan.js');
export const CASES_DIR = path.join(import.meta.dirname, 'cases');
export const isRoot = process.getuid?.() === 0;

/** A temp folder removed after the test file (made writable first: some tests lock it). */
export function tempDir(prefix = 'lotsplan-bad-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  deferFileCleanup(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** The valid exchange file of the fixtures as text. */
export function validExchangeText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...validExchange(), ...overrides }, null, 2);
}

/** A database holding one unit-year (Spånga-Tensta, SIG unga 2021), closed so that its WAL is folded in. */
export async function seededDatabase(file: string): Promise<string> {
  const parsed = parseUnitExchangeText(validExchangeText());
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  const store = await openStore(file);
  await store.replaceUnitYear(parsed.plan);
  await store.close();
  return file;
}

/** SHA-256 of the database file and, when present, its WAL. null when the file does not exist. */
export function dbHash(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file));
  if (fs.existsSync(`${file}-wal`)) hash.update(fs.readFileSync(`${file}-wal`));
  return hash.digest('hex');
}

export interface LogicalState {
  integrity: string;
  unitYears: string[];
}

/** What a fresh read-only open sees: integrity_check and the stored unit-years. */
export function logicalState(file: string): LogicalState {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const rows = db
      .prepare(
        `SELECT d.name AS district, u.name AS unit, y.year AS year FROM unit_years y
         JOIN units u ON u.id = y.unit_id JOIN districts d ON d.id = u.district_id ORDER BY 1, 2, 3`,
      )
      .all() as { district: string; unit: string; year: number }[];
    return { integrity, unitYears: rows.map((r) => `${r.district}/${r.unit}/${r.year}`) };
  } finally {
    db.close();
  }
}

/** Words that give away an untranslated or technical message. */
const ENGLISH = /\b(error|failed|cannot|invalid|unexpected|undefined|exception|not found|is not|expected|received|disk i\/o)\b|\bat .+:\d+:\d+/i;

/** The message is Swedish: no English error vocabulary, no stack trace, and something Swedish. */
export function expectSwedish(text: string): void {
  expect(text.trim(), 'a message').not.toBe('');
  expect(text, `English or technical text in: ${text}`).not.toMatch(ENGLISH);
  expect(text, `no Swedish in: ${text}`).toMatch(/[åäöÅÄÖ]|\b(filen|fältet|inte|och|ska)\b/i);
}

/** Non-breaking and narrow spaces (Swedish thousands separators) as plain spaces. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Runs the CLI as a child process without blocking the test runner (so cases can run side by side). */
export function runCliAsync(
  args: string[],
  options: { env?: Record<string, string>; asUser?: string; cwd?: string; timeoutMs?: number } = {},
): Promise<CliRun> {
  const command = options.asUser ? 'runuser' : process.execPath;
  const argv = options.asUser ? ['-u', options.asUser, '--', process.execPath, BIN, ...args] : [BIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      env: { ...process.env, LOTSPLAN_DB: '', ...options.env },
      cwd: options.cwd,
      timeout: options.timeoutMs ?? 30_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Whether the CLI can be run as `user` (root with runuser, and the user can read the project). */
export function canRunAs(user: string): boolean {
  if (!isRoot) return false;
  const probe = spawnSync('runuser', ['-u', user, '--', process.execPath, '-e', 'process.exit(require("fs").existsSync(process.argv[1]) ? 0 : 3)', BIN], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return probe.status === 0;
}
