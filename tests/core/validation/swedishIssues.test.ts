// Validation messages count as running text writes it: a length limit ('får ha högst en rad', 'ska ha
// minst tre tecken', '500 rader') and the rest of a list cut at its limit ('… och tre fel till.').
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssue, formatIssues, moreErrorsLine } from '../../../src/core/validation/swedishIssues.ts';
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

const issueOf = (schema: z.ZodType, input: unknown) => describeIssue(schema.safeParse(input).error!.issues[0]!);

describe('length limits in describeIssue', () => {
  it('count rows and characters in words up to twelve, singular for one', () => {
    expect(issueOf(z.array(z.number()).min(1), [])).toBe('ska ha minst en rad');
    expect(issueOf(z.array(z.number()).min(3), [1])).toBe('ska ha minst tre rader');
    expect(issueOf(z.array(z.number()).max(1), [1, 2])).toBe('får ha högst en rad');
    expect(issueOf(z.array(z.number()).max(12), Array(13).fill(1))).toBe('får ha högst tolv rader');
    expect(issueOf(z.array(z.number()).max(500), Array(501).fill(1))).toBe('får ha högst 500 rader');
    expect(issueOf(z.string().min(1), '')).toBe('får inte vara tom');
    expect(issueOf(z.string().min(3), 'x')).toBe('ska ha minst tre tecken');
    expect(issueOf(z.string().max(1), 'xy')).toBe('får ha högst ett tecken');
    expect(issueOf(z.string().max(200), 'x'.repeat(201))).toBe('får ha högst 200 tecken');
    expect(issueOf(z.string().max(5_000_000), 'x'.repeat(5_000_001))).toBe('får ha högst 5\u00a0000\u00a0000 tecken');
  });

  it('never write "1 rader" or a limit of 1–12 in digits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (n) => {
        const rows = issueOf(z.array(z.number()).max(n), Array(n + 1).fill(1));
        const chars = issueOf(z.string().max(n), 'x'.repeat(n + 1));
        const words = (gender: 'common' | 'neuter') => (n <= 12 ? countInText(n, { gender }) : formatNumber(n));
        expect(rows).toBe(`får ha högst ${words('common')} ${n === 1 ? 'rad' : 'rader'}`);
        expect(chars).toBe(`får ha högst ${words('neuter')} tecken`);
        if (n <= 12) expect(`${rows} ${chars}`).not.toMatch(/\d/);
      }),
      { numRuns: 200 },
    );
  });
});
