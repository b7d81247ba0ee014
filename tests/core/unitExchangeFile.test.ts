import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  exchangeFileName,
  parseUnitExchangeText,
  parseUnitExchangeValue,
  toUnitExchangeText,
  type ParseResult,
} from '../../src/core/exchange/unitExchangeFile.ts';
import { planArb, seed000Plan } from './support/plans.ts';
import { type SpoilableJson, validExchange } from '../fixtures/exchange.ts';
import { swedishFieldName } from '../../src/core/validation/fieldNames.ts';

// The example from the issue (also resources/demo/rinkeby-kista-sig-vuxna-2020.json).
const EXAMPLE = `{
  "format": "lotsplan-unit",
  "version": 1,
  "district": "Rinkeby-Kista",
  "unit": "SIG vuxna",
  "year": 2020,
  "ageFrom": 19,
  "ageTo": 29,
  "caseloadPerLots": 7,
  "poPercent": 39.15,
  "staff": [
    { "role": "lots", "title": "Lots", "fte": 1, "monthlySalary": 38500, "fromMonth": 1, "toMonth": 12 },
    { "role": "lots", "title": "Lots", "fte": 1, "monthlySalary": 38500, "fromMonth": 1, "toMonth": 12 },
    { "role": "lots", "title": "Lots", "fte": 1, "monthlySalary": 38500, "fromMonth": 1, "toMonth": 12 },
    { "role": "lots", "title": "Lots", "fte": 1, "monthlySalary": 38500, "fromMonth": 1, "toMonth": 12 },
    { "role": "bitradande_enhetschef", "title": "Biträdande enhetschef", "fte": 1, "monthlySalary": 47000, "fromMonth": 1, "toMonth": 12 },
    { "role": "enhetschef", "title": "Enhetschef", "fte": 0.1, "monthlySalary": 62000, "fromMonth": 1, "toMonth": 12 }
  ],
  "otherCosts": [
    { "label": "Lokaler", "amount": 250000 },
    { "label": "Aktiviteter och deltagarkostnader", "amount": 120000 },
    { "label": "Köpt öppenvård", "amount": 300000 },
    { "label": "IT och telefoni", "amount": 60000 }
  ],
  "funding": [
    { "source": "Socialförvaltningen", "amount": 4500000, "period": null }
  ],
  "participants": { "enrolled": 27, "men": 24, "women": 3, "otherGender": 0, "queue": 0, "touched": 0 },
  "demand": { "arrivalsPerMonth": 2.25, "meanStayMonths": 12 }
}
`;

/** The example as a mutable object, for breaking one rule at a time. */
function example(): SpoilableJson {
  return JSON.parse(EXAMPLE);
}

function messagesOf(result: ParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.messages;
}

function refusedWith(value: unknown, ...fragments: string[]): string[] {
  const messages = messagesOf(parseUnitExchangeValue(value));
  // A field is given by its path in the file and must be named in Swedish ("Tjänst 1, sysselsättningsgrad: ").
  const named = fragments.map((f) => (/^[A-Za-z_][\w.[\]]*$/.test(f) && swedishFieldName(f) !== null ? `${swedishFieldName(f)}: ` : f));
  for (const fragment of named) expect(messages.join('\n')).toContain(fragment);
  return messages;
}

describe('parseUnitExchangeText: the example', () => {
  it('parses into the demo plan (Rinkeby-Kista 2020)', () => {
    const result = parseUnitExchangeText(EXAMPLE);
    expect(result).toEqual({ ok: true, plan: seed000Plan() });
  });

  it('accepts a byte-order mark and fills defaults', () => {
    const file = example();
    delete file.caseloadPerLots;
    delete file.staff[0].fromMonth;
    delete file.staff[0].toMonth;
    delete file.funding[0].period;
    const result = parseUnitExchangeText(`\uFEFF${JSON.stringify(file)}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.caseloadPerLots).toBe(7);
    expect(result.plan.staff[0]).toMatchObject({ fromMonth: 1, toMonth: 12 });
    expect(result.plan.funding[0]?.period).toBeNull();
  });
});

describe('parseUnitExchangeValue: each rule refuses with the field path', () => {
  it('refuses an FTE above 1,0', () => {
    const file = example();
    file.staff[0].fte = 1.5;
    refusedWith(file, 'staff[0].fte', 'högst 1');
  });

  it('refuses an FTE of zero', () => {
    const file = example();
    file.staff[2].fte = 0;
    refusedWith(file, 'staff[2].fte', 'större än 0');
  });

  it('refuses an unknown field at the top and inside a list, naming its path', () => {
    const top = example();
    top.budget = 1;
    refusedWith(top, 'Okänt fält ”budget”');
    const nested = example();
    nested.staff[1].salary = 40000;
    refusedWith(nested, 'Tjänst 2: okänt fält ”salary”');
  });

  it('refuses men + women + other gender that do not add up to enrolled', () => {
    const file = example();
    file.participants.women = 4;
    const [message] = refusedWith(file, 'participants.enrolled', '24 + 4 + 0', '(27)');
    expect(message).toMatch(/^Inskrivna: /);
  });

  it('refuses a last month before the first month', () => {
    const file = example();
    file.staff[3].fromMonth = 6;
    file.staff[3].toMonth = 3;
    refusedWith(file, 'staff[3].toMonth', 'före första månaden');
  });

  it('refuses an upper age limit below the lower one', () => {
    const file = example();
    file.ageTo = 18;
    refusedWith(file, 'ageTo', 'lägre än den nedre');
  });

  it('refuses a negative amount', () => {
    const file = example();
    file.otherCosts[1].amount = -120000;
    refusedWith(file, 'otherCosts[1].amount', 'minst 0');
  });

  it('refuses NaN and infinite values', () => {
    const shown: [number, string][] = [
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'oändligt'],
      [Number.NEGATIVE_INFINITY, 'minus oändligt'],
    ];
    for (const [bad, word] of shown) {
      const file = example();
      file.funding[0].amount = bad;
      refusedWith(file, 'funding[0].amount', word);
      const salary = example();
      salary.staff[0].monthlySalary = bad;
      refusedWith(salary, 'staff[0].monthlySalary');
    }
  });

  it('refuses text in a number field and says what it got', () => {
    const file = example();
    file.staff[0].fte = '1,0';
    refusedWith(file, 'staff[0].fte', 'ska vara ett tal', '”1,0”');
  });

  it('refuses a non-integer count', () => {
    const file = example();
    file.participants.queue = 1.5;
    refusedWith(file, 'participants.queue', 'heltal');
  });

  it('refuses a missing field', () => {
    const file = example();
    delete file.poPercent;
    refusedWith(file, 'poPercent', 'saknas');
  });

  it('refuses a wrong format, a newer version and a wrong version', () => {
    const format = example();
    format.format = 'excel';
    refusedWith(format, 'format', 'lotsplan-unit');
    const newer = example();
    newer.version = 2;
    refusedWith(newer, 'version 2', 'bara version 1');
    const older = example();
    older.version = 0;
    refusedWith(older, 'Version');
    const text = example();
    text.version = '1';
    refusedWith(text, 'Version');
    // 1e400 is read as Infinity: said in words, never as "Infinity".
    const huge = JSON.stringify(example()).replace('"version":1', '"version":1e400');
    const parsed = parseUnitExchangeText(huge);
    expect(parsed).toEqual({ ok: false, messages: ['Version: ska vara 1, men är ett tal som är för stort för att vara en version.'] });
  });

  it('refuses values that are not an object', () => {
    for (const value of [null, [], 42, 'text']) refusedWith(value, 'JSON-objekt');
  });

  it('lists every error, not only the first', () => {
    const file = example();
    file.staff[0].fte = 2;
    file.otherCosts[0].amount = -1;
    const messages = refusedWith(file, 'staff[0].fte', 'otherCosts[0].amount');
    expect(messages.length).toBe(2);
  });
});

describe('parseUnitExchangeText: text that is not a plan', () => {
  it('refuses empty text', () => {
    expect(parseUnitExchangeText('')).toEqual({ ok: false, messages: ['Filen är tom.'] });
    expect(parseUnitExchangeText('  \n ')).toEqual({ ok: false, messages: ['Filen är tom.'] });
  });

  it('refuses invalid JSON with a Swedish message', () => {
    const [message] = messagesOf(parseUnitExchangeText('{ "format": "lotsplan-unit", '));
    expect(message).toMatch(/^Filen är inte giltig JSON\./);
    const [trailing] = messagesOf(parseUnitExchangeText(EXAMPLE.replace('"version": 1,', '"version": 1,,')));
    expect(trailing).toMatch(/^Filen är inte giltig JSON\./);
  });
});

describe('toUnitExchangeText', () => {
  it('writes pretty JSON with a final newline that parses back to the plan', () => {
    const text = toUnitExchangeText(seed000Plan());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "lotsplan-unit",\n  "version": 1,');
    expect(parseUnitExchangeText(text)).toEqual({ ok: true, plan: seed000Plan() });
  });

  it('round-trips every valid plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(parseUnitExchangeText(toUnitExchangeText(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: 300 },
    );
  });
});

describe('genderUnknown (könsuppgift saknas)', () => {
  const withUnknown = () => {
    const plan = seed000Plan();
    return { ...plan, participants: { ...plan.participants, men: 20, women: 2, genderUnknown: 5 } };
  };

  it('is optional, defaults to 0 and is left out of files that do not use it', () => {
    const text = toUnitExchangeText(seed000Plan());
    expect(text).not.toContain('genderUnknown');
    const parsed = parseUnitExchangeText(text);
    expect(parsed.ok && parsed.plan.participants.genderUnknown).toBe(0);
  });

  it('counts towards enrolled and is written when used', () => {
    const text = toUnitExchangeText(withUnknown());
    expect(text).toContain('"genderUnknown": 5');
    expect(parseUnitExchangeText(text)).toEqual({ ok: true, plan: withUnknown() });
    const json = JSON.parse(text);
    json.participants.genderUnknown = 4;
    const refused = parseUnitExchangeValue(json);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.messages[0]).toContain('okänt kön (20 + 2 + 0 + 4)');
  });
});

describe('exchangeFileName', () => {
  it('makes a recognisable ASCII file name', () => {
    expect(exchangeFileName({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 })).toBe('lotsplan-rinkeby-kista-sig-vuxna-2020.json');
    expect(exchangeFileName({ district: 'Enskede-Årsta-Vantör', unit: 'SIG unga', year: 2021 })).toBe('lotsplan-enskede-arsta-vantor-sig-unga-2021.json');
  });
});

describe('the example-values marker', () => {
  it('is written only for example values and read back; a file without it reads as real values', () => {
    const parsed = parseUnitExchangeValue(validExchange());
    if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
    expect(parsed).not.toHaveProperty('exampleValues');
    const plain = toUnitExchangeText(parsed.plan);
    expect(JSON.parse(plain)).not.toHaveProperty('exampleValues');
    const marked = toUnitExchangeText(parsed.plan, { exampleValues: true });
    expect(JSON.parse(marked).exampleValues).toBe(true);
    expect(parseUnitExchangeText(marked)).toEqual({ ok: true, plan: parsed.plan, exampleValues: true });
    expect(parseUnitExchangeText(plain)).toEqual({ ok: true, plan: parsed.plan });
  });

  it('must be true or false', () => {
    const parsed = parseUnitExchangeValue({ ...validExchange(), exampleValues: 'ja' });
    expect(parsed.ok).toBe(false);
  });
});
