// The log writer on real temporary folders: lines appended, rotation by size into three files,
// reading back oldest first, never throwing; and the browser host's log of database openings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogFile, loggedInternalError, loggedOpen } from '../../src/hosts/shared/logFile.ts';
import { createBrowserHost } from '../../src/hosts/browser/createBrowserHost.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-log-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const redaction = () => ({ dataDir: dir, homeDir: '/home/anna', userName: 'anna' });
const fixedTime = () => new Date('2026-12-01T12:00:00.000Z');

describe('createLogFile', () => {
  it('appends redacted lines to lotsplan.log in the folder, creating it, readable only by the user', () => {
    const logDir = path.join(dir, 'ny');
    const log = createLogFile({ dir: logDir, source: 'app', now: fixedTime, redaction: { ...redaction(), dataDir: logDir } });
    log.info('start', { version: '0.1.0' });
    log.error('db-refused', { dbFile: path.join(logDir, 'lotsplan.sqlite') }, new Error('Filen är skadad.'));
    expect(log.path).toBe(path.join(logDir, 'lotsplan.log'));
    const lines = fs.readFileSync(log.path, 'utf8').split('\n');
    expect(lines[0]).toBe('2026-12-01T12:00:00.000Z INFO  app start version=0.1.0');
    expect(lines[1]).toMatch(/^2026-12-01T12:00:00.000Z ERROR app db-refused dbFile=<datamapp>\/lotsplan.sqlite – Error: Filen är skadad\. \| at /);
    expect(lines[2]).toBe('');
    if (process.platform !== 'win32') expect(fs.statSync(log.path).mode & 0o777).toBe(0o600);
  });

  it('rotates by size: the current file becomes .1, .1 becomes .2, the oldest is dropped; no file exceeds the limit', () => {
    const log = createLogFile({ dir, source: 'webb', now: fixedTime, redaction: redaction(), maxBytes: 400 });
    for (let i = 0; i < 40; i++) log.info('event', { n: i });
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(['lotsplan.1.log', 'lotsplan.2.log', 'lotsplan.log']);
    for (const name of names) expect(fs.statSync(path.join(dir, name)).size).toBeLessThanOrEqual(400);
    const numbers = (name: string) => [...fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/n=(\d+)/g)].map((m) => Number(m[1]));
    // Newest in lotsplan.log, continuing from .1, continuing from .2; the first lines are gone.
    const all = [...numbers('lotsplan.2.log'), ...numbers('lotsplan.1.log'), ...numbers('lotsplan.log')];
    expect(all.at(-1)).toBe(39);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => 40 - all.length + i));
    expect(all[0]).toBeGreaterThan(0);
  });

  it('reads the files back oldest first, and only the newest whole lines when asked for less', () => {
    const log = createLogFile({ dir, source: 'app', now: fixedTime, redaction: redaction(), maxBytes: 200 });
    for (let i = 0; i < 10; i++) log.info('event', { n: i });
    const all = log.read();
    expect(all.truncated).toBe(false);
    expect(all.path).toBe(path.join(dir, 'lotsplan.log'));
    const shown = [...all.text.matchAll(/n=(\d+)/g)].map((m) => Number(m[1]));
    expect(shown.at(-1)).toBe(9);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    const tail = log.read(120);
    expect(tail.truncated).toBe(true);
    expect(tail.text.startsWith('2026-12-01T12:00:00.000Z INFO')).toBe(true);
    expect(tail.text.endsWith('n=9\n')).toBe(true);
  });

  it('reads nothing, without failing, before anything is written', () => {
    expect(createLogFile({ dir: path.join(dir, 'saknas'), source: 'app', redaction: redaction() }).read()).toEqual({
      path: path.join(dir, 'saknas', 'lotsplan.log'),
      text: '',
      truncated: false,
    });
  });

  it('never throws when the log cannot be written, and reports it once', () => {
    const blocker = path.join(dir, 'fil');
    fs.writeFileSync(blocker, 'not a folder');
    const onWriteError = vi.fn();
    const log = createLogFile({ dir: path.join(blocker, 'under'), source: 'app', redaction: redaction(), onWriteError });
    expect(() => {
      log.info('start', {});
      log.error('error', { call: 'x' }, new Error('y'));
    }).not.toThrow();
    expect(onWriteError).toHaveBeenCalledTimes(1);
  });
});

describe('logged store opening and internal errors', () => {
  it('logs an opened and a refused database, and passes the store or the refusal on unchanged', async () => {
    const log = { info: vi.fn(), error: vi.fn() };
    const store = { name: 'store' };
    expect(await loggedOpen(async () => store, log)('/data/lotsplan.sqlite', { create: true })).toBe(store);
    expect(log.info).toHaveBeenCalledWith('db-open', { dbFile: '/data/lotsplan.sqlite' });
    const refusal = new Error('Filen är inte en Lotsplan-databas.');
    await expect(loggedOpen(async () => Promise.reject(refusal), log)('/data/x.sqlite', { create: false })).rejects.toBe(refusal);
    expect(log.error).toHaveBeenCalledWith('db-refused', { dbFile: '/data/x.sqlite' }, refusal);
  });

  it('writes an internal error to the log and still reports it', () => {
    const log = { error: vi.fn() };
    const report = vi.fn();
    const error = new Error('boom');
    loggedInternalError(report, log)('getFigures', error);
    expect(log.error).toHaveBeenCalledWith('error', { call: 'getFigures' }, error);
    expect(report).toHaveBeenCalledWith('getFigures', error);
  });
});

/** The one-time login, as a browser does it: the session cookie ("name=value"). */
async function login(loginUrl: string): Promise<string> {
  const response = await fetch(loginUrl, { redirect: 'manual' });
  expect(response.status).toBe(303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('the browser host with a log', () => {
  it('logs the database opening and answers readLogFile with the log; without a log readLogFile is null', async () => {
    const log = createLogFile({ dir, source: 'webb', redaction: redaction() });
    const host = await createBrowserHost({
      dbPath: path.join(dir, 'lotsplan.sqlite'),
      rendererDir: dir,
      startupBackup: false,
      log,
      onInternalError: () => {},
      printPdf: async () => new Uint8Array(),
    });
    const cookie = await login(host.loginUrl);
    const call = async (name: string) => {
      const response = await fetch(`${host.url}api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-lotsplan-token': host.token, Cookie: cookie },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean; value: unknown };
    };
    try {
      expect((await call('listCatalog')).ok).toBe(true);
      const answer = (await call('readLogFile')) as { ok: true; value: { path: string; text: string; truncated: boolean } };
      expect(answer.value.path).toBe(path.join(dir, 'lotsplan.log'));
      expect(answer.value.text).toMatch(/INFO {2}webb db-open dbFile=<datamapp>\/lotsplan\.sqlite\n$/);
      expect(answer.value.truncated).toBe(false);
    } finally {
      await host.close();
    }
    const bare = await createBrowserHost({
      dbPath: path.join(dir, 'b.sqlite'),
      rendererDir: dir,
      startupBackup: false,
      onInternalError: () => {},
      printPdf: async () => new Uint8Array(),
    });
    try {
      const response = await fetch(`${bare.url}api/readLogFile`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-lotsplan-token': bare.token, Cookie: await login(bare.loginUrl) },
        body: '{}',
      });
      expect(await response.json()).toEqual({ ok: true, value: null });
    } finally {
      await bare.close();
    }
  });
});
