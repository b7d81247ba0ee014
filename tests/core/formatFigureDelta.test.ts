import { describe, expect, it } from 'vitest';
import { formatFigureDelta } from '../../src/core/figures/formatFigure.ts';

describe('formatFigureDelta', () => {
  it('signs kronor, FTE and counts with + and the Swedish minus sign', () => {
    expect(formatFigureDelta('totalCost', 482155)).toBe('+482\u00a0155\u00a0kr');
    expect(formatFigureDelta('balance', -482155)).toBe('\u2212482\u00a0155\u00a0kr');
    expect(formatFigureDelta('lotsarFte', 1)).toBe('+1');
    expect(formatFigureDelta('capacity', 7)).toBe('+7');
  });

  it('gives percentage points for utilization and no sign for zero', () => {
    expect(formatFigureDelta('utilization', -0.0357)).toBe('\u22123,6 procentenheter');
    expect(formatFigureDelta('capacity', 0)).toBe('0');
    expect(formatFigureDelta('totalCost', 0.2)).toBe('0\u00a0kr');
    expect(formatFigureDelta('costPerParticipant', null)).toBe('–');
  });
});
