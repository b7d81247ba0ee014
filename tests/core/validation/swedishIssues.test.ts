// A list of validation errors cut at its limit ends in a count of the rest, as running text writes it.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { formatIssues, moreErrorsLine } from '../../../src/core/validation/swedishIssues.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

const schema = z.array(z.number().min(0));
const issues = (n: number) => schema.safeParse(Array.from({ length: n }, () => -1)).error!.issues;

describe('moreErrorsLine and formatIssues', () => {
  it('count the errors left out in words up to twelve: "… och ett fel till.", "… och tre fel till."', () => {
    expect(moreErrorsLine(1)).toBe('… och ett fel till.');
    expect(moreErrorsLine(3)).toBe('… och tre fel till.');
    expect(moreErrorsLine(12)).toBe('… och tolv fel till.');
    expect(moreErrorsLine(14)).toBe('… och 14 fel till.');
    expect(moreErrorsLine(1200)).toBe('… och 1\u00a0200 fel till.');
    expect(formatIssues(issues(13))).toHaveLength(11);
    expect(formatIssues(issues(13)).at(-1)).toBe('… och tre fel till.');
    expect(formatIssues(issues(11)).at(-1)).toBe('… och ett fel till.');
    expect(formatIssues(issues(10)).at(-1)).not.toMatch(/fel till/);
  });

  it('never writes a count of 1–12 in digits, and one is "ett fel" (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        const words = n === 1 ? 'ett' : n <= 12 ? countInText(n) : formatNumber(n);
        expect(moreErrorsLine(n)).toBe(`… och ${words} fel till.`);
        if (n <= 12) expect(moreErrorsLine(n)).not.toMatch(/\d/);
      }),
    );
  });
});
