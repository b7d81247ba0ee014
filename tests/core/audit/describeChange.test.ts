import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditValueText, describeAuditChange } from '../../../src/core/audit/describeChange.ts';
import { countInText, formatNumber, MONTH_NAMES } from '../../../src/core/format/index.ts';

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
      { label: 'Övriga kostnader', before: `250${NB}000${NB}kr, en rad (Lokaler)`, after: 'inga' },
      { label: 'Scenarier', before: 'inga', after: '”En lots till”' },
    ]);
  });

  it('months of statistics read in as a whole', () => {
    const months = [{ month: '2020-01' }, { month: '2020-12' }];
    expect(describeAuditChange([], months)).toEqual([{ label: 'Innehåll', before: 'inga', after: 'två månader (januari 2020–december 2020)' }]);
    const year = MONTH_NAMES.map((_, i) => ({ month: `2020-${String(i + 1).padStart(2, '0')}` }));
    expect(describeAuditChange([], year)).toEqual([{ label: 'Innehåll', before: 'inga', after: 'tolv månader (januari 2020–december 2020)' }]);
    expect(describeAuditChange(year.slice(0, 1), [])).toEqual([{ label: 'Innehåll', before: 'en månad (januari 2020)', after: 'inga' }]);
    const fourteen = [...year, { month: '2021-01' }, { month: '2021-02' }];
    expect(describeAuditChange([], fourteen)).toEqual([{ label: 'Innehåll', before: 'inga', after: '14 månader (januari 2020–februari 2021)' }]);
  });

  it('a whole plan read in counts its positions and rows in words up to twelve', () => {
    const plan = { year: 2020, staff: [row(1), row(2), row(3, { vacant: true })], otherCosts: [{ label: 'Lokaler', amount: 250000 }], funding: [] };
    expect(describeAuditChange(null, plan)).toEqual([
      {
        label: 'Innehåll',
        before: 'fanns inte',
        after: `plan för 2020: tre tjänster, 2 lotsar, övriga kostnader 250${NB}000${NB}kr, en rad (Lokaler), finansiering inga`,
      },
    ]);
    expect(describeAuditChange(null, { ...plan, staff: [row(1)] })[0]!.after).toMatch(/^plan för 2020: en tjänst, 1 lots,/);
    expect(describeAuditChange({ ...plan, staff: [] }, null)[0]!.before).toMatch(/^plan för 2020: inga tjänster,/);
  });

  it('the recruitment lead time and a list read as counts: "en månad", "tre månader", "ingen", "fyra rader"', () => {
    expect(auditValueText('recruitmentLeadTimeMonths', 0)).toBe('ingen');
    expect(auditValueText('recruitmentLeadTimeMonths', 1)).toBe('en månad');
    expect(auditValueText('recruitmentLeadTimeMonths', 3)).toBe('tre månader');
    expect(auditValueText('recruitmentLeadTimeMonths', 12)).toBe('tolv månader');
    expect(auditValueText('recruitmentLeadTimeMonths', 18)).toBe('18 månader');
    expect(describeAuditChange(state([row(1)]), state([row(1)], { recruitmentLeadTimeMonths: 1 }))).toEqual([
      { label: 'Rekryteringstid', before: 'två månader', after: 'en månad' },
    ]);
    expect(auditValueText('x', [1])).toBe('en rad');
    expect(auditValueText('x', [1, 2, 3, 4])).toBe('fyra rader');
    expect(auditValueText('x', [])).toBe('inga');
  });

  it('more than 40 differences end in "… och tre ändringar till"', () => {
    const before = Object.fromEntries(Array.from({ length: 42 }, (_, i) => [`falt${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 42 }, (_, i) => [`falt${i}`, i + 1]));
    const lines = describeAuditChange(before, after);
    expect(lines).toHaveLength(40);
    expect(lines.at(-1)).toEqual({ label: '… och tre ändringar till', before: '', after: '' });
  });

  it('a count of months, positions or rows is singular for one and in words up to twelve, for every count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const months = Array.from({ length: n }, (_, i) => ({ month: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` }));
        const text = describeAuditChange([], months)[0]!.after;
        const lead = auditValueText('recruitmentLeadTimeMonths', n);
        const rows = auditValueText(
          'x',
          Array.from({ length: n }, () => ({})),
        );
        const words = n <= 12 ? countInText(n) : formatNumber(n);
        if (n === 1) {
          expect(text).toBe('en månad (januari 2020)');
          expect(lead).toBe('en månad');
          expect(rows).toBe('en rad');
        } else {
          expect(text.startsWith(`${words} månader (januari 2020–`)).toBe(true);
          expect(lead).toBe(`${words} månader`);
          expect(rows).toBe(`${words} rader`);
        }
        for (const t of [text, lead, rows]) {
          expect(t).not.toMatch(/\b1 (månader|rader)|\b1 månad\b/);
          if (n <= 12) expect(t).not.toMatch(/^\d/);
        }
      }),
    );
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
