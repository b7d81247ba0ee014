// A database is told by its first bytes, whatever its name; a side file by its name and its database.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSqliteHeader, isDatabaseOrSideFile, SQLITE_MAGIC } from '../../src/store/sqliteFile.ts';
import { openStore } from '../../src/store/index.ts';
import { tempDir } from './helpers.ts';

describe('sqliteFile', () => {
  it('knows a real database file whatever it is called, and not a file that only looks like its name', async () => {
    const dir = tempDir();
    const database = path.join(dir, 'rapport.xlsx');
    const store = await openStore(database);
    await store.close();
    expect(hasSqliteHeader(database)).toBe(true);
    expect(isDatabaseOrSideFile(database)).toBe(true);
    const text = path.join(dir, 'lotsplan.sqlite');
    fs.writeFileSync(text, 'inte en databas');
    expect(isDatabaseOrSideFile(text)).toBe(false);
    expect(isDatabaseOrSideFile(path.join(dir, 'finns-inte.sqlite'))).toBe(false);
  });

  it('counts the write-ahead log, shared memory and journal of an existing database, and not of a missing one', () => {
    const dir = tempDir();
    const database = path.join(dir, 'lotsplan.sqlite');
    fs.writeFileSync(database, SQLITE_MAGIC);
    for (const side of ['-wal', '-shm', '-journal', '-WAL']) expect(isDatabaseOrSideFile(`${database}${side}`)).toBe(true);
    expect(isDatabaseOrSideFile(path.join(dir, 'annan.sqlite-wal'))).toBe(false);
    expect(isDatabaseOrSideFile(`${database}-walk`)).toBe(false);
  });

  it('decides by the first sixteen bytes alone, for every content', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fil');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (rest, withMagic) => {
        const bytes = withMagic ? Buffer.concat([SQLITE_MAGIC, rest]) : Buffer.from(rest);
        fs.writeFileSync(file, bytes);
        const expected = bytes.length >= SQLITE_MAGIC.length && bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC);
        expect(hasSqliteHeader(file)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
