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
      abandonment: 0,
      absence: 0,
      leadTime: 0,
      priorityShare: 0,
    });
  });

  it.each([
    [{ ...VALID, arrivals: -1 }, 'Flaggan --arrivals, månad 1: ska vara minst 0'],
    [{ ...VALID, arrivals: [2, 3, -0.5] }, 'Flaggan --arrivals, månad 3: ska vara minst 0'],
    [{ ...VALID, arrivals: 'många' }, 'Flaggan --arrivals, månad 1: ska vara ett tal, men är texten ”många”'],
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
    [{ ...VALID, stayDistribution: 'gamma' }, 'Flaggan --stay-distribution: ska vara ett av ”exponential”, ”fixed”, ”lognormal”'],
    [{ ...VALID, stayDistribution: 'lognormal' }, 'Flaggan --stay-spread: behövs när vistelsetiden är lognormal'],
    [{ ...VALID, staySpread: 0.5 }, 'Flaggan --stay-spread: gäller bara lognormal vistelsetid (nu är den exponential)'],
    [{ ...VALID, horizon: 2, arrivals: [1, 2, 3] }, 'Flaggan --arrivals: har 3 värden, men prognosen gäller 2 månader'],
    [{ ...VALID, horizon: 1, arrivals: [1, 2] }, 'Flaggan --arrivals: har 2 värden, men prognosen gäller 1 månad;'],
    [{ ...VALID, foo: 1 }, 'Okänd flagga: --foo'],
    [{ arrivals: 2 }, 'Flaggan --stay: värde saknas'],
  ])('refuses %j with a Swedish message naming the option', (input, expected) => {
    expect(messages(input).join('\n')).toContain(expected);
  });

  it('names the field of a batch line the way the exchange file does', () => {
    expect(messages({ ...VALID, arrivals: [1, -1] }, 'field')).toEqual(['Anmälningar i prognosmånad 2: ska vara minst 0']);
    expect(messages({ ...VALID, batch: 'x.jsonl' }, 'field')).toEqual(['Okänt fält ”batch”']);
  });

  it('accepts --json in a batch line, and refuses NaN and infinity', () => {
    expect(parseForecastOptions({ ...VALID, json: true }).ok).toBe(true);
    expect(messages({ ...VALID, stay: Number.NaN })).toEqual(['Flaggan --stay: ska vara ett tal, men är NaN']);
    expect(messages({ ...VALID, arrivals: Number.POSITIVE_INFINITY })[0]).toContain('Flaggan --arrivals');
  });
});

describe('stayBands (empirical stay distribution)', () => {
  const band = (fromMonths: number, toMonths: number, count: number) => ({ fromMonths, toMonths, count });
  const HISTORY = [band(0, 3, 4), band(3, 6, 6), band(6, 12, 9), band(12, 18, 5), band(18, 24, 2), band(24, 36, 1)];
  const EMPIRICAL = { ...VALID, stayDistribution: 'empirical' };

  it('accepts the unit’s history in the expected bands, touching bands and gaps between them', () => {
    const r = parseForecastOptions({ ...EMPIRICAL, stayBands: HISTORY });
    expect(r.ok && r.value.stayBands).toEqual(HISTORY);
    expect(parseForecastOptions({ ...EMPIRICAL, stayBands: [band(0.5, 2, 0), band(4, 240, 1)] }).ok).toBe(true);
  });

  it.each([
    [
      'missing for empirical',
      EMPIRICAL,
      'Flaggan --stay-bands: behövs när vistelsetiden är empirical',
      'Avslut efter vistelsetid: behövs när vistelsetiden är empirical',
    ],
    [
      'given for another distribution',
      { ...VALID, stayDistribution: 'fixed', stayBands: HISTORY },
      'Flaggan --stay-bands: gäller bara empirisk vistelsetid, empirical (nu är den fixed)',
      'Avslut efter vistelsetid: gäller bara empirisk vistelsetid',
    ],
    [
      'overlapping',
      { ...EMPIRICAL, stayBands: [band(0, 3, 1), band(2, 6, 1)] },
      'Flaggan --stay-bands, intervall 2: börjar vid 2 månader, före slutet av föregående intervall (3 månader)',
      'Vistelseintervall 2: börjar vid 2 månader',
    ],
    [
      'unsorted',
      { ...EMPIRICAL, stayBands: [band(3, 6, 1), band(0, 3, 1)] },
      'Flaggan --stay-bands, intervall 2: börjar vid 0 månader, före slutet av föregående intervall (6 månader); intervallen ska stå i ordning',
      'Vistelseintervall 2: börjar vid 0 månader',
    ],
    [
      'ending where it begins',
      { ...EMPIRICAL, stayBands: [band(3, 3, 1)] },
      'Flaggan --stay-bands, intervall 1: slutar vid 3 månader, men ska sluta efter sin början (3 månader)',
      'Vistelseintervall 1: slutar vid 3 månader',
    ],
    [
      'with no discharges',
      { ...EMPIRICAL, stayBands: [band(0, 3, 0), band(3, 6, 0)] },
      'Flaggan --stay-bands: har inga avslut (alla antal är 0)',
      'Avslut efter vistelsetid: har inga avslut',
    ],
    [
      'with a count that is not a whole number',
      { ...EMPIRICAL, stayBands: [band(0, 3, 2.5)] },
      'Flaggan --stay-bands, intervall 1 (antal): ska vara ett heltal, men är 2,5',
      'Vistelseintervall 1, antal: ska vara ett heltal, men är 2,5',
    ],
    [
      'with a negative count',
      { ...EMPIRICAL, stayBands: [band(0, 3, -1), band(3, 6, 0)] },
      'Flaggan --stay-bands, intervall 1 (antal): ska vara minst 0',
      'Vistelseintervall 1, antal: ska vara minst 0',
    ],
    [
      'beyond 240 months',
      { ...EMPIRICAL, stayBands: [band(0, 300, 1)] },
      'Flaggan --stay-bands, intervall 1 (till): får vara högst 240',
      'Vistelseintervall 1, till månad: får vara högst 240',
    ],
    [
      'starting below zero',
      { ...EMPIRICAL, stayBands: [band(-1, 3, 1)] },
      'Flaggan --stay-bands, intervall 1 (från): ska vara minst 0',
      'Vistelseintervall 1, från månad: ska vara minst 0',
    ],
    ['empty', { ...EMPIRICAL, stayBands: [] }, 'Flaggan --stay-bands: ska ha minst ett intervall', 'Avslut efter vistelsetid: ska ha minst ett intervall'],
    [
      'with more than twelve bands',
      { ...EMPIRICAL, stayBands: Array.from({ length: 13 }, (_, i) => band(i, i + 1, 1)) },
      'Flaggan --stay-bands: får ha högst 12 intervall, men har 13',
      'Avslut efter vistelsetid: får ha högst 12 intervall',
    ],
    [
      'with an unknown key',
      { ...EMPIRICAL, stayBands: [{ ...band(0, 3, 1), months: 2 }] },
      'Flaggan --stay-bands, intervall 1: okänt fält ”months”',
      'Vistelseintervall 1: okänt fält ”months”',
    ],
  ])('refuses bands %s with a Swedish message naming stayBands', (_, input, flagMessage, fieldMessage) => {
    expect(messages(input).join('\n')).toContain(flagMessage);
    expect(messages(input, 'field').join('\n')).toContain(fieldMessage);
  });

  it('reports a negative count without also claiming there are no discharges', () => {
    expect(messages({ ...EMPIRICAL, stayBands: [band(0, 3, -1)] })).toEqual(['Flaggan --stay-bands, intervall 1 (antal): ska vara minst 0']);
  });
});
