import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFacts } from '../../../src/core/plan/planFacts.ts';

describe('planFacts: the line under the Översikt’s heading', () => {
  it('names the target group, the PO-pålägg and the demand, in Swedish number style', () => {
    expect(planFacts({ ageFrom: 18, ageTo: 29, poPercent: 46.18, demand: { arrivalsPerMonth: 2.5, meanStayMonths: 11.25 } })).toBe(
      'Målgrupp 18–29 år · PO-pålägg 46,18\u00a0% · 2,5 anmälningar per månad, 11,3 månaders genomsnittlig vistelse',
    );
  });

  it('says an open-ended target group as such and leaves out what the plan does not state', () => {
    expect(planFacts({ ageFrom: 15, ageTo: null, poPercent: 40, demand: null })).toBe('Målgrupp från 15 år · PO-pålägg 40\u00a0%');
    expect(planFacts({ ageFrom: null, ageTo: 25, poPercent: 40, demand: null })).toBe('Målgrupp upp till 25 år · PO-pålägg 40\u00a0%');
    expect(planFacts({ ageFrom: null, ageTo: null, poPercent: 38.5, demand: null })).toBe('PO-pålägg 38,5\u00a0%');
  });

  it('property: the PO-pålägg is always there, the demand exactly when the plan has one', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 99 })),
        fc.option(fc.integer({ min: 0, max: 99 })),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.option(
          fc.record({ arrivalsPerMonth: fc.double({ min: 0.01, max: 50, noNaN: true }), meanStayMonths: fc.double({ min: 0.1, max: 60, noNaN: true }) }),
        ),
        (ageFrom, ageTo, poPercent, demand) => {
          const line = planFacts({ ageFrom, ageTo, poPercent, demand });
          expect(line).toContain('PO-pålägg ');
          expect(line.includes('anmälningar per månad')).toBe(demand !== null);
          expect(line.startsWith('Målgrupp')).toBe(ageFrom !== null || ageTo !== null);
          expect(line).not.toMatch(/\.\d/);
        },
      ),
    );
  });
});
