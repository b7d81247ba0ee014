// Catalogue, part 1: the exchange file with each field wrong in turn (generated from the
// documented rules in fieldCases.ts), imported through the API dispatcher on a real temp store
// that already holds a unit-year. Every refusal: VALIDATION, a Swedish line naming the field, and
// the database file and its WAL byte for byte unchanged.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../src/api/dispatch.ts';
import { createStoreContext, type StoreContext } from '../../src/api/storeContext.ts';
import { openStore } from '../../src/store/index.ts';
import { dbHash, expectSwedish, plain, seededDatabase, tempDir } from './support.ts';
import { fieldCases } from './fieldCases.ts';

let context: StoreContext;
let dispatch: Dispatch;
let file: string;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  file = await seededDatabase(path.join(tempDir(), 'lotsplan.sqlite'));
  context = createStoreContext(file, { open: (f, options) => openStore(f, options) });
  dispatch = createDispatch(context, { onInternalError: (_call, error) => internalErrors.push(error) });
  // Open the store, so that the comparison covers a live database with its WAL.
  expect(await dispatch('listCatalog', {})).toMatchObject({ ok: true });
});

afterAll(async () => {
  await context.close();
  expect(internalErrors).toEqual([]);
});

const cases = fieldCases();

describe('exchange file: each field wrong in turn (API importExchange)', () => {
  it('the table covers every documented field', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  for (const c of cases.filter((c) => !c.accepted)) {
    it(c.name, async () => {
      const before = dbHash(file);
      const result = await dispatch('importExchange', { text: JSON.stringify(c.file), fileName: 'fel.json' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toBe('Filen fel.json kunde inte läsas in. Ingenting har ändrats i databasen.');
      const details = (result.error.details ?? []).map(plain);
      const found = details.some((d) => d.startsWith(c.field ?? '') && d.includes(c.expected!));
      expect(found, `expected "${c.field ?? ''}…${c.expected}" in:\n${details.join('\n')}`).toBe(true);
      for (const line of details) expectSwedish(line);
      expect(dbHash(file)).toBe(before);
    });
  }

  for (const c of cases.filter((c) => c.accepted)) {
    it(`${c.name} is accepted`, async () => {
      const result = await dispatch('importExchange', { text: JSON.stringify(c.file) });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true, value: { replaced: true } });
    });
  }
});
