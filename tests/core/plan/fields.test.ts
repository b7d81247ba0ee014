// The row fields are defined once: the staffing contract, the scenario overrides and the exchange
// file accept and refuse the same values with the same messages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newPositionSchema, positionChangesSchema } from '../../../src/core/plan/fields.ts';
import {
  newPositionSchema as scenarioNewPosition,
  positionChangeSchema,
  scenarioOverridesPatchSchema,
  scenarioOverridesSchema,
  scenarioSettingsSchema,
} from '../../../src/core/scenarios/overrides.ts';
import { newPositionInputSchema, positionChangesSchema as contractChanges, yearSettingsSchema } from '../../../src/api/contracts/staffing.ts';
import { formatIssues } from '../../../src/core/validation/swedishIssues.ts';

const messages = (result: { success: boolean; error?: { issues: Parameters<typeof formatIssues>[0] } }) =>
  result.success ? [] : formatIssues(result.error!.issues);

describe('row fields', () => {
  const base = { role: 'lots', fte: 1, monthlySalary: 38_500 };

  it('the staffing contract uses the core schemas themselves', () => {
    expect(newPositionInputSchema).toBe(newPositionSchema);
    expect(contractChanges).toBe(positionChangesSchema);
  });

  it('refuses a last month before the first in the plan and in a scenario alike', () => {
    const plan = messages(newPositionSchema.safeParse({ ...base, fromMonth: 6, toMonth: 3 }));
    const scenario = messages(scenarioNewPosition.safeParse({ ...base, fromMonth: 6, toMonth: 3 }));
    expect(plan).toEqual(scenario);
    expect(plan.join(' ')).toContain('sista månaden (3) ligger före första månaden (6)');
    expect(messages(positionChangeSchema.safeParse({ id: 1, fromMonth: 6, toMonth: 3 }))).toEqual(
      messages(positionChangesSchema.safeParse({ fromMonth: 6, toMonth: 3 })),
    );
  });

  it('applies the one rule for names to titles in the staffing contract too', () => {
    expect(newPositionSchema.safeParse({ ...base, title: 'Lots\u202e' }).success).toBe(false);
    expect(newPositionSchema.parse({ ...base, title: '  Lots   A ' }).title).toBe('Lots A');
  });

  it('accepts the same months, amounts and FTE in the plan and in a scenario', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 14 }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -10, max: 2e12, noNaN: true }),
        (m, fte, salary) => {
          const input = { ...base, fte, monthlySalary: salary, fromMonth: m, toMonth: 12 };
          expect(newPositionSchema.safeParse(input).success).toBe(scenarioNewPosition.safeParse(input).success);
        },
      ),
    );
  });

  it('derives the scenario settings and the overrides patch from one definition each', () => {
    expect(Object.keys(scenarioSettingsSchema.shape).sort()).toEqual(Object.keys(yearSettingsSchema.shape).sort());
    expect(scenarioSettingsSchema.parse({})).toEqual({});
    expect(Object.keys(scenarioOverridesPatchSchema.shape).sort()).toEqual(Object.keys(scenarioOverridesSchema.shape).sort());
    expect(scenarioOverridesPatchSchema.parse({})).toEqual({});
    expect(scenarioOverridesPatchSchema.safeParse({ fundingChangePercent: -101 }).success).toBe(false);
  });
});
