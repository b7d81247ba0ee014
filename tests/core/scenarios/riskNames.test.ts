// The hiring and queue sentences of the scenario forecast name the risk by the month measure's name
// (RISK_MEASURES.month), never by an older phrase such as "risken för kö" that is easily taken for
// the month-end queue.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RISK_MEASURES } from '../../../src/core/forecast/riskMeasures.ts';
import { hiringPlan, QUEUE_FIGURE_LABELS, QUEUE_RISK_NOTE, queueSentence, type HiringInput } from '../../../src/core/scenarios/forecast.ts';

const input = (arrivals: number, lotsar: number, horizon: number, leadTimeMonths: number, level: boolean): HiringInput => ({
  arrivals: Array.from({ length: horizon }, () => arrivals),
  lotsar: Array.from({ length: horizon }, () => lotsar),
  caseload: 7,
  stay: 12,
  initialCount: 27,
  targetProbability: 0.2,
  leadTimeMonths,
  start: { year: 2021, month: 1 },
  staff: [{ role: 'lots', monthlySalary: 38500 }],
  poPercent: 39.15,
  salaryRevisionPercent: 0,
  planYear: 2020,
  serviceLevel: level ? { share: 0.9, weeks: 2 } : undefined,
});

/** A sentence about the risk of waiting uses the measure's name and no other name for it. */
function expectMeasureName(sentence: string): void {
  expect(sentence).not.toMatch(/risk(en)? för kö/i);
  expect(sentence.toLocaleLowerCase('sv')).toContain(RISK_MEASURES.month.inSentence);
}

describe('risk measure names in the scenario forecast sentences', () => {
  it('every hiring answer (holds, plan, impossible) names the month risk of waiting (property)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 12, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 6, max: 18 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (arrivals, lotsar, horizon, lead, level) => {
          const answer = hiringPlan(input(arrivals, lotsar, horizon, lead, level));
          seen.add(answer.status);
          if (answer.status !== 'too-short') expectMeasureName(answer.sentence);
        },
      ),
      { numRuns: 60 },
    );
    // The three answers that talk about the risk were all met, so the property covered them.
    expect([...seen].filter((s) => s !== 'too-short').sort()).toEqual(['holds', 'impossible', 'plan']);
  });

  it('the queue sentence, the comparison labels and the note use the measure name', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ probabilityOfWaiting: i / 20 })) as unknown as Parameters<typeof queueSentence>[1];
    expectMeasureName(queueSentence(null, months));
    expectMeasureName(queueSentence('en lots till', months));
    expectMeasureName(QUEUE_RISK_NOTE);
    expect(QUEUE_RISK_NOTE).toBe(
      'Risken att behöva vänta är andelen av dem som anmäls under månaden som inte kan skrivas in direkt utan får vänta på en plats.',
    );
    // A label is the measure's name without ", per månad", with the months ahead instead.
    const stem = RISK_MEASURES.month.name.replace(/, per månad$/, '');
    expect(QUEUE_FIGURE_LABELS.riskIn6Months).toBe(`${stem} om sex månader`);
    expect(QUEUE_FIGURE_LABELS.riskIn12Months).toBe(`${stem} om tolv månader`);
    expect(QUEUE_FIGURE_LABELS.longRunProbabilityOfWaiting).toBe(RISK_MEASURES.longRun.name);
  });
});
