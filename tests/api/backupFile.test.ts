// "Exportera säkerhetskopia…" and "Återställ från fil…": the exported file carries the database and
// its checksum; restoring it (or a plain Lotsplan database) runs the checks of every restore and
// takes a backup of the current database first; a bad file is refused in Swedish and changes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../src/store/backups/exportFile.ts';
import { readState, session, type Session } from '../store/faults/scenarios.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src/store/index.ts';

const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;
const open: Session[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function withDemo(): Promise<Session> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-backupfile-'));
  dirs.push(dir);
  const s = session(dir);
  open.push(s);
  const demo = await s.call('loadDemo', {});
  if (!demo.ok) throw new Error(JSON.stringify(demo.error));
  return s;
}

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The folder's entries without the -wal/-shm that a read-only look at a WAL file leaves. */
const entries = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => !/-(wal|shm)$/.test(f))
    .sort();

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The database file and everything in its folder, byte for byte. */
function folderHash(dir: string): string {
  const h = crypto.createHash('sha256');
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      h.update(p);
      if (e.isDirectory()) walk(p);
      else h.update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('exported backup file', () => {
  it('is the format documented in exportFile.ts: two header lines, then the checked database with its SHA-256', async () => {
    const s = await withDemo();
    const exported = await ok(s.call('exportBackupFile', {}));
    expect(exported.fileName).toMatch(/^lotsplan-sakerhetskopia-\d{4}-\d{2}-\d{2}T\d{6}\.lotsplan$/);
    const bytes = Buffer.from(exported.base64, 'base64');
    expect(bytes.byteLength).toBe(exported.sizeBytes);
    const [first, second] = bytes.toString('latin1').split('\n', 2);
    expect(first).toBe('LOTSPLAN-SAKERHETSKOPIA 1');
    const manifest = JSON.parse(Buffer.from(second!, 'latin1').toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'lotsplan-sakerhetskopia',
      formatVersion: 1,
      sourceFileName: 'lotsplan.sqlite',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      sha256: exported.sha256,
    });
    const database = bytes.subarray(first!.length + 1 + Buffer.byteLength(second!, 'latin1') + 1);
    expect(database.byteLength).toBe(manifest.sizeBytes);
    expect(crypto.createHash('sha256').update(database).digest('hex')).toBe(exported.sha256);
    // The database part opens as it is, in rollback-journal mode, and holds the current state.
    const file = path.join(s.dir, 'ut.sqlite');
    fs.writeFileSync(file, database);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    await s.close();
    expect(readState(file)).toEqual(readState(s.db));
    // Nothing was written beside the database.
    expect(entries(s.dir)).toEqual(['lotsplan.sqlite', 'ut.sqlite']);
  });

  it('restores the exported state after a change, taking a backup of the current database first', async () => {
    const s = await withDemo();
    const exported = await ok(s.call('exportBackupFile', {}));
    await s.close();
    const exportedState = readState(s.db);
    await ok(s.call('updateOtherCosts', { ...RK, otherCosts: [{ label: 'Lokaler', amount: 1 }] }));
    await s.close();
    const changedState = readState(s.db);
    expect(changedState).not.toEqual(exportedState);

    const result = await ok(s.call('restoreBackupFile', { fileName: exported.fileName, base64: exported.base64 }));
    expect(result).toMatchObject({ replaced: true, databasePath: s.db });
    expect(result.message).toContain(`”${exported.fileName}”`);
    expect(result.safetyBackup).toMatch(/fore-aterstallning\.sqlite$/);
    await s.close();
    // Data as exported; the audit log has one more entry, for the restore.
    const restored = readState(s.db);
    expect({ ...restored, audit_log: [] }).toEqual({ ...exportedState, audit_log: [] });
    expect(restored.audit_log!.length).toBe(exportedState.audit_log!.length + 1);
    expect(readState(result.safetyBackup!)).toEqual(changedState);
    // No temporary copy is left beside the database.
    expect(entries(s.dir)).toEqual(['backups', 'lotsplan.sqlite']);
  });

  it('restores a plain Lotsplan database file too', async () => {
    const source = await withDemo();
    await source.close();
    const s = await withDemo();
    await ok(s.call('updateOtherCosts', { ...RK, otherCosts: [] }));
    const result = await ok(s.call('restoreBackupFile', { fileName: 'arkiv.sqlite', base64: fs.readFileSync(source.db).toString('base64') }));
    expect(result.message).toContain('databasfilen ”arkiv.sqlite”');
    await s.close();
    expect({ ...readState(s.db), audit_log: [] }).toEqual({ ...readState(source.db), audit_log: [] });
  });

  it('refuses damaged, cut, foreign, newer and unknown files in Swedish, naming the file, and changes nothing', async () => {
    const s = await withDemo();
    const exported = await ok(s.call('exportBackupFile', {}));
    const good = Buffer.from(exported.base64, 'base64');
    await s.close();
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100]! ^= 0x01;
    const newerFormat = Buffer.from(good.toString('latin1').replace('LOTSPLAN-SAKERHETSKOPIA 1', 'LOTSPLAN-SAKERHETSKOPIA 2'), 'latin1');
    const badManifest = Buffer.from(good.toString('latin1').replace('"sha256"', '"sha257"'), 'latin1');
    const foreign = (() => {
      const file = path.join(s.dir, '..', `främmande-${process.pid}.sqlite`);
      const db = new Database(file);
      db.exec('CREATE TABLE t (x)');
      db.close();
      const bytes = fs.readFileSync(file);
      fs.rmSync(file);
      return bytes;
    })();
    const newerSchema = (() => {
      const file = path.join(os.tmpdir(), `nyare-${process.pid}.sqlite`);
      fs.copyFileSync(s.db, file);
      const db = new Database(file);
      db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
      db.pragma('journal_mode = DELETE');
      db.close();
      const bytes = fs.readFileSync(file);
      fs.rmSync(file);
      return bytes;
    })();
    // A Lotsplan database whose page was overwritten: the checksum cannot help, integrity_check does.
    const damagedPlain = (() => {
      const bytes = Buffer.from(readBackupFile(good, 'x').database);
      bytes.fill(0x41, 4096 * 2, 4096 * 2 + 200);
      return bytes;
    })();
    await s.close();
    const before = folderHash(s.dir);
    const cases: [string, Buffer, string][] = [
      ['tom.lotsplan', Buffer.alloc(0), 'Filen ”tom.lotsplan” är tom.'],
      ['text.lotsplan', Buffer.from('hej'), 'är varken en säkerhetskopia från Lotsplan eller en Lotsplan-databas'],
      ['kort.lotsplan', good.subarray(0, good.length - 4096), 'är ofullständig: den är kortare än säkerhetskopian som sparades'],
      ['lang.lotsplan', Buffer.concat([good, Buffer.from('x')]), 'är skadad: den är längre'],
      ['bit.lotsplan', flipped, 'kontrollsumman (SHA-256) stämmer inte med innehållet'],
      ['ny.lotsplan', newerFormat, 'i ett nyare format (version 2)'],
      ['besk.lotsplan', badManifest, 'beskrivningen i början av filen går inte att läsa'],
      ['halv.lotsplan', good.subarray(0, 25), 'första raden går inte att läsa'],
      ['rad.lotsplan', good.subarray(0, 40), 'beskrivningen i början av filen går inte att läsa'],
      ['främmande.sqlite', foreign, 'inte en Lotsplan-databas'],
      ['nyare.sqlite', newerSchema, 'nyare version av Lotsplan'],
      ['trasig.sqlite', damagedPlain, '”trasig.sqlite”'],
    ];
    for (const [fileName, bytes, text] of cases) {
      const result = await s.call('restoreBackupFile', { fileName, base64: bytes.toString('base64') });
      expect(result.ok, fileName).toBe(false);
      if (result.ok) continue;
      expect(result.error.message, fileName).toContain(text);
      expect(result.error.message, fileName).toContain('Ingenting har ändrats');
      expect(result.error.message, fileName).not.toContain('.tmp');
      await s.close();
      expect(folderHash(s.dir), fileName).toBe(before);
    }
  });

  it('the database file hash is unchanged by an export', async () => {
    const s = await withDemo();
    await s.close();
    const before = hash(s.db);
    await ok(s.call('exportBackupFile', {}));
    await s.close();
    expect(hash(s.db)).toBe(before);
  });
});
