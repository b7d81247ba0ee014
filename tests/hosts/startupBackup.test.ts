// The browser host takes the start-up backup when it first opens a database with data whose
// newest backup is older than 12 hours (Electron's main process uses the same context options).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserHost, type BrowserHost } from '../../src/hosts/browser/createBrowserHost.ts';
import { openStore } from '../../src/store/index.ts';
import { backupDatabase } from '../../src/store/backups/create.ts';
import { validExchange } from '../fixtures/exchange.ts';
import { parseUnitExchangeValue } from '../../src/core/exchange/unitExchangeFile.ts';

const hosts: BrowserHost[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function databaseWithData(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-startup-'));
  dirs.push(dir);
  const file = path.join(dir, 'lotsplan.sqlite');
  const parsed = parseUnitExchangeValue(validExchange());
  if (!parsed.ok) throw new Error(parsed.messages.join(' '));
  const store = await openStore(file);
  await store.replaceUnitYear(parsed.plan);
  await store.close();
  return file;
}

async function startAndCall(dbPath: string): Promise<void> {
  const host = await createBrowserHost({
    dbPath,
    rendererDir: path.dirname(dbPath),
    onInternalError: (_c, e) => {
      throw e;
    },
  });
  hosts.push(host);
  // Log in with the one-time URL as a browser does; the session cookie goes with the call.
  const login = await fetch(host.loginUrl, { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const response = await fetch(`${host.url}api/listCatalog`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lotsplan-Token': host.token, Cookie: cookie },
    body: '{}',
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

const backupsOf = (dbPath: string) => {
  const dir = path.join(path.dirname(dbPath), 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

describe('start-up backup', () => {
  it('is taken on first open when there is no backup', async () => {
    const db = await databaseWithData();
    await startAndCall(db);
    expect(backupsOf(db)).toEqual([expect.stringMatching(/^lotsplan-\d{4}-\d{2}-\d{2}T\d{6}-automatisk\.sqlite$/)]);
  });

  it('is not taken when a backup is newer than 12 hours', async () => {
    const db = await databaseWithData();
    const recent = await backupDatabase(db, { reason: 'manuell', now: new Date(Date.now() - 11 * 3_600_000) });
    await startAndCall(db);
    expect(backupsOf(db)).toEqual([path.basename(recent)]);
  });

  it('is taken when the newest backup is older than 12 hours, keeping that older one', async () => {
    const db = await databaseWithData();
    const old = await backupDatabase(db, { reason: 'manuell', now: new Date(Date.now() - 13 * 3_600_000) });
    await startAndCall(db);
    const names = backupsOf(db);
    expect(names).toHaveLength(2);
    expect(names).toContain(path.basename(old));
  });

  it('is not taken for a new, empty database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-startup-'));
    dirs.push(dir);
    const db = path.join(dir, 'lotsplan.sqlite');
    await startAndCall(db);
    expect(backupsOf(db)).toEqual([]);
  });
});
