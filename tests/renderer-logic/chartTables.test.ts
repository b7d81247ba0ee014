// "Visa som tabell": the tables carry the very numbers the charts draw, one row per point, written
// by the shared Swedish formatters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/format/index.ts';
import { chartTable } from '../../src/renderer/components/chartTable.ts';
import type { FanRow, ProbabilityRow } from '../../src/renderer/forecast/chartRows.ts';
import { fanTable, probabilityTable } from '../../src/renderer/forecast/chartTables.ts';
import { probabilityFigure } from '../../src/core/forecast/panelFigures.ts';

const count = fc.double({ min: 0, max: 500, noNaN: true });
const fanRow = fc.record({ month: fc.string({ minLength: 1, maxLength: 8 }), low: count, high: count, median: count, mean: count, capacity: count });

describe('fanTable', () => {
  it('writes the band, the median, the mean and the slots of every month, in order', () => {
    fc.assert(
      fc.property(fc.array(fanRow, { maxLength: 30 }), fc.boolean(), (input, withCapacity) => {
        const rows: FanRow[] = input.map((r) => ({ month: r.month, band: [r.low, r.high], median: r.median, mean: r.mean, capacity: r.capacity }));
        const table = fanTable('Kö', rows, withCapacity);
        expect(table.columns).toHaveLength(withCapacity ? 5 : 4);
        expect(table.rows).toHaveLength(rows.length);
        table.rows.forEach((cells, i) => {
          const r = input[i]!;
          const one = (n: number) => formatNumber(n, { maxDecimals: 1 });
          expect(cells.slice(0, 4)).toEqual([r.month, `${one(r.low)}–${one(r.high)}`, one(r.median), one(r.mean)]);
          if (withCapacity) expect(cells[4]).toBe(one(r.capacity));
        });
      }),
    );
  });

  it('writes Swedish numbers: decimal comma and a space between thousands', () => {
    const table = fanTable('Inskrivna', [{ month: 'jan 2021', band: [1234.56, 2000], median: 21.34, mean: 21.25, capacity: 28 }], true);
    expect(table.rows[0]).toEqual(['jan 2021', '1\u00a0234,6–2\u00a0000', '21,3', '21,3', '28']);
    expect(table.caption).toBe('Inskrivna');
  });
});

describe('probabilityTable', () => {
  it('has a column per line and writes each probability as the chart does, – where a line has no value', () => {
    const rows: ProbabilityRow[] = [
      { month: 'jan 2021', plan: 0.4567, alt1: 0.0004 },
      { month: 'feb 2021', plan: 0.9999 },
    ];
    const table = probabilityTable('Risk', rows, [
      { name: 'plan', label: '4 lotsar (prognosen)' },
      { name: 'alt1', label: '5 lotsar' },
    ]);
    expect(table.columns.map((c) => c.label)).toEqual(['Slutet av månaden', '4 lotsar (prognosen)', '5 lotsar']);
    expect(table.rows).toEqual([
      ['jan 2021', probabilityFigure(0.4567), 'under 0,1\u00a0%'],
      ['feb 2021', 'över 99,9\u00a0%', '–'],
    ]);
    expect(table.rows[0]![1]).toBe('46\u00a0%');
  });
});

describe('chartTable', () => {
  it('refuses a row that lacks a cell, naming the table and the row', () => {
    expect(() => chartTable('Avslut', [{ label: 'Vistelsetid' }, { label: 'Avslut' }], [['0–3 mån', '4'], ['3–6 mån']])).toThrow(
      'Tabellen ”Avslut”: rad 2 har 1 cell men tabellen har 2 kolumner.',
    );
  });
});
