import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenarioName } from '../../../src/core/scenarios/defaultName.ts';
import { sameName } from '../../../src/core/validation/names.ts';

describe('defaultScenarioName', () => {
  it('names the month of the extra lots and the stacked starting points', () => {
    expect(defaultScenarioName(['extraLots'], { fromMonth: 4 }, [])).toBe('En lots till från april');
    expect(defaultScenarioName(['extraLots'], { fromMonth: 1 }, [])).toBe('En lots till');
    expect(defaultScenarioName(['extraLots', 'increasedPressure'], { fromMonth: 9 }, [])).toBe('En lots till från september och Ökat tryck');
    expect(defaultScenarioName([], {}, [])).toBe('Oförändrat');
  });

  it('a second ”En lots till” from another month does not collide; the same month gets a number', () => {
    expect(defaultScenarioName(['extraLots'], { fromMonth: 6 }, ['En lots till från april'])).toBe('En lots till från juni');
    expect(defaultScenarioName(['extraLots'], { fromMonth: 4 }, ['en lots till från april'])).toBe('En lots till från april (2)');
    expect(defaultScenarioName(['extraLots'], { fromMonth: 4 }, ['En lots till från april', 'En lots till från april (2)'])).toBe(
      'En lots till från april (3)',
    );
  });

  it('never suggests a name that is taken (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(['extraLots', 'increasedPressure', 'savings'] as const),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.constantFrom('En lots till', 'En lots till från april', 'En lots till från april (2)', 'Ökat tryck', 'Oförändrat', 'Besparing'), {
          maxLength: 6,
        }),
        (presets, fromMonth, existing) => {
          const name = defaultScenarioName(presets, { fromMonth }, existing);
          expect(existing.some((n) => sameName(n, name))).toBe(false);
        },
      ),
    );
  });
});

describe('presetBadge', () => {
  it('is left out when the name already says it (no ”En lots till från april” + ”En lots till”)', async () => {
    const { presetBadge } = await import('../../../src/core/scenarios/defaultName.ts');
    expect(presetBadge('En lots till från april', 'En lots till')).toBeNull();
    expect(presetBadge('Ökat tryck', 'Ökat tryck')).toBeNull();
    expect(presetBadge('Plan B', 'En lots till')).toBe('En lots till');
  });
});
