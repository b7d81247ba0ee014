// The one rule for names: normalised on the way in, refused when they hide characters, and
// compared without regard to case or Unicode form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, nameProblem, nameSchema, normalizeName, sameName } from '../../src/core/validation/names.ts';
import { formatIssues } from '../../src/core/validation/swedishIssues.ts';
import * as z from 'zod';

const schema = z.strictObject({ district: nameSchema(), unit: nameSchema() });

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : formatIssues(result.error.issues);
}

describe('normalizeName', () => {
  it('gives NFC, trims and collapses every kind of white space to one space', () => {
    expect(normalizeName('  Rinkeby-\u00a0 \u2003Kista ')).toBe('Rinkeby- Kista');
    expect(normalizeName('Ha\u0308sselby-Va\u0308llingby')).toBe('Hässelby-Vällingby');
    expect(normalizeName('Ha\u0308sselby-Va\u0308llingby')).toHaveLength('Hässelby-Vällingby'.length);
  });

  it('is idempotent and its result never has a problem when the input had none', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
        if (nameProblem(s) === null) expect(nameProblem(once)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('nameProblem and nameSchema', () => {
  it.each([
    ['\u200bRinkeby-Kista', 'osynligt tecken utan bredd (U+200B) på plats 1'],
    ['Rinkeby-Kista\u200b', 'osynligt tecken utan bredd (U+200B) på plats 14'],
    ['Rinkeby\u2060Kista', 'U+2060'],
    ['\ufeffSpånga', 'U+FEFF'],
    ['Farsta\u202e', 'ändrar textens riktning (U+202E)'],
    ['\u2066Farsta\u2069', 'ändrar textens riktning (U+2066)'],
    ['Far\u0000sta', 'styrtecken (U+0000)'],
    ['Far\tsta', 'styrtecken (U+0009)'],
    ['Farsta\n', 'styrtecken (U+000A)'],
    ['Far\u0085sta', 'styrtecken (U+0085)'],
    ['Farsta\ud800', 'ensam surrogathalva i UTF-16'],
    ['\udc00Farsta', 'U+DC00'],
  ])('refuses %j, naming the field and the character', (bad, text) => {
    const lines = messages({ district: bad, unit: 'SIG vuxna' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Stadsdelsförvaltning: innehåller /);
    expect(lines[0]).toContain(text);
  });

  it('accepts and normalises ordinary names, emoji and other scripts included', () => {
    expect(schema.parse({ district: '  Ha\u0308sselby-Va\u0308llingby ', unit: 'SIG  unga\u00a0vuxna' })).toEqual({
      district: 'Hässelby-Vällingby',
      unit: 'SIG unga vuxna',
    });
    expect(schema.parse({ district: 'Skärholmen 😀', unit: 'وحدة' }).district).toBe('Skärholmen 😀');
    expect(messages({ district: '   ', unit: 'x' })).toEqual(['Stadsdelsförvaltning: får inte vara tom']);
    expect(messages({ district: 'x'.repeat(201), unit: 'x' })).toEqual(['Stadsdelsförvaltning: får ha högst 200 tecken']);
  });

  it('refuses every name with a hidden character wherever it is placed', () => {
    const hidden = fc.constantFrom(
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u0007',
      '\ud83d',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), hidden, fc.string({ maxLength: 20 }), (a, h, b) => {
        expect(nameProblem(a + h + b)).not.toBeNull();
        expect(schema.safeParse({ district: a + h + b, unit: 'x' }).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nameKey and sameName', () => {
  it('treats case, Unicode form and spacing as the same name, and different letters as different', () => {
    expect(sameName('Rinkeby-Kista', 'rinkeby-kista')).toBe(true);
    expect(sameName('Hässelby-Vällingby', 'Ha\u0308sselby-Va\u0308llingby')).toBe(true);
    expect(sameName('HÄSSELBY-VÄLLINGBY', 'hässelby-vällingby')).toBe(true);
    expect(sameName(' SIG  vuxna ', 'SIG vuxna')).toBe(true);
    expect(sameName('Hässelby', 'Hasselby')).toBe(false);
    expect(sameName('Farsta', 'Fårsta')).toBe(false);
  });

  it('gives equal keys for a name and any case or form of it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const key = nameKey(s);
        expect(nameKey(s.normalize('NFD'))).toBe(key);
        expect(nameKey(s.toLocaleUpperCase('sv-SE').toLocaleLowerCase('sv-SE'))).toBe(key);
        expect(nameKey(nameKey(s))).toBe(key);
      }),
      // ẞ folds to ß in one round of case changes and to ss in two; a key must be its own key.
      { numRuns: 500, examples: [['ẞ'], ['Straße'], ['ᾀ']] },
    );
  });

  it('treats ẞ, ß and ss as the same letters, as a case-insensitive comparison does', () => {
    expect(sameName('STRAẞE', 'Straße')).toBe(true);
    expect(sameName('Straße', 'strasse')).toBe(true);
  });
});

describe('nameKey of names written before the rule', () => {
  it('ignores invisible characters, so a stored "\\u200bRinkeby-Kista" is found as Rinkeby-Kista', () => {
    expect(sameName('\u200bRinkeby-Kista\u200b', 'Rinkeby-Kista')).toBe(true);
    expect(sameName('Rinkeby\u202e-Kista', 'rinkeby-kista')).toBe(true);
  });
});
