// Small-count masking for memos that will be public. A count of people from 1 to maskBelow − 1 is
// written "färre än tre" ("<3" in tables), and every count or figure from which a hidden one could
// be worked out is hidden too:
// - the gender counts go through the compilation's rank-checked maskGenderTable (one unit, whose
//   row total is the number enrolled): when one gender is hidden, another is hidden so that the
//   total does not give it away;
// - when the number enrolled is hidden, so is every figure it follows from (deltagare per lots,
//   kostnad per deltagare): lotsar and total cost are shown, so those would give it away.
// No second masking algorithm: the gender rule is maskGenderTable's.
import { countInText } from '../format/index.ts';
import { DEFAULT_MASK_BELOW, maskGenderTable } from '../compilation/cityCompilation.ts';
import { MEMO_FIGURES } from './figureCatalogue.ts';
import type { MemoFigures, MemoOptions } from './model.ts';
import type { MaskReason } from './textFormat.ts';

export { DEFAULT_MASK_BELOW };

/** The gender figures of the catalogue, in maskGenderTable's columns. */
export const GENDER_FIGURES = { men: 'man', women: 'kvinnor', otherGender: 'annanKonstillhorighet', genderUnknown: 'konUppgiftSaknas' } as const;

/** Figures hidden in a memo and why; empty when the memo does not mask. */
export type MemoMasking = ReadonlyMap<string, MaskReason>;

const isSmall = (v: number | null, below: number): boolean => v !== null && v > 0 && v < below;

export function memoMasking(figures: Pick<MemoFigures, 'values'>, options: Pick<MemoOptions, 'mask' | 'maskBelow'>): MemoMasking {
  const hidden = new Map<string, MaskReason>();
  if (!options.mask) return hidden;
  const below = options.maskBelow;
  const value = (key: string) => figures.values[key]?.value ?? null;

  for (const def of MEMO_FIGURES) {
    if (def.masking === 'count' && isSmall(value(def.key), below)) hidden.set(def.key, 'below');
  }
  const counts = {
    men: value(GENDER_FIGURES.men) ?? 0,
    women: value(GENDER_FIGURES.women) ?? 0,
    otherGender: value(GENDER_FIGURES.otherGender) ?? 0,
    genderUnknown: value(GENDER_FIGURES.genderUnknown) ?? 0,
  };
  const masked = maskGenderTable([counts], below).rows[0]!;
  for (const [column, key] of Object.entries(GENDER_FIGURES) as [keyof typeof GENDER_FIGURES, string][]) {
    if (masked[column] === null && !hidden.has(key)) hidden.set(key, isSmall(counts[column], below) ? 'below' : 'derived');
  }
  if (hidden.has('inskrivna')) {
    for (const def of MEMO_FIGURES) if (def.masking === 'perEnrolled') hidden.set(def.key, 'derived');
    // With the total hidden, every gender count is at most the total, so all are hidden with it.
    for (const key of Object.values(GENDER_FIGURES)) if ((value(key) ?? 0) > 0 && !hidden.has(key)) hidden.set(key, 'derived');
  }
  return hidden;
}

/** The footnote of a memo that hides counts: what is hidden and why. */
export function maskNoteText(maskBelow: number): string {
  const word = countInText(maskBelow);
  return (
    `Antal under ${word} redovisas som ”färre än ${word}” (”<${maskBelow}” i tabeller), och antal som skulle avslöja dem ` +
    'redovisas inte (”..” i tabeller), så att ingen enskild kan identifieras.'
  );
}
