import { describe, expect, it } from 'vitest';
import { formatForecastIssue, parseForecastOptions } from '../../../src/core/forecast/options.ts';

const VALID = { arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7 };

function messages(input: unknown, style: 'flag' | 'field' = 'flag'): string[] {
  const r = parseForecastOptions(input);
  if (r.ok) return [];
  return r.issues.map((i) => formatForecastIssue(i, style));
}

describe('forecast options', () => {
  it('fills in the documented defaults and turns single numbers into lists', () => {
    const r = parseForecastOptions(VALID);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      arrivals: [2.25],
      stay: 12,
      lotsar: [4],
      caseload: 7,
      enrolled: 0,
      queue: 0,
      horizon: 24,
      targetProbability: 0.1,
      targetWaitWeeks: 2,
      trend: 0,
      stayDistribution: 'exponential',
      runs: 10_000,
      seed: 1,
    });
  });

  it.each([
    [{ ...VALID, arrivals: -1 }, 'Flaggan --arrivals, månad 1: ska vara minst 0'],
    [{ ...VALID, arrivals: [2, 3, -0.5] }, 'Flaggan --arrivals, månad 3: ska vara minst 0'],
    [{ ...VALID, arrivals: 'många' }, 'Flaggan --arrivals, månad 1: ska vara ett tal, men är texten "många"'],
    [{ ...VALID, stay: 0 }, 'Flaggan --stay: ska vara minst 0,5'],
    [{ ...VALID, caseload: 0 }, 'Flaggan --caseload: ska vara större än 0'],
    [{ ...VALID, lotsar: -2 }, 'Flaggan --lotsar, månad 1: ska vara minst 0'],
    [{ ...VALID, horizon: 121 }, 'Flaggan --horizon: får vara högst 120'],
    [{ ...VALID, horizon: 0 }, 'Flaggan --horizon: ska vara minst 1'],
    [{ ...VALID, horizon: 12.5 }, 'Flaggan --horizon: ska vara ett heltal, men är 12,5'],
    [{ ...VALID, runs: 10 }, 'Flaggan --runs: ska vara minst 100'],
    [{ ...VALID, runs: 1e7 }, 'Flaggan --runs: får vara högst 200\u00a0000'],
    [{ ...VALID, seed: -1 }, 'Flaggan --seed: ska vara minst 0'],
    [{ ...VALID, enrolled: 2.5 }, 'Flaggan --enrolled: ska vara ett heltal, men är 2,5'],
    [{ ...VALID, targetProbability: 0 }, 'Flaggan --target-probability: ska vara större än 0'],
    [{ ...VALID, targetProbability: 1.5 }, 'Flaggan --target-probability: får vara högst 1'],
    [{ ...VALID, targetWaitWeeks: 0 }, 'Flaggan --target-wait-weeks: ska vara större än 0'],
    [{ ...VALID, stayDistribution: 'gamma' }, 'Flaggan --stay-distribution: ska vara ett av "exponential", "fixed", "lognormal"'],
    [{ ...VALID, stayDistribution: 'lognormal' }, 'Flaggan --stay-spread: behövs när vistelsetiden är lognormal'],
    [{ ...VALID, staySpread: 0.5 }, 'Flaggan --stay-spread: gäller bara lognormal vistelsetid (nu är den exponential)'],
    [{ ...VALID, horizon: 2, arrivals: [1, 2, 3] }, 'Flaggan --arrivals: har 3 värden, men prognosen gäller 2 månader'],
    [{ ...VALID, foo: 1 }, 'Okänd flagga: --foo'],
    [{ arrivals: 2 }, 'Flaggan --stay: värde saknas'],
  ])('refuses %j with a Swedish message naming the option', (input, expected) => {
    expect(messages(input).join('\n')).toContain(expected);
  });

  it('names the field of a batch line the way the exchange file does', () => {
    expect(messages({ ...VALID, arrivals: [1, -1] }, 'field')).toEqual(['Fältet arrivals[1]: ska vara minst 0']);
    expect(messages({ ...VALID, batch: 'x.jsonl' }, 'field')).toEqual(['Okänt fält: batch']);
  });

  it('accepts --json in a batch line, and refuses NaN and infinity', () => {
    expect(parseForecastOptions({ ...VALID, json: true }).ok).toBe(true);
    expect(messages({ ...VALID, stay: Number.NaN })).toEqual(['Flaggan --stay: ska vara ett tal, men är NaN']);
    expect(messages({ ...VALID, arrivals: Number.POSITIVE_INFINITY })[0]).toContain('Flaggan --arrivals');
  });
});
