// The bad-input catalogue: each case is a file or payload, the Swedish message (or
// code) it must get, and the database must be unchanged afterwards. See README.md here.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSetup, dbHash } from '../api/support.ts';
import { runCli, tempDir } from '../cli/runCli.ts';
import { validExchange } from '../fixtures/exchange.ts';
import { swedishFieldName } from '../../src/core/validation/fieldNames.ts';
import { fieldCases, spoiled } from './exchangeFields.ts';

/** A fresh database with the demo for each case (the API test support closes stores after each test). */
async function demoApi() {
  const setup = apiSetup();
  await setup.ok('loadDemo', {});
  return { ...setup, before: dbHash(setup.file) };
}

describe('exchange file: every field wrong in turn (API)', () => {
  it.each(fieldCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { dispatch, file, before } = await demoApi();
    const result = await dispatch('importExchange', { text: JSON.stringify(spoiled(c)), fileName: 'fel.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe('Filen fel.json kunde inte läsas in. Ingenting har ändrats i databasen.');
    // An unknown field is named by its row or container, and quoted itself: "Tjänst 1: okänt fält ”namn”".
    const unknown = c.name.startsWith('okänt fält') ? /^(.*)\.(\w+)$/.exec(c.path) : null;
    const named = unknown ? `${swedishFieldName(unknown[1]!)}: okänt fält ”${unknown[2]}”` : (swedishFieldName(c.path) ?? c.path);
    expect(result.error.details?.join('\n')).toContain(named);
    expect(dbHash(file)).toBe(before);
  });
});

describe('payloads that JSON cannot carry (API)', () => {
  const rk = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 };
  it.each([
    ['NaN som månadslön', { ...rk, positionId: 1, changes: { monthlySalary: Number.NaN } }, 'changes.monthlySalary'],
    ['Infinity som sysselsättningsgrad', { ...rk, positionId: 1, changes: { fte: Number.POSITIVE_INFINITY } }, 'changes.fte'],
    ['text som år', { ...rk, year: '2020', positionId: 1, changes: {} }, 'year'],
    ['negativ månadslön', { ...rk, positionId: 1, changes: { monthlySalary: -1 } }, 'changes.monthlySalary'],
  ] as const)('%s', async (_name, payload, field) => {
    const { dispatch, file, before } = await demoApi();
    const result = await dispatch('updatePosition', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.details?.join('\n')).toContain(`${swedishFieldName(field)}: `);
    expect(dbHash(file)).toBe(before);
  });
});

/** A database with the demo and the hash of its file, for the CLI cases. */
function demoDatabase(): { dir: string; db: string; hash: () => string; before: string } {
  const dir = tempDir();
  const db = path.join(dir, 'x.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  const hash = () => dbHash(db);
  return { dir, db, hash, before: hash() };
}

describe('exchange files that are not exchange files (CLI)', () => {
  const cases: [string, Buffer | string, RegExp][] = [
    ['tom fil', '', /Filen är tom/],
    ['bara blanksteg', ' \n\t ', /Filen är tom/],
    ['UTF-16 med BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format":"lotsplan-unit"}', 'utf16le')]), /UTF-8|giltig JSON/],
    ['Latin-1', Buffer.from('{"district":"Sk\xe4rholmen"}', 'latin1'), /UTF-8/],
    ['PNG omdöpt till .json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /UTF-8|giltig JSON/],
    ['docx omdöpt till .json', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 0)]), /UTF-8|giltig JSON/],
    ['JSON-lista', '[1, 2, 3]', /JSON-objekt/],
    ['avbruten JSON', '{"format": "lotsplan-unit", "version": 1,', /inte giltig JSON/],
    ['NaN som JSON-token', '{"format":"lotsplan-unit","version":1,"poPercent":NaN}', /inte giltig JSON/],
    ['100 000 nivåer djup JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /JSON|Filen/],
    ['fel format', JSON.stringify({ ...validExchange(), format: 'excel' }), /inte en utväxlingsfil från Lotsplan/],
    ['nyare version', JSON.stringify({ ...validExchange(), version: 2 }), /läser bara version 1/],
  ];
  it.each(cases)('%s', (_name, content, message) => {
    const { dir, db, hash, before } = demoDatabase();
    const file = path.join(dir, 'fil.json');
    fs.writeFileSync(file, content);
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/Error:|at Object|TypeError/);
    expect(hash()).toBe(before);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const { dir, db } = demoDatabase();
    const file = path.join(dir, 'bom.json');
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(validExchange())}`);
    expect(runCli(['import', file, '--db', db]).status).toBe(0);
  });

  it('refuses a 50 MB file by its size, without reading it', () => {
    const { dir, db, hash, before } = demoDatabase();
    const file = path.join(dir, 'stor.json');
    fs.closeSync(fs.openSync(file, 'w'));
    fs.truncateSync(file, 50 * 1024 * 1024);
    const run = runCli(['import', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('för stor');
    expect(hash()).toBe(before);
  });
});

describe('database files that cannot be used (CLI)', () => {
  it('a directory as the database', () => {
    const dir = tempDir();
    const run = runCli(['figures', '--district', 'Farsta', '--db', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(dir);
    expect(run.stderr).toMatch(/mapp/);
  });

  const asNobody = spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
  it.skipIf(!asNobody)('a read-only database file (run as the user nobody; root ignores file modes)', () => {
    const { dir, db, hash, before } = demoDatabase();
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(db, 0o444);
    for (const side of ['-wal', '-shm']) fs.rmSync(db + side, { force: true });
    const file = path.join(dir, 'in.json');
    fs.writeFileSync(file, JSON.stringify(validExchange()));
    fs.chmodSync(file, 0o644);
    const bin = path.resolve(import.meta.dirname, '../../bin/lotsplan.js');
    const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, bin, 'import', file, '--db', db], {
      encoding: 'utf8',
      env: { ...process.env, HOME: dir },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(db);
    expect(run.stderr).toMatch(/skriv|läs/i);
    expect(hash()).toBe(before);
  });

  const canMount = (() => {
    const probe = tempDir('lotsplan-mount-');
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (ok) spawnSync('umount', [probe]);
    return ok;
  })();
  it.skipIf(!canMount)('a full disk (a small tmpfs): the import is refused in Swedish and the file is unchanged', () => {
    const { db } = demoDatabase();
    const mountPoint = tempDir('lotsplan-full-');
    const size = fs.statSync(db).size + 48 * 1024;
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint]).status).toBe(0);
    try {
      const full = path.join(mountPoint, 'x.sqlite');
      fs.copyFileSync(db, full);
      const hash = () => dbHash(full);
      const before = hash();
      // A plan far larger than the space left: 500 positions with long titles.
      const big = validExchange();
      big.staff = Array.from({ length: 500 }, (_, i) => ({
        role: 'annan',
        title: `Tjänst ${i} ${'x'.repeat(150)}`,
        fte: 0.5,
        monthlySalary: 30000,
        fromMonth: 1,
        toMonth: 12,
      }));
      const file = path.join(tempDir(), 'stor-plan.json');
      fs.writeFileSync(file, JSON.stringify(big));
      const run = runCli(['import', file, '--db', full]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(full);
      expect(run.stderr).not.toMatch(/SqliteError|at Object/);
      for (const side of ['-wal', '-shm']) fs.rmSync(full + side, { force: true });
      expect(hash()).toBe(before);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  it('two processes importing into one file at once: each lands or is refused with a message, and the file stays whole', async () => {
    const { dir, db } = demoDatabase();
    const bin = path.resolve(import.meta.dirname, '../../bin/lotsplan.js');
    const files = [1, 2].map((n) => {
      const f = validExchange();
      f.unit = `SIG unga ${n}`;
      const file = path.join(dir, `in${n}.json`);
      fs.writeFileSync(file, JSON.stringify(f));
      return file;
    });
    const results = await Promise.all(
      files.map(
        (file) =>
          new Promise<{ status: number | null; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, [bin, 'import', file, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
            child.on('exit', (status) => resolve({ status, stderr }));
          }),
      ),
    );
    for (const r of results) {
      // Either it landed, or it was refused with a Swedish message naming the database file.
      if (r.status !== 0) {
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(db);
        expect(r.stderr).toMatch(/^Fel: /);
      }
    }
    expect(runCli(['check', '--db', db]).status).toBe(0);
    const log = JSON.parse(runCli(['log', '--db', db, '--json', '--limit', '10']).stdout);
    const landed = results.filter((r) => r.status === 0).length;
    expect(landed).toBeGreaterThan(0);
    expect(log.entries.filter((e: { action: string }) => e.action === 'import')).toHaveLength(landed);
  });
});

// Spreadsheet imports (zip bomb, renamed .docx and the rest): tests/bad-input/xlsx.test.ts.
