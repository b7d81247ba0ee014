// The exchange file's rule that the genders add up to the enrolled: the refusal writes its counts
// in Swedish style (digits grouped with a non-breaking space), however large they are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnitExchangeValue } from '../../../src/core/exchange/unitExchangeFile.ts';
import { formatNumber } from '../../../src/core/format/index.ts';
import { toUnitExchangeText } from '../../../src/core/exchange/unitExchangeFile.ts';
import { seed000Plan } from '../support/plans.ts';

const MAX_COUNT = 1_000_000;

function refusal(participants: Record<string, number>): string[] {
  const json = JSON.parse(toUnitExchangeText(seed000Plan()));
  json.participants = { ...json.participants, ...participants };
  const result = parseUnitExchangeValue(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.messages;
}

describe('the participants sum in the exchange file', () => {
  it('writes large counts with Swedish digit grouping', () => {
    expect(refusal({ enrolled: 12000, men: 10000, women: 1500, otherGender: 0 })).toEqual([
      'Inskrivna: män, kvinnor och annan könstillhörighet (10\u00a0000 + 1\u00a0500 + 0) ska tillsammans vara lika många som inskrivna (12\u00a0000)',
    ]);
    expect(refusal({ enrolled: 27, men: 24, women: 2, otherGender: 0, genderUnknown: 12000 })).toEqual([
      'Inskrivna: män, kvinnor, annan könstillhörighet och okänt kön (24 + 2 + 0 + 12\u00a0000) ska tillsammans vara lika många som inskrivna (27)',
    ]);
  });

  it('property: any sum that differs from the enrolled names every count as formatNumber writes it, and no run of four digits', () => {
    const count = fc.integer({ min: 0, max: MAX_COUNT });
    fc.assert(
      fc.property(count, count, count, count, count, (enrolled, men, women, otherGender, genderUnknown) => {
        fc.pre(men + women + otherGender + genderUnknown !== enrolled);
        const [message, ...rest] = refusal({ enrolled, men, women, otherGender, genderUnknown });
        expect(rest).toEqual([]);
        const parts = [men, women, otherGender, ...(genderUnknown > 0 ? [genderUnknown] : [])].map((n) => formatNumber(n)).join(' + ');
        expect(message).toContain(`(${parts}) ska tillsammans vara lika många som inskrivna (${formatNumber(enrolled)})`);
        expect(message).not.toMatch(/\d{4}/);
      }),
    );
  });
});
