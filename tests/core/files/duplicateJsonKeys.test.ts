// A key given twice in a JSON file is refused, not read as its last value (JSON.parse's way).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDuplicateJsonKey, parseJsonText } from '../../../src/core/files/jsonSyntax.ts';
import { parseUnitExchangeText, toUnitExchangeText } from '../../../src/core/exchange/unitExchangeFile.ts';
import { readStatisticsJsonText } from '../../../src/core/statistics/jsonMonths.ts';
import { seed000Plan } from '../support/plans.ts';

describe('findDuplicateJsonKey', () => {
  it('finds a key given twice, with its path and both lines', () => {
    expect(findDuplicateJsonKey('{"a": 1,\n "year": 2021,\n "year": 2099}')).toEqual({ path: ['year'], firstLine: 2, line: 3 });
    expect(findDuplicateJsonKey('{"staff": [{"fte": 1}, {"fte": 1, "title": "x", "fte": 2}]}')).toEqual({ path: ['staff', 1, 'fte'], firstLine: 1, line: 1 });
    // Written with an escape, the key is still the same key.
    expect(findDuplicateJsonKey('{"year": 1, "ye\\u0061r": 2}')?.path).toEqual(['year']);
  });

  it('does not take values, keys of other objects or keys inside strings for duplicates', () => {
    expect(findDuplicateJsonKey('{"a": "a", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}], "d": "\\"a\\": 1, \\"a\\""}')).toBeNull();
  });

  it('finds nothing in any JSON.stringify output, and always finds a key that is written twice', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expect(findDuplicateJsonKey(JSON.stringify(value, null, indent))).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (dict, pick) => {
        const keys = Object.keys(dict);
        const key = keys[pick % keys.length]!;
        const text = `{${JSON.stringify(dict).slice(1, -1)},${JSON.stringify(key)}:null}`;
        expect(JSON.parse(text)[key]).toBeNull();
        expect(findDuplicateJsonKey(text)?.path).toEqual([key]);
      }),
    );
  });

  it('reads a deeply nested text without running out of stack', () => {
    const depth = 100_000;
    expect(findDuplicateJsonKey(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBeNull();
  });
});

describe('files that give a field twice', () => {
  it('the exchange file is refused, naming the field in Swedish and the lines', () => {
    const text = toUnitExchangeText(seed000Plan()).replace('"year": 2020,', '"year": 2021,\n  "year": 2099,');
    expect(parseUnitExchangeText(text)).toEqual({
      ok: false,
      messages: ['Fältet ”year” (År) finns två gånger i filen, på rad 6 och rad 7. Ta bort det ena, så att det är klart vilket värde som gäller.'],
    });
  });

  it('the monthly statistics in JSON are refused, naming the month and the column', () => {
    const result = readStatisticsJsonText(
      '[{"month": "2021-01", "referrals": 2, "newEnrolments": 1, "discharges": 0, "enrolledAtMonthEnd": 3, "referrals": 5}]',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages[0]).toMatch(/^Fältet ”\[0\]\.referrals” \(Månad 1, Anmälningar\) finns två gånger i filen, båda gångerna på rad 1\./);
  });

  it('broken JSON is still reported as broken JSON', () => {
    expect(parseJsonText('{"a": 1,}')).toMatchObject({ ok: false, message: expect.stringMatching(/^Filen är inte giltig JSON\./) });
  });
});
