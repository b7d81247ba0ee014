// Validation messages count as running text writes it: a length limit ('får ha högst en rad', 'ska ha
// minst tre tecken', '500 rader') and the rest of a list cut at its limit ('… och tre fel till.').
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssue, formatIssue, formatIssues, moreErrorsLine } from '../../../src/core/validation/swedishIssues.ts';
import { parseUnitExchangeText, toUnitExchangeText } from '../../../src/core/exchange/unitExchangeFile.ts';
import { parseForecastOptions } from '../../../src/core/forecast/options.ts';
import { roleSchema } from '../../../src/core/plan/fields.ts';
import { seed000Plan } from '../support/plans.ts';
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

describe('messages without follow-on errors, with the nouns and words a user knows (review)', () => {
  const exchangeMessages = (change: (file: Record<string, unknown>) => void): string[] => {
    const file = JSON.parse(toUnitExchangeText(seed000Plan())) as Record<string, unknown>;
    change(file);
    const result = parseUnitExchangeText(JSON.stringify(file));
    return result.ok ? [] : result.messages;
  };

  it('a wrong month, age or count gives its own message and no cross-field one', () => {
    expect(
      exchangeMessages((f) => {
        (f.staff as Record<string, unknown>[])[0]!.fromMonth = 13;
      }),
    ).toEqual(['Tjänst 1, första månad: får vara högst 12']);
    expect(
      exchangeMessages((f) => {
        f.ageFrom = 200;
      }),
    ).toEqual(['Nedre åldersgräns: får vara högst 120']);
    expect(
      exchangeMessages((f) => {
        (f.participants as Record<string, unknown>).men = -1;
      }),
    ).toHaveLength(1);
  });

  it('the cross-field checks still speak when the fields themselves are right', () => {
    expect(
      exchangeMessages((f) => {
        Object.assign((f.staff as Record<string, unknown>[])[0]!, { fromMonth: 6, toMonth: 3 });
      }),
    ).toEqual(['Tjänst 1, sista månad: sista månaden (3) ligger före första månaden (6)']);
  });

  it('a list of season factors or scenarios counts them, not rows, and says how many it got', () => {
    const season = z.strictObject({ season: z.array(z.number()).length(12) });
    expect(formatIssue(season.safeParse({ season: [1, 1, 1] }, { reportInput: true }).error!.issues[0]!)).toBe(
      'Säsongsvariation: ska ha tolv faktorer (fick tre)',
    );
    const scenarios = z.strictObject({ scenarios: z.array(z.string()).min(1).max(4) });
    const five = scenarios.safeParse({ scenarios: ['a', 'b', 'c', 'd', 'e'] }, { reportInput: true }).error!.issues[0]!;
    expect(describeIssue(five)).toBe('får ha högst fyra scenarier (fick fem)');
    expect(describeIssue(scenarios.safeParse({ scenarios: [] }, { reportInput: true }).error!.issues[0]!)).toBe('ska ha minst ett scenario (listan är tom)');
  });

  it('a season factor list of the wrong length is not also told its mean', () => {
    const parsed = parseForecastOptions({ arrivals: 2, stay: 12, lotsar: 4, caseload: 7, season: [1, 1, 1] });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.map((i) => i.path.join('.'))).toEqual(['season']);
  });

  it('JSON null is an empty field, and a role lists the titles beside its internal ids', () => {
    expect(describeIssue(z.number().safeParse(null, { reportInput: true }).error!.issues[0]!)).toBe('ska vara ett tal, men är tomt');
    const role = z.strictObject({ role: roleSchema }).safeParse({ role: 'chef' }).error!.issues[0]!;
    expect(describeIssue(role)).toBe(
      'ska vara ett av ”lots”, ”bitradande_enhetschef” (Biträdande enhetschef), ”enhetschef”, ”behandlare”, ”samordnare”, ”annan”',
    );
  });
});
