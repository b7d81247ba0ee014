import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeKeyFigures, type KeyFigures } from '../../src/core/figures/keyFigures.ts';
import { explainKeyFigures, FIGURE_LABELS } from '../../src/core/figures/explainKeyFigures.ts';
import type { UnitYearPlan } from '../../src/core/plan/model.ts';
import { lots, planArb, seed000Plan } from './support/plans.ts';

const NB = '\u00a0';

function explain(plan: UnitYearPlan) {
  return explainKeyFigures(plan, computeKeyFigures(plan));
}

const NUMERIC_FIELDS = Object.entries(computeKeyFigures(seed000Plan()))
  .filter(([key, value]) => typeof value === 'number' && key !== 'year')
  .map(([key]) => key);

describe('explainKeyFigures: the reference memo', () => {
  const e = explain(seed000Plan());

  it('explains every numeric key figure and nothing else', () => {
    expect(Object.keys(e).sort()).toEqual([...NUMERIC_FIELDS].sort());
    for (const text of Object.values(e)) expect(text.length).toBeGreaterThan(10);
  });

  it('shows the capacity calculation', () => {
    expect(e.capacity).toBe(`4 lotsar (heltid) × 7 deltagare per lots = 28 platser.`);
  });

  it('shows the utilization calculation with load, arrivals, stay and slots', () => {
    expect(e.utilization).toBe(`Belastning 27,0 (2,25 anmälningar per månad × 12 månaders vistelse) ÷ 28 platser = 96${NB}%.`);
    expect(e.offeredLoad).toContain('2,25 anmälningar per månad × 12 månaders vistelse = 27,0');
  });

  it('shows the staff cost rule, the PO-pålägg and the result in whole kronor', () => {
    expect(e.staffCost).toContain(`(1 + PO-pålägg 39,15${NB}%)`);
    expect(e.staffCost).toContain(`4 × (Lots 1,0 × 38${NB}500${NB}kr × 12 månader)`);
    expect(e.staffCost).toContain(`Enhetschef 0,1 × 62${NB}000${NB}kr × 12 månader`);
    expect(e.staffCost).toContain(`2${NB}486${NB}400${NB}kr × 1,3915 = 3${NB}459${NB}826${NB}kr.`);
    expect(e.lotsStaffCost).toContain(`= 2${NB}571${NB}492${NB}kr.`);
  });

  it('uses words up to twelve and digits above in sentences', () => {
    expect(e.enrolled).toBe('27 personer är inskrivna enligt planen, varav 24 män och tre kvinnor.');
    expect(e.women).toBe('Tre av 27 inskrivna är kvinnor.');
    expect(e.lotsarFte).toBe('Summan av sysselsättningsgraden för fyra lotstjänster: 1,0 + 1,0 + 1,0 + 1,0 = 4 årsarbetare.');
  });

  it('shows totals, balance and ratios with their parts', () => {
    expect(e.totalCost).toBe(`Personalkostnad 3${NB}459${NB}826${NB}kr + övriga kostnader 730${NB}000${NB}kr = 4${NB}189${NB}826${NB}kr.`);
    expect(e.balance).toBe(`Finansiering 4${NB}500${NB}000${NB}kr − total kostnad 4${NB}189${NB}826${NB}kr = 310${NB}174${NB}kr (överskott).`);
    expect(e.participantsPerLots).toBe('27 inskrivna ÷ 4 lotsar (heltid) = 6,8 deltagare per lots.');
    expect(e.costPerParticipant).toBe(`Total kostnad 4${NB}189${NB}826${NB}kr ÷ 27 inskrivna = 155${NB}179${NB}kr per deltagare.`);
    expect(e.costPerLots).toContain(`= 642${NB}873${NB}kr per lots (heltid).`);
    expect(e.otherCost).toContain(`Lokaler 250${NB}000${NB}kr + `);
    expect(e.funding).toContain(`Socialförvaltningen 4${NB}500${NB}000${NB}kr`);
  });
});

describe('explainKeyFigures: special cases', () => {
  it('says why cost per participant is missing when the plan has no costs, and shows cost per lots on årsarbetare', () => {
    const plan = { ...seed000Plan(), staff: [], otherCosts: [] };
    expect(explain(plan).costPerParticipant).toBe('Planen har inga kostnader ännu, så kostnaden per deltagare kan inte beräknas.');
    const april = { ...seed000Plan().staff[0]!, fromMonth: 4 };
    const e = explain({ ...seed000Plan(), staff: [...seed000Plan().staff, april] });
    expect(e.costPerLots).toContain(`÷ 4,75 årsarbetare lots (sysselsättningsgrad × månader i tjänst ÷ 12) = 642${NB}873${NB}kr per lots (heltid).`);
  });

  it('says why cost per participant is missing when nobody is enrolled', () => {
    const e = explain({ ...seed000Plan(), participants: { enrolled: 0, men: 0, women: 0, otherGender: 0, genderUnknown: 0, queue: 3, touched: 0 } });
    expect(e.costPerParticipant).toBe('Ingen är inskriven, så kostnaden per deltagare kan inte beräknas.');
    expect(e.queue).toBe('Tre personer står i kö enligt planen.');
  });

  it('says why load and utilization are missing without demand', () => {
    const e = explain({ ...seed000Plan(), demand: null });
    expect(e.offeredLoad).toMatch(/saknar antaganden om efterfrågan.*belastningen kan inte beräknas/);
    expect(e.utilization).toMatch(/saknar antaganden om efterfrågan.*beläggningsgraden kan inte beräknas/);
  });

  it('says why per-lots figures and utilization are missing without lotsar', () => {
    const e = explain({ ...seed000Plan(), staff: [] });
    expect(e.participantsPerLots).toContain('inga lotsar');
    expect(e.costPerLots).toContain('inga lotsar');
    expect(e.utilization).toBe('Planen har inga lotsar och därmed inga platser, så beläggningsgraden kan inte beräknas.');
    expect(e.staffCost).toBe('Planen har inga tjänster, så personalkostnaden är 0 kr.');
  });

  it('says when the lotsar do not add up to one slot', () => {
    const e = explain({ ...seed000Plan(), staff: [lots({ fte: 0.1 })] });
    expect(e.capacity).toBe('0,1 lotsar (heltid) × 7 deltagare per lots = 0,7, avrundat nedåt till 0 platser.');
    expect(e.utilization).toBe('Lotsarna räcker inte till en hel plats, så beläggningsgraden kan inte beräknas.');
    expect(e.lotsarFte).toBe('Sysselsättningsgraden för den enda lotstjänsten: 0,1 årsarbetare.');
  });

  it('shows the rounding down of capacity', () => {
    const e = explain({ ...seed000Plan(), staff: [lots({ fte: 0.5, fromMonth: 4 })] });
    expect(e.capacity).toBe('0,5 lotsar (heltid) × 7 deltagare per lots = 3,5, avrundat nedåt till 3 platser.');
    expect(e.staffCost).toContain(`Lots 0,5 × 38${NB}500${NB}kr × 9 månader`);
  });

  it('warns when the load reaches capacity and marks a deficit', () => {
    const plan = { ...seed000Plan(), demand: { arrivalsPerMonth: 3, meanStayMonths: 12 }, funding: [] };
    const e = explain(plan);
    expect(e.utilization).toContain(`= 129${NB}%.`);
    expect(e.utilization).toContain('kön växer');
    expect(e.balance).toContain('(underskott)');
    expect(e.balance).toContain(`= \u22124${NB}189${NB}826${NB}kr`);
  });

  it('explains every numeric figure of any valid plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const e = explain(plan);
        expect(Object.keys(e).sort()).toEqual([...NUMERIC_FIELDS].sort());
        for (const text of Object.values(e)) {
          expect(text).not.toMatch(/undefined|NaN|null|Infinity/);
          expect(text).toMatch(/[.]$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('FIGURE_LABELS', () => {
  it('labels every key figure field in Swedish', () => {
    const keys = Object.keys(computeKeyFigures(seed000Plan())) as (keyof KeyFigures)[];
    expect(Object.keys(FIGURE_LABELS).sort()).toEqual([...keys].sort());
    expect(FIGURE_LABELS.lotsarFte).toBe('Lotsar (årsarbetare)');
    expect(FIGURE_LABELS.capacity).toBe('Platser');
    expect(FIGURE_LABELS.balance).toBe('Resultat (finansiering − kostnad)');
    expect(FIGURE_LABELS.utilization).toBe('Beläggningsgrad');
    expect(new Set(Object.values(FIGURE_LABELS)).size).toBe(keys.length);
  });
});
