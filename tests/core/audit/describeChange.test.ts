import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAuditChange } from '../../../src/core/audit/describeChange.ts';

const NB = '\u00a0';
const row = (id: number, changes: Record<string, unknown> = {}) => ({
  id,
  role: 'lots',
  title: 'Lots',
  fte: 1,
  monthlySalary: 38500,
  fromMonth: 1,
  toMonth: 12,
  vacant: false,
  fundingSource: null,
  ...changes,
});
const state = (staff: unknown[], settings: Record<string, unknown> = {}) => ({
  settings: {
    poPercent: 39.15,
    caseloadPerLots: 7,
    salaryRevisionPercent: 0,
    recruitmentLeadTimeMonths: 2,
    savingsRequirementPercent: 0,
    savingsExempt: false,
    ...settings,
  },
  staff,
  scenarios: [],
});

describe('describeAuditChange', () => {
  it('a salary change reads "38 500 kr → 40 000 kr" for the row, without ids', () => {
    expect(describeAuditChange(state([row(11), row(12)]), state([row(11, { monthlySalary: 40000 }), row(12)]))).toEqual([
      { label: 'Tjänst rad 1 (Lots), månadslön', before: `38${NB}500${NB}kr`, after: `40${NB}000${NB}kr` },
    ]);
  });

  it('settings, added and removed rows, other costs and scenarios', () => {
    const a = { ...state([row(1), row(2)]), otherCosts: [{ label: 'Lokaler', amount: 250000 }] };
    const b = { ...state([row(1), row(3, { fte: 0.5, fromMonth: 4 })], { poPercent: 40 }), otherCosts: [], scenarios: [{ id: 9, name: 'En lots till' }] };
    expect(describeAuditChange(a, b)).toEqual([
      { label: 'PO-pålägg', before: '39,15\u00a0%', after: '40\u00a0%' },
      { label: 'Tjänst rad 2 (Lots), ny tjänst', before: '–', after: `0,5, 38${NB}500${NB}kr i månaden, april–december` },
      { label: 'Tjänst rad 2 (Lots), borttagen', before: `1,0, 38${NB}500${NB}kr i månaden`, after: '–' },
      { label: 'Övriga kostnader', before: `250${NB}000${NB}kr, 1 rad (Lokaler)`, after: 'inga' },
      { label: 'Scenarier', before: 'inga', after: '”En lots till”' },
    ]);
  });

  it('months of statistics read in as a whole', () => {
    const months = [{ month: '2020-01' }, { month: '2020-12' }];
    expect(describeAuditChange([], months)).toEqual([{ label: 'Innehåll', before: 'inga', after: '2 månader (januari 2020–december 2020)' }]);
  });

  it('never shows an internal id, a JSON key or a brace, for any staffing change (property)', () => {
    const staffRow = fc
      .record({
        id: fc.integer({ min: 1, max: 6 }),
        fte: fc.constantFrom(0.5, 1),
        monthlySalary: fc.integer({ min: 20000, max: 60000 }),
        fromMonth: fc.integer({ min: 1, max: 12 }),
      })
      .map((r) => row(r.id, { fte: r.fte, monthlySalary: r.monthlySalary, fromMonth: r.fromMonth }));
    const staff = fc.uniqueArray(staffRow, { selector: (r) => r.id, maxLength: 5 });
    fc.assert(
      fc.property(staff, staff, fc.constantFrom(39.15, 40), (a, b, po) => {
        const lines = describeAuditChange(state(a), state(b, { poPercent: po }));
        const text = lines.map((l) => `${l.label} ${l.before} ${l.after}`).join('\n');
        expect(text).not.toMatch(/[{}]|"id"|monthlySalary|fromMonth|poPercent/);
        if (JSON.stringify(a) === JSON.stringify(b) && po === 39.15) expect(lines).toEqual([]);
        else expect(lines.length).toBeGreaterThan(0);
      }),
    );
  });
});
