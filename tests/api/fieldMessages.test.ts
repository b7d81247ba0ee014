// Every message about bad input names the field as the user knows it, in Swedish, never by its path
// in the data ("staff[0].fte", "overrides.changePositions[1].toMonth"): for every path of every
// contract there is a Swedish name, and for any invalid input the messages contain no internal path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contracts } from '../../src/api/contracts/index.ts';
import { hostContracts } from '../../src/api/contracts/host.ts';
import { swedishFieldName } from '../../src/core/validation/fieldNames.ts';
import { formatIssues } from '../../src/core/validation/swedishIssues.ts';
import { unitExchangeFileSchema } from '../../src/core/exchange/unitExchangeFile.ts';
import { forecastOptionsSchema } from '../../src/core/forecast/options.ts';
import { monthlyStatisticsListSchema } from '../../src/core/statistics/monthly.ts';
import { inputPaths } from './contractPaths.ts';

const ALL = Object.entries({ ...contracts, ...hostContracts });

/** An internal path segment: a camelCase key, a row index, a dotted path or the old "Fältet x:". */
const INTERNAL = /Fältet|\[\d+\]|[a-zåäö][A-Z]|\b[A-Za-z_]+\.[A-Za-z_]+\b|\b[a-z]+_[a-z]+\b/;

/** The message without what the user wrote or may choose between, which is quoted (”…”). */
function withoutQuoted(message: string): string {
  return message.replace(/”[^”]*”/g, '”…”');
}

/** An object with `value` at the path ("a.b[0].c"). */
function atPath(path: string, value: unknown): unknown {
  const keys = [...path.matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  let out: unknown = value;
  for (const key of keys.reverse()) out = typeof key === 'number' ? [out] : { [key]: out };
  return out;
}

function merge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [merge(a[0], b[0])];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return b;
}

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant('x'),
  fc.constant('1 000,5'),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(1e13),
  fc.constant(1.5),
  fc.constant(Number.NaN),
  fc.constant(true),
  fc.constant([]),
  fc.constant({}),
  fc.constant([1, 'a']),
  fc.constant({ okänt: 1 }),
  fc.string({ maxLength: 300 }),
  fc.integer(),
);

describe('field names in messages', () => {
  it('every path of every contract input has a Swedish name (table)', () => {
    const missing: string[] = [];
    let paths = 0;
    for (const [name, c] of ALL) {
      for (const p of inputPaths(c.input)) {
        paths++;
        if (swedishFieldName(p) === null) missing.push(`${name}: ${p}`);
      }
    }
    // Files are checked with schemas of their own: the exchange file, the monthly statistics and the
    // lines of a forecast batch file.
    const files = { exchangeFile: unitExchangeFileSchema, monthlyStatistics: monthlyStatisticsListSchema, forecastBatchLine: forecastOptionsSchema };
    for (const [name, schema] of Object.entries(files)) {
      for (const p of inputPaths(schema)) if (swedishFieldName(p.replace(/^\./, '')) === null) missing.push(`${name}: ${p}`);
    }
    expect(paths).toBeGreaterThan(400);
    expect(missing).toEqual([]);
  });

  it('the check of internal paths would find the old messages', () => {
    for (const old of [
      'Fältet staff[0].fte: får vara högst 1',
      'Tjänst 1 (staff[0].fte): får vara högst 1',
      'monthlySalary: värde saknas',
      'settings.caseload: x',
    ]) {
      expect(withoutQuoted(old)).toMatch(INTERNAL);
    }
    expect(withoutQuoted('Tjänst 1, sysselsättningsgrad: ska vara ett tal, men är texten ”staff[0].fte”')).not.toMatch(INTERNAL);
  });

  it('names rows and fields as the user knows them', () => {
    expect(swedishFieldName('staff[0].fte')).toBe('Tjänst 1, sysselsättningsgrad');
    expect(swedishFieldName('overrides.changePositions[1].toMonth')).toBe('Ändrad tjänst 2, sista månad');
    expect(swedishFieldName('months[2].queueAtMonthEnd')).toBe('Månad 3, i kö vid månadens slut');
    expect(swedishFieldName('overrides.addOtherCosts')).toBe('Tillagda kostnadsposter');
    expect(swedishFieldName('forecast.targetProbability')).toBe('Prognos, högsta risk att behöva vänta');
    expect(swedishFieldName('[2].month')).toBe('Rad 3, månad');
  });

  for (const [name, c] of ALL) {
    it(`${name}: no message for invalid input names an internal path (property)`, () => {
      const paths = inputPaths(c.input);
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom('', ...paths), wrongValue), { minLength: 1, maxLength: 4 }), (pairs) => {
          const input = pairs.reduce<unknown>((acc, [p, v]) => (p === '' ? v : merge(acc ?? {}, atPath(p, v))), {});
          const parsed = c.input.safeParse(input);
          if (parsed.success) return;
          for (const line of formatIssues(parsed.error.issues, 50)) expect(withoutQuoted(line), line).not.toMatch(INTERNAL);
        }),
        { numRuns: 40 },
      );
    });
  }
});
