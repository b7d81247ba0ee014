// Catalogue, part 3: payloads, sent to the API dispatcher (as the renderer, the browser host and
// the CLI do) on a real temp store that holds a unit-year. Numbers that JSON cannot carry (NaN,
// ±Infinity) arrive here through structured clone in Electron's IPC. Every case: the error code,
// a Swedish detail naming the field, no internal error, and the database and its WAL unchanged.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../src/api/dispatch.ts';
import { createStoreContext, type StoreContext } from '../../src/api/storeContext.ts';
import { openStore } from '../../src/store/index.ts';
import { dbHash, expectSwedish, plain, seededDatabase, tempDir } from './support.ts';

const T = { district: 'Spånga-Tensta', unit: 'SIG unga', year: 2021 } as const;
const POSITION = { role: 'lots', fte: 1, monthlySalary: 38500 } as const;

interface PayloadCase {
  name: string;
  call: string;
  input: unknown;
  code: 'VALIDATION' | 'UNKNOWN_CALL';
  /** A substring of one detail line (or of the message when there are no details). */
  expected: string;
}

const big = 'x'.repeat(5_000_001);

/** The payload catalogue. */
const PAYLOAD_CASES: PayloadCase[] = [
  // NaN and ±Infinity in every kind of number field.
  {
    name: 'NaN as an FTE',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, fte: NaN } },
    code: 'VALIDATION',
    expected: 'Sysselsättningsgrad: ska vara ett tal, men är NaN',
  },
  {
    name: 'Infinity as an FTE',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, fte: Infinity } },
    code: 'VALIDATION',
    expected: 'Sysselsättningsgrad: ska vara ett tal, men är oändligt',
  },
  {
    name: '-Infinity as a salary',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, monthlySalary: -Infinity } },
    code: 'VALIDATION',
    expected: 'Månadslön: ska vara ett tal, men är minus oändligt',
  },
  {
    name: 'NaN as a month',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, fromMonth: NaN } },
    code: 'VALIDATION',
    expected: 'Första månad: ska vara',
  },
  {
    name: 'NaN in a change',
    call: 'updatePosition',
    input: { ...T, positionId: 1, changes: { fte: NaN } },
    code: 'VALIDATION',
    expected: 'Sysselsättningsgrad: ska vara ett tal, men är NaN',
  },
  {
    name: 'NaN as a row id',
    call: 'updatePosition',
    input: { ...T, positionId: NaN, changes: { fte: 0.5 } },
    code: 'VALIDATION',
    expected: 'Tjänst: ska vara',
  },
  {
    name: 'Infinity as a row index',
    call: 'movePosition',
    input: { ...T, positionId: 1, toIndex: Infinity },
    code: 'VALIDATION',
    expected: 'Ny plats i listan: ska vara',
  },
  {
    name: 'NaN as PO-pålägg',
    call: 'updateYearSettings',
    input: { ...T, changes: { poPercent: NaN } },
    code: 'VALIDATION',
    expected: 'PO-pålägg: ska vara ett tal, men är NaN',
  },
  {
    name: 'Infinity as caseload',
    call: 'updateYearSettings',
    input: { ...T, changes: { caseloadPerLots: Infinity } },
    code: 'VALIDATION',
    expected: 'Deltagare per lots på heltid: ska vara ett tal, men är oändligt',
  },
  {
    name: 'NaN as an other cost',
    call: 'updateOtherCosts',
    input: { ...T, otherCosts: [{ label: 'Lokaler', amount: NaN }] },
    code: 'VALIDATION',
    expected: 'Kostnadspost 1, belopp: ska vara ett tal, men är NaN',
  },
  {
    name: 'Infinity as funding',
    call: 'updateFunding',
    input: { ...T, funding: [{ source: 'SoF', amount: Infinity }] },
    code: 'VALIDATION',
    expected: 'Finansieringsrad 1, belopp: ska vara ett tal, men är oändligt',
  },
  { name: 'NaN as a year', call: 'getFigures', input: { district: T.district, year: NaN }, code: 'VALIDATION', expected: 'År: ska vara' },
  {
    name: 'NaN as a scenario change',
    call: 'createScenario',
    input: { ...T, name: 'A', overrides: { arrivalsChangePercent: NaN } },
    code: 'VALIDATION',
    expected: 'Ändring av anmälningarna i procent: ska vara ett tal, men är NaN',
  },
  {
    name: 'Infinity as a scenario salary',
    call: 'createScenario',
    input: { ...T, name: 'A', preset: 'extraLots', extraLots: { monthlySalary: Infinity } },
    code: 'VALIDATION',
    expected: 'En lots till, månadslön: ska vara ett tal, men är oändligt',
  },
  // Huge numbers.
  {
    name: '1e16 kronor salary',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, monthlySalary: 1e16 } },
    code: 'VALIDATION',
    expected: 'Månadslön: får vara högst 1 000 000 000 000',
  },
  {
    name: '1e308 kronor other cost',
    call: 'updateOtherCosts',
    input: { ...T, otherCosts: [{ label: 'Lokaler', amount: 1e308 }] },
    code: 'VALIDATION',
    expected: 'Kostnadspost 1, belopp: får vara högst 1 000 000 000 000',
  },
  {
    name: '1e308 as a lead time',
    call: 'updateYearSettings',
    input: { ...T, changes: { recruitmentLeadTimeMonths: 1e308 } },
    code: 'VALIDATION',
    expected: 'Rekryteringstid: får vara högst',
  },
  {
    name: '1e308 as a year',
    call: 'getFigures',
    input: { district: T.district, year: 1e308 },
    code: 'VALIDATION',
    expected: 'År: får vara högst 2100',
  },
  {
    name: '1e16 as a percent change',
    call: 'createScenario',
    input: { ...T, name: 'A', overrides: { fundingChangePercent: 1e16 } },
    code: 'VALIDATION',
    expected: 'Ändring av finansieringen i procent: får vara högst 1 000',
  },
  // Negative numbers where only counts or amounts make sense.
  {
    name: 'a negative salary',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, monthlySalary: -1 } },
    code: 'VALIDATION',
    expected: 'Månadslön: ska vara minst 0',
  },
  {
    name: 'a negative funding amount',
    call: 'updateFunding',
    input: { ...T, funding: [{ source: 'SoF', amount: -500 }] },
    code: 'VALIDATION',
    expected: 'Finansieringsrad 1, belopp: ska vara minst 0',
  },
  {
    name: 'a negative lead time',
    call: 'updateYearSettings',
    input: { ...T, changes: { recruitmentLeadTimeMonths: -1 } },
    code: 'VALIDATION',
    expected: 'Rekryteringstid: ska vara minst 0',
  },
  {
    name: 'a negative row index',
    call: 'movePosition',
    input: { ...T, positionId: 1, toIndex: -1 },
    code: 'VALIDATION',
    expected: 'Ny plats i listan: ska vara minst 0',
  },
  // Text in number fields and other wrong types.
  {
    name: 'a Swedish salary as text',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, monthlySalary: '38 500' } },
    code: 'VALIDATION',
    expected: 'Månadslön: ska vara ett tal, men är texten ”38 500”',
  },
  { name: 'a year as text', call: 'getFigures', input: { district: T.district, year: 'tjugotjugoett' }, code: 'VALIDATION', expected: 'År: ska vara' },
  {
    name: 'a percent as text',
    call: 'updateYearSettings',
    input: { ...T, changes: { savingsRequirementPercent: '5 %' } },
    code: 'VALIDATION',
    expected: 'Besparingskrav i procent: ska vara ett tal, men är texten ”5 %”',
  },
  {
    name: 'true as an FTE',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, fte: true } },
    code: 'VALIDATION',
    expected: 'Sysselsättningsgrad: ska vara ett tal, men är sant',
  },
  {
    name: 'a number as a district',
    call: 'getFigures',
    input: { district: 42 },
    code: 'VALIDATION',
    expected: 'Stadsdelsförvaltning: ska vara en text, men är 42',
  },
  {
    name: 'a list of costs as an object',
    call: 'updateOtherCosts',
    input: { ...T, otherCosts: { label: 'Lokaler', amount: 1 } },
    code: 'VALIDATION',
    expected: 'Övriga kostnader: ska vara en lista, men är ett objekt',
  },
  {
    name: 'an unknown role',
    call: 'addPosition',
    input: { ...T, position: { ...POSITION, role: 'chef' } },
    code: 'VALIDATION',
    expected: 'Roll: ska vara ett av',
  },
  {
    name: 'an empty cost label',
    call: 'updateOtherCosts',
    input: { ...T, otherCosts: [{ label: '  ', amount: 1 }] },
    code: 'VALIDATION',
    expected: 'Kostnadspost 1, benämning: får inte vara tom',
  },
  // The exchange file as a payload.
  { name: 'importExchange without text', call: 'importExchange', input: {}, code: 'VALIDATION', expected: 'Filens innehåll: värde saknas' },
  {
    name: 'importExchange with a number as text',
    call: 'importExchange',
    input: { text: 42 },
    code: 'VALIDATION',
    expected: 'Filens innehåll: ska vara en text, men är 42',
  },
  {
    name: 'importExchange with the parsed object instead of text',
    call: 'importExchange',
    input: { text: { format: 'lotsplan-unit' } },
    code: 'VALIDATION',
    expected: 'Filens innehåll: ska vara en text, men är ett objekt',
  },
  {
    name: 'importExchange over 5 000 000 characters',
    call: 'importExchange',
    input: { text: big },
    code: 'VALIDATION',
    expected: 'Filens innehåll: får ha högst 5 000 000 tecken',
  },
  {
    name: 'importExchange with an unknown field',
    call: 'importExchange',
    input: { text: '{}', path: '/etc/passwd' },
    code: 'VALIDATION',
    expected: 'Okänt fält ”path”',
  },
  {
    name: 'importExchange with NaN in the text',
    call: 'importExchange',
    input: { text: '{"format":"lotsplan-unit","version":NaN}' },
    code: 'VALIDATION',
    expected: 'Filen är inte giltig JSON.',
  },
  // Whole payloads of the wrong shape.
  {
    name: 'a text as the whole payload',
    call: 'getFigures',
    input: 'Rinkeby-Kista',
    code: 'VALIDATION',
    expected: 'Ska vara ett objekt, men är texten ”Rinkeby-Kista”',
  },
  { name: 'a list as the whole payload', call: 'listCatalog', input: [], code: 'VALIDATION', expected: 'Ska vara ett objekt, men är en lista' },
  { name: 'NaN as the whole payload', call: 'getDatabaseStatus', input: NaN, code: 'VALIDATION', expected: 'Ska vara ett objekt, men är NaN' },
  { name: 'an unknown field in a payload', call: 'listCatalog', input: { all: true }, code: 'VALIDATION', expected: 'Okänt fält ”all”' },
  { name: 'an unknown call', call: 'dropDatabase', input: {}, code: 'UNKNOWN_CALL', expected: 'Anropet ”dropDatabase” finns inte.' },
  { name: 'a prototype name as a call', call: '__proto__', input: {}, code: 'UNKNOWN_CALL', expected: 'finns inte' },
];

let context: StoreContext;
let dispatch: Dispatch;
let file: string;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  file = await seededDatabase(path.join(tempDir(), 'lotsplan.sqlite'));
  context = createStoreContext(file, { open: (f, options) => openStore(f, options) });
  dispatch = createDispatch(context, { onInternalError: (_call, error) => internalErrors.push(error) });
  expect(await dispatch('listCatalog', {})).toMatchObject({ ok: true });
});

afterAll(async () => {
  await context.close();
});

describe('payloads through the API dispatcher', () => {
  for (const c of PAYLOAD_CASES) {
    it(c.name, async () => {
      const before = dbHash(file);
      const result = await dispatch(c.call, c.input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(c.code);
      const lines = (result.error.details?.length ? result.error.details : [result.error.message]).map(plain);
      expect(
        lines.some((l) => l.includes(c.expected)),
        `expected "${c.expected}" in:\n${lines.join('\n')}`,
      ).toBe(true);
      expectSwedish(result.error.message);
      for (const line of lines) expectSwedish(line);
      expect(internalErrors).toEqual([]);
      expect(dbHash(file)).toBe(before);
    });
  }

  it('the store still answers afterwards', async () => {
    expect(await dispatch('getUnitYear', T)).toMatchObject({ ok: true, value: { plan: { district: T.district } } });
  });
});
