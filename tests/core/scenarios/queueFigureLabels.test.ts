import { describe, expect, it } from 'vitest';
import { COMPARED_QUEUE_FIGURES, QUEUE_FIGURE_LABELS, queueFigureLabels } from '../../../src/core/scenarios/forecast.ts';

describe('queueFigureLabels', () => {
  it('gives every queue figure of Scenarier its time', () => {
    const labels = queueFigureLabels({ year: 2021, month: 1 }, 24);
    expect(labels.riskIn6Months).toBe('Risk att behöva vänta om sex månader (jun 2021)');
    expect(labels.riskIn12Months).toBe('Risk att behöva vänta om tolv månader (dec 2021)');
    expect(labels.expectedQueueIn12Months).toBe('Väntat antal i kö om tolv månader (dec 2021)');
    expect(labels.queueP90In12Months).toBe('Kö om tolv månader (dec 2021), högt räknat (9 av 10 fall under)');
    expect(labels.expectedWaitWeeksIn12Months).toBe('Väntetid om tolv månader (dec 2021), veckor');
    expect(labels.longRunProbabilityOfWaiting).toBe('Risk att behöva vänta om läget består i flera år');
    expect(labels.recommendedLotsar).toBe(QUEUE_FIGURE_LABELS.recommendedLotsar);
    expect(Object.keys(labels).sort()).toEqual([...COMPARED_QUEUE_FIGURES].sort());
  });

  it('a figure the horizon cuts short is at the end of the period', () => {
    const labels = queueFigureLabels({ year: 2021, month: 1 }, 9);
    expect(labels.riskIn6Months).toBe('Risk att behöva vänta om sex månader (jun 2021)');
    expect(labels.riskIn12Months).toBe('Risk att behöva vänta vid prognosperiodens slut (sep 2021)');
  });
});
