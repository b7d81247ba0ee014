// Small-count masking in memos: counts under the threshold are hidden, and no hidden count can be
// worked out from what the memo shows. The property check is independent of maskGenderTable: it
// writes the equations the shown figures give (the gender counts sum to the enrolled; deltagare per
// lots × lotsar and kostnad per deltagare give the enrolled) and asks whether each hidden count is
// fixed by them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoMasking, GENDER_FIGURES } from '../../../src/core/memo/masking.ts';
import type { MemoFigures } from '../../../src/core/memo/model.ts';

function figuresOf(values: Record<string, number | null>): Pick<MemoFigures, 'values'> {
  return { values: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { key, value, computedAt: '' }])) };
}

const GENDERS = Object.values(GENDER_FIGURES);

/**
 * Whether a hidden count follows from what is shown. Shown: every figure not hidden. The enrolled
 * follow from deltagare per lots or kostnad per deltagare when those are shown (lotsar and total
 * cost are always shown). The gender counts sum to the enrolled: when the enrolled are known, a
 * hidden gender count is determined exactly when it is the only hidden one.
 */
function derivable(hidden: ReadonlySet<string>): string[] {
  const given: string[] = [];
  const enrolledKnown = !hidden.has('inskrivna') || !hidden.has('deltagarePerLots') || !hidden.has('kostnadPerDeltagare');
  if (hidden.has('inskrivna') && enrolledKnown) given.push('inskrivna');
  const hiddenGenders = GENDERS.filter((g) => hidden.has(g));
  if (enrolledKnown && hiddenGenders.length === 1) given.push(hiddenGenders[0]!);
  return given;
}

const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 }));

describe('memoMasking', () => {
  it('hides nothing when the memo does not mask', () => {
    const m = memoMasking(figuresOf({ inskrivna: 3, man: 1, kvinnor: 2, ko: 1 }), { mask: false, maskBelow: 3 });
    expect(m.size).toBe(0);
  });

  it('hides a small count and the count that would give it away', () => {
    const m = memoMasking(figuresOf({ inskrivna: 27, man: 25, kvinnor: 2, annanKonstillhorighet: 0, konUppgiftSaknas: 0, ko: 0, berorda: 1 }), {
      mask: true,
      maskBelow: 3,
    });
    expect(m.get('kvinnor')).toBe('below');
    expect(m.get('man')).toBe('derived');
    expect(m.get('berorda')).toBe('below');
    expect(m.has('ko')).toBe(false); // zero is not a small count
    expect(m.has('inskrivna')).toBe(false);
  });

  it('hides the figures the enrolled follow from when the enrolled are few', () => {
    const m = memoMasking(figuresOf({ inskrivna: 2, man: 2, kvinnor: 0, deltagarePerLots: 2, kostnadPerDeltagare: 500000 }), { mask: true, maskBelow: 3 });
    expect(m.get('inskrivna')).toBe('below');
    expect(m.get('deltagarePerLots')).toBe('derived');
    expect(m.get('kostnadPerDeltagare')).toBe('derived');
    expect(m.get('man')).toBe('below');
  });

  it('property: every count from 1 to the threshold − 1 is hidden, and no hidden count follows from what is shown', () => {
    fc.assert(
      fc.property(
        fc.record({ man: count, kvinnor: count, annanKonstillhorighet: count, konUppgiftSaknas: count, ko: count, berorda: count }),
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        (counts, maskBelow, hasLotsar) => {
          const inskrivna = counts.man + counts.kvinnor + counts.annanKonstillhorighet + counts.konUppgiftSaknas;
          const values = {
            ...counts,
            inskrivna,
            deltagarePerLots: hasLotsar ? inskrivna / 4 : (null as unknown as number),
            kostnadPerDeltagare: inskrivna > 0 ? 4_000_000 / inskrivna : (null as unknown as number),
          };
          const hidden = memoMasking(figuresOf(values), { mask: true, maskBelow });
          for (const [key, v] of Object.entries({ ...counts, inskrivna })) {
            if (v > 0 && v < maskBelow) expect(hidden.get(key), key).toBe('below');
          }
          const keys = new Set(hidden.keys());
          expect(derivable(keys)).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
