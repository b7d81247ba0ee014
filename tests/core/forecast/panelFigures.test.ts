import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forecastModelLabel,
  horizonLabel,
  inMonthsLabel,
  isLongRunRiskHigh,
  LONG_RUN_WARNING_PROBABILITY,
  lotsarFigure,
  monthsFigure,
  offeredLoadSentence,
  peopleFigure,
  probabilityFigure,
  slotsFigure,
  weeksFigure,
} from '../../../src/core/forecast/panelFigures.ts';

describe('probabilityFigure', () => {
  it('writes probabilities as Swedish percentages without misleading rounding', () => {
    expect(probabilityFigure(0.7895)).toBe('79\u00a0%');
    expect(probabilityFigure(0.0976)).toBe('9,8\u00a0%');
    expect(probabilityFigure(0)).toBe('0\u00a0%');
    expect(probabilityFigure(0.00001)).toBe('under 0,1\u00a0%');
    expect(probabilityFigure(0.99999)).toBe('över 99,9\u00a0%');
    expect(probabilityFigure(1)).toBe('100\u00a0%');
  });
});

describe('the status line', () => {
  it('names the model, with the runs of a simulation, and how far the forecast reaches', () => {
    expect(forecastModelLabel('exact', 2000)).toBe('Exakt beräkning');
    expect(forecastModelLabel('monte-carlo', 2000)).toBe('Simulering, 2\u00a0000 körningar');
    expect(horizonLabel(24)).toBe('24 månader framåt');
    expect(horizonLabel(1)).toBe('1 månad framåt');
  });
});

describe('the count figures', () => {
  it('write the singular for exactly one and Swedish decimals otherwise', () => {
    expect(lotsarFigure(1)).toBe('1 lots');
    expect(lotsarFigure(4.5)).toBe('4,5 lotsar');
    expect(slotsFigure(1)).toBe('1 plats');
    expect(slotsFigure(28)).toBe('28 platser');
    expect(weeksFigure(1)).toBe('1 vecka');
    expect(weeksFigure(0.55)).toBe('0,6 veckor');
    expect(peopleFigure(21.34)).toBe('21,3 personer');
    expect(monthsFigure(1)).toBe('1 månad');
    expect(monthsFigure(6)).toBe('6 månader');
  });

  it('write a month ahead in words up to twelve, in digits after', () => {
    expect(inMonthsLabel(1)).toBe('Om en månad');
    expect(inMonthsLabel(6)).toBe('Om sex månader');
    expect(inMonthsLabel(12)).toBe('Om tolv månader');
    expect(inMonthsLabel(18)).toBe('Om 18 månader');
  });
});

describe('the long run on Prognos', () => {
  it('writes the offered load as arrivals × stay = places needed, beside the slots', () => {
    expect(offeredLoadSentence({ arrivalsPerMonth: 2.25, meanStayMonths: 12, offeredLoad: 27, capacity: 28 })).toBe(
      '2,25 anmälningar per månad × 12 månader = 27 behöver plats samtidigt, 28 platser.',
    );
    expect(offeredLoadSentence({ arrivalsPerMonth: 0.5, meanStayMonths: 1.333, offeredLoad: 0.6665, capacity: 1 })).toBe(
      '0,5 anmälningar per månad × 1,33 månader = 0,7 behöver plats samtidigt, 1 plats.',
    );
  });

  it('property: the risk is marked as a warning exactly above one in two', () => {
    expect(LONG_RUN_WARNING_PROBABILITY).toBe(0.5);
    expect(isLongRunRiskHigh(0.5)).toBe(false);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(isLongRunRiskHigh(p)).toBe(p > 0.5);
      }),
    );
  });
});
