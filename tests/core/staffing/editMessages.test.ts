// What the staffing edits say when they refuse a change: in a civil servant's words, naming the row.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { positionChangesSchema } from '../../../src/core/plan/fields.ts';
import { updatePosition } from '../../../src/core/staffing/edits.ts';
import { defaultYearSettings } from '../../../src/core/staffing/settings.ts';
import type { StaffingState } from '../../../src/core/staffing/state.ts';
import { EditError } from '../../../src/core/validation/editError.ts';
import { formatIssues } from '../../../src/core/validation/swedishIssues.ts';
import { seed000Plan } from '../support/plans.ts';

function state(): StaffingState {
  const plan = seed000Plan();
  return {
    settings: defaultYearSettings(plan.poPercent, plan.caseloadPerLots),
    staff: plan.staff.map((s, i) => ({ ...s, id: i + 1, vacant: false, fundingSource: null })),
    otherCosts: plan.otherCosts.map((c, i) => ({ ...c, id: i + 1 })),
    funding: plan.funding.map((f, i) => ({ ...f, id: i + 1 })),
  };
}

function refusal(run: () => unknown): EditError {
  try {
    run();
  } catch (error) {
    if (error instanceof EditError) return error;
    throw error;
  }
  throw new Error('The edit was not refused');
}

describe('a sysselsättningsgrad above full time', () => {
  it('reaches the edit, which refuses it naming the row, as 1,0 is written in the table', () => {
    const s = state();
    const second = s.staff[1]!;
    expect(positionChangesSchema.safeParse({ fte: 1.5 }).success).toBe(true);
    const error = refusal(() => updatePosition(s, second.id, { fte: 1.5 }));
    expect(error.code).toBe('VALIDATION');
    const name = second.title.trim() || 'Lots';
    expect(error.message).toBe(`Sysselsättningsgraden för ${name} (rad 2) kan vara högst 1,0 (heltid).`);
    expect(error.details ?? []).toEqual([]);
  });

  it('full time itself is accepted', () => {
    const s = state();
    expect(updatePosition(s, s.staff[0]!.id, { fte: 1 }).state.staff[0]!.fte).toBe(1);
  });

  it('elsewhere (a new position, an exchange file) the field message says 1,0 (heltid)', () => {
    const result = z.strictObject({ fte: z.number().gt(0).max(1) }).safeParse({ fte: 1.5 });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error.issues)).toEqual(['Sysselsättningsgrad: får vara högst 1,0 (heltid)']);
  });
});
