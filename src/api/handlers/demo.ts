import type { Handler } from './handler.ts';
import { ApiFailure } from '../envelope.ts';
import { demoMemoDefaults, demoStatistics, demoUnitYears, DEMO_MAIN } from '../demo/demoData.ts';

export const loadDemo: Handler<'loadDemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  if (!input.force && (await store.countUnitYears()) > 0) {
    throw new ApiFailure(
      'CONFLICT',
      'Databasen innehåller redan uppgifter. Demodata läses bara in i en tom databas, om du inte uttryckligen väljer att ersätta.',
    );
  }
  const items = demoUnitYears();
  // With the memo defaults of the demo district (signatories as in the reference memo), unless some are saved.
  await store.replaceUnitYears(items, demoStatistics(), demoMemoDefaults());
  return { unitYears: items.length, ...DEMO_MAIN };
};
