// Every field path a validation message names has a Swedish name in the app.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentFieldMessage, swedishFieldName } from '../../src/core/validation/fieldNames.ts';
import { parseUnitExchangeValue } from '../../src/core/exchange/unitExchangeFile.ts';
import { validExchange } from '../fixtures/exchange.ts';

describe('swedishFieldName', () => {
  it('names fields of the exchange file and of the forms in Swedish', () => {
    expect(swedishFieldName('staff[0].fte')).toBe('Tjänst 1, sysselsättningsgrad');
    expect(swedishFieldName('funding[2].amount')).toBe('Finansieringsrad 3, belopp');
    expect(swedishFieldName('participants.queue')).toBe('I kö');
    expect(swedishFieldName('name')).toBe('Namn');
    expect(swedishFieldName('position.monthlySalary')).toBe('Månadslön');
    expect(swedishFieldName('nonsense.path')).toBeNull();
  });
});

describe('presentFieldMessage', () => {
  it('shows "Fältet name: …" without the English key and with Swedish quotation marks', () => {
    expect(presentFieldMessage('Fältet name: namnet "En lots till" är redan använt')).toBe('Namn: namnet ”En lots till” är redan använt');
    expect(presentFieldMessage('Fältet staff[0].fte: får vara högst 1')).toBe('Tjänst 1, sysselsättningsgrad (staff[0].fte): får vara högst 1');
    expect(presentFieldMessage('Filen är tom.')).toBe('Filen är tom.');
  });

  const FIELDS: [string, unknown][] = [
    ['district', ''],
    ['year', 1800],
    ['ageFrom', -1],
    ['caseloadPerLots', 0],
    ['poPercent', 200],
  ];
  it('every message about a wrong field of an exchange file names the field in Swedish (property over fields and rows)', () => {
    const rowFields: [string, string, unknown][] = [
      ['staff', 'fte', 2],
      ['staff', 'monthlySalary', -1],
      ['staff', 'fromMonth', 13],
      ['staff', 'role', 'chef'],
      ['otherCosts', 'amount', -5],
      ['otherCosts', 'label', ''],
      ['funding', 'amount', 'mycket'],
      ['funding', 'source', ''],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...rowFields), ([list, key, value]) => {
        const file = validExchange();
        file[list][0][key] = value;
        const parsed = parseUnitExchangeValue(file);
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        for (const line of parsed.messages) {
          const shown = presentFieldMessage(line);
          expect(shown).not.toMatch(/^Fältet |\[\d+\]/);
          expect(shown).toMatch(/^(Tjänst|Kostnadspost|Finansieringsrad) 1, /);
        }
      }),
    );
    for (const [key, value] of [
      ...FIELDS,
      ['participants', { ...validExchange().participants, queue: -1 }],
      ['demand', { arrivalsPerMonth: -1, meanStayMonths: 10 }],
    ] as [string, unknown][]) {
      const parsed = parseUnitExchangeValue({ ...validExchange(), [key]: value });
      expect(parsed.ok, key).toBe(false);
      if (!parsed.ok) for (const line of parsed.messages) expect(presentFieldMessage(line), line).not.toMatch(/^Fältet /);
    }
  });
});
