import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffStaff, previewImport } from '../../../src/core/exchange/importPreview.ts';
import { parseUnitExchangeValue } from '../../../src/core/exchange/unitExchangeFile.ts';
import type { StaffPosition, UnitYearPlan } from '../../../src/core/plan/model.ts';
import { type SpoilableJson, validExchange } from '../../fixtures/exchange.ts';
import { countInText, formatNumber } from '../../../src/core/format/index.ts';

const NB = '\u00a0';

function plan(change: (file: SpoilableJson) => void = () => {}): UnitYearPlan {
  const file = validExchange();
  change(file);
  const parsed = parseUnitExchangeValue(file);
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  return parsed.plan;
}

const side = (p: UnitYearPlan, exampleValues = false) => ({ plan: p, exampleValues });

describe('previewImport', () => {
  it('a plan that is not in the database is read in as new, nothing replaced', () => {
    const preview = previewImport(null, side(plan()));
    expect(preview).toMatchObject({ exists: false, identical: false, changes: [], staffDetails: [] });
    expect(preview.summary).toBe('Spånga-Tensta, SIG unga 2021 finns inte i databasen och läses in som en ny plan. Inga andra planer ändras.');
  });

  it('the same plan again changes nothing and says so', () => {
    const preview = previewImport(side(plan()), side(plan()));
    expect(preview).toMatchObject({ exists: true, identical: true, staff: { added: 0, removed: 0, changed: 0 }, changes: [], staffDetails: [] });
    expect(preview.summary).toBe(
      'Spånga-Tensta, SIG unga 2021 finns redan i databasen och ersätts helt av filens plan. Filen innehåller samma uppgifter som databasen, så ingenting ändras.',
    );
  });

  it('names a changed salary, an added and a removed position, and the figures that follow', () => {
    const before = plan();
    const after = plan((f) => {
      f.staff[0].monthlySalary = 40000; // changed
      f.staff.splice(1, 1); // the half-time lots from April is removed
      f.staff.push({ role: 'samordnare', title: 'Samordnare', fte: 0.5, monthlySalary: 36000, fromMonth: 1, toMonth: 12 });
      f.participants.queue = 3;
    });
    const preview = previewImport(side(before), side(after));
    expect(preview.staff).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(preview.staffDetails).toEqual([
      `Ändras: Lots: månadslön 39${NB}000${NB}kr → 40${NB}000${NB}kr.`,
      `Läggs till: Samordnare 0,5, 36${NB}000${NB}kr i månaden, hela året.`,
      `Tas bort: Lots 0,5, 39${NB}000${NB}kr i månaden, april–december.`,
    ]);
    const labels = preview.changes.map((c) => c.label);
    expect(labels).toEqual(['Lotsar (årsarbetare)', 'Platser', 'Personalkostnad', 'Total kostnad', 'Kö']);
    expect(preview.changes.find((c) => c.label === 'Lotsar (årsarbetare)')).toEqual({ label: 'Lotsar (årsarbetare)', before: '1,5', after: '1' });
    expect(preview.changes.find((c) => c.label === 'Kö')).toEqual({ label: 'Kö', before: '1', after: '3' });
    expect(preview.summary).toBe(
      'Spånga-Tensta, SIG unga 2021 finns redan i databasen och ersätts helt av filens plan. En tjänst läggs till, en tas bort och en ändras; fem värden ändras bland nyckeltalen och inställningarna.',
    );
  });

  it('more than twelve position changes end in "… och tre ändringar till av tjänsterna."', () => {
    const added = (n: number) =>
      plan((f) => {
        for (let i = 0; i < n; i++) f.staff.push({ role: 'lots', title: `Lots ${i + 1}`, fte: 1, monthlySalary: 39000, fromMonth: 1, toMonth: 12 });
      });
    expect(previewImport(side(plan()), side(added(14))).staffDetails.at(-1)).toBe('… och tre ändringar till av tjänsterna.');
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 40 }), (n) => {
        const details = previewImport(side(plan()), side(added(n))).staffDetails;
        const rest = n - 11;
        expect(details).toHaveLength(12);
        expect(details.at(-1)).toBe(`… och ${rest <= 12 ? countInText(rest) : formatNumber(rest)} ändringar till av tjänsterna.`);
      }),
      { numRuns: 30 },
    );
  });

  it('says when example amounts are replaced by real ones', () => {
    const preview = previewImport(side(plan(), true), side(plan(), false));
    expect(preview.identical).toBe(false);
    expect(preview.changes).toEqual([{ label: 'Beloppen', before: 'exempelvärden', after: 'verkliga' }]);
  });

  it('other costs, funding, demand and the age range are compared', () => {
    const after = plan((f) => {
      f.otherCosts.push({ label: 'IT', amount: 20000 });
      f.funding[0].amount = 2100000;
      f.demand = null;
      f.ageTo = 20;
    });
    const changes = previewImport(side(plan()), side(after)).changes;
    expect(changes).toContainEqual({ label: 'Övriga kostnader', before: `180${NB}000${NB}kr (1 post)`, after: `200${NB}000${NB}kr (2 poster)` });
    expect(changes).toContainEqual({ label: 'Finansiering', before: `2${NB}000${NB}000${NB}kr (1 rad)`, after: `2${NB}100${NB}000${NB}kr (1 rad)` });
    expect(changes).toContainEqual({ label: 'Efterfrågan', before: '0,8 anmälningar per månad, 10 månaders vistelse', after: 'ej angiven' });
    expect(changes).toContainEqual({ label: 'Målgrupp (ålder)', before: '13–18 år', after: '13–20 år' });
  });
});

const position: fc.Arbitrary<StaffPosition> = fc.record({
  role: fc.constantFrom('lots' as const, 'enhetschef' as const, 'samordnare' as const),
  title: fc.constantFrom('Lots', 'Chef', ''),
  fte: fc.constantFrom(0.5, 1),
  monthlySalary: fc.constantFrom(38500, 40000),
  fromMonth: fc.constantFrom(1, 4),
  toMonth: fc.constant(12),
});

describe('diffStaff (property)', () => {
  it('every row is accounted for once: unchanged + changed + removed = before, unchanged + changed + added = after', () => {
    fc.assert(
      fc.property(fc.array(position, { maxLength: 8 }), fc.array(position, { maxLength: 8 }), (before, after) => {
        const d = diffStaff(before, after);
        const unchangedBefore = before.length - d.changed.length - d.removed.length;
        const unchangedAfter = after.length - d.changed.length - d.added.length;
        expect(unchangedBefore).toBe(unchangedAfter);
        expect(unchangedBefore).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rows in another order are no row changes; only the same order is identical', () => {
    fc.assert(
      fc.property(fc.array(position, { maxLength: 8 }), (staff) => {
        const p = { ...plan(), staff };
        expect(previewImport(side(p), side({ ...p, staff: [...staff] })).identical).toBe(true);
        const reversed = [...staff].reverse();
        const preview = previewImport(side(p), side({ ...p, staff: reversed }));
        expect(preview.staffDetails).toEqual([]);
        expect(preview.changes).toEqual([]);
        const sameOrder = staff.every((s, i) => JSON.stringify(s) === JSON.stringify(reversed[i]));
        expect(preview.identical).toBe(sameOrder);
        if (!sameOrder) expect(preview.summary).toContain('Bara tjänsternas ordning ändras.');
      }),
    );
  });
});
