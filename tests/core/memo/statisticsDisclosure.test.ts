// The shown year total of a masked statistics column must not let a reader work out a hidden
// count from the shown counts, the total and what a reader knows of each hidden count: "<3" is 1
// or 2; ".." is 0 or not small and comes before every shown count in the hiding order. (Inferences
// from why the masking chose to hide what it hid are outside this model, as in ordinary secondary
// suppression.) The property searches by brute force, over every column a reader could think of,
// for one that agrees with what is published and in which a hidden "<3" has each of its possible
// values: it does not reuse the sums the masking itself computes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statisticsTableMasking } from '../../../src/core/memo/masking.ts';
import { hidingOrder, totalDisclosesHidden } from '../../../src/core/memo/statisticsDisclosure.ts';

/** Months whose only small counts are the discharges given (null: not reported). */
function months(discharges: (number | null)[]) {
  return discharges.map((d, i) => ({
    month: `2020-${String(i + 1).padStart(2, '0')}`,
    referrals: 10,
    newEnrolments: 10,
    discharges: d,
    enrolledAtMonthEnd: 30,
    queueAtMonthEnd: 5,
  })) as { month: string; referrals: number; newEnrolments: number; discharges: number; enrolledAtMonthEnd: number; queueAtMonthEnd: number }[];
}

/** What the memo prints for the discharges column: each month's value or mark, and the total or "..". */
function published(discharges: (number | null)[], below: number): string {
  const m = statisticsTableMasking(months(discharges), { mask: true, maskBelow: below });
  const cells = discharges.map((d, i) => (d === null ? '–' : m.cells[i]!.discharges === 'below' ? '<' : m.cells[i]!.discharges ? '..' : String(d)));
  const total = m.totals.has('discharges') ? '..' : String(discharges.reduce<number>((s, d) => s + (d ?? 0), 0));
  return `${cells.join(' ')} | ${total}`;
}

describe('the year total of a masked statistics column', () => {
  it('no longer gives away ten "<3" beside a hidden and a shown 3 (the case a reviewer worked out)', () => {
    const discharges = [2, 2, 3, 2, 2, 2, 2, 2, 3, 2, 2, 2];
    // One ".." (March) beside a shown 3 (September): the ".." is exactly 3, so the ten "<3" are 20, all 2.
    expect(
      totalDisclosesHidden(
        discharges.map((value, i) => ({ value, hidden: value < 3 ? ('below' as const) : i === 2 ? ('derived' as const) : undefined })),
        26,
        3,
      ),
    ).toBe(true);
    // The masking therefore hides September's 3 as well, and the total can stay.
    expect(published(discharges, 3)).toBe('< < .. < < < < < .. < < < | 26');
  });

  it('keeps hiding one more count beside a single "<3" where the total alone would give it away', () => {
    expect(published([12, 1, 9, 15], 3)).toBe('12 < .. 15 | 37');
  });

  it('hides the total when hiding every other count does not protect the small ones', () => {
    // Two counts, one "<3": hiding the other leaves 1 + x = 4 with x not small: x is 3, so the "<3" is 1.
    expect(published([1, 3], 3)).toBe('< .. | ..');
    expect(published([1, 1], 3)).toBe('< < | ..');
  });

  const column = fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 7 }), fc.constant(null)), { minLength: 1, maxLength: 5 });

  it('publishes nothing from which a reader can narrow a "<3" down with the total (property, brute force)', () => {
    fc.assert(
      fc.property(column, fc.integer({ min: 2, max: 4 }), (discharges, below) => {
        const shown = published(discharges, below);
        const marks = shown.split(' | ')[0]!.split(' ');
        const hidden = marks.flatMap((m, i) => (m === '<' || m === '..' ? [i] : []));
        const limit = discharges.reduce<number>((s, d) => s + (d ?? 0), 0) + 2 * below;
        const total = shown.split(' | ')[1]!;
        // A ".." is 0 or at least `below`, and comes before every shown count in the hiding order.
        const fitsDotted = (i: number, v: number) =>
          (v === 0 || v >= below) &&
          marks.every((m, j) => m === '<' || m === '..' || m === '–' || hidingOrder({ value: v, index: i }, { value: Number(m), index: j }) < 0);
        // Does a column that agrees with what is published exist with `cell` = `value`? Depth-first over the hidden cells.
        const witness = (cell: number, value: number): boolean => {
          const world = [...discharges];
          const search = (k: number): boolean => {
            if (k === hidden.length) return total === '..' || world.reduce<number>((s, d) => s + (d ?? 0), 0) === Number(total);
            const i = hidden[k]!;
            const range =
              marks[i] === '<'
                ? Array.from({ length: below - 1 }, (_, v) => v + 1)
                : Array.from({ length: limit + 1 }, (_, v) => v).filter((v) => fitsDotted(i, v));
            return (i === cell ? [value] : range).some((v) => {
              world[i] = v;
              return search(k + 1);
            });
          };
          return search(0);
        };
        for (const i of hidden) {
          if (marks[i] !== '<') continue;
          for (let v = 1; v < below; v++) expect(witness(i, v), `${shown}: month ${i + 1} could not be ${v}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
