import { describe, it, expect } from 'vitest';
import { computeKeyFigures, type KeyFigures } from '../../src/core/figures/keyFigures.ts';
import { formatFigure, MISSING_FIGURE } from '../../src/core/figures/formatFigure.ts';
import { seed000Plan } from './support/plans.ts';

const NB = '\u00a0';

describe('formatFigure', () => {
  const f = computeKeyFigures(seed000Plan());
  const shown = Object.fromEntries((Object.keys(f) as (keyof KeyFigures)[]).map((k) => [k, formatFigure(k, f[k])])) as Record<keyof KeyFigures, string>;

  it('shows the reference memo the way a table should', () => {
    expect(shown).toEqual({
      district: 'Rinkeby-Kista',
      unit: 'SIG vuxna',
      year: '2020',
      lotsarFte: '4',
      caseloadPerLots: '7',
      capacity: '28',
      enrolled: '27',
      men: '24',
      women: '3',
      otherGender: '0',
      queue: '0',
      touched: '0',
      participantsPerLots: '6,8',
      staffCost: `3${NB}459${NB}826${NB}kr`,
      lotsStaffCost: `2${NB}571${NB}492${NB}kr`,
      otherCost: `730${NB}000${NB}kr`,
      totalCost: `4${NB}189${NB}826${NB}kr`,
      funding: `4${NB}500${NB}000${NB}kr`,
      balance: `310${NB}174${NB}kr`,
      costPerParticipant: `155${NB}179${NB}kr`,
      costPerLots: `642${NB}873${NB}kr`,
      offeredLoad: '27,0',
      utilization: `96${NB}%`,
    });
  });

  it('shows a dash for a figure that cannot be computed, and never groups the year', () => {
    expect(formatFigure('costPerParticipant', null)).toBe(MISSING_FIGURE);
    expect(formatFigure('utilization', null)).toBe('–');
    expect(formatFigure('year', 2021)).toBe('2021');
    expect(formatFigure('balance', -200000)).toBe(`\u2212200${NB}000${NB}kr`);
  });
});
