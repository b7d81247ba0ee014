import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, isNearName, nearDistrictMessage, nearDistrictQuestion, nearestName } from '../../../src/core/validation/nearNames.ts';
import { nameKey } from '../../../src/core/validation/names.ts';

const DISTRICTS = [
  'Rinkeby-Kista',
  'Spånga-Tensta',
  'Hässelby-Vällingby',
  'Bromma',
  'Kungsholmen',
  'Norrmalm',
  'Östermalm',
  'Södermalm',
  'Enskede-Årsta-Vantör',
  'Skarpnäck',
  'Farsta',
  'Älvsjö',
  'Hägersten-Liljeholmen',
  'Skärholmen',
];

/** A district-like name: letters, with hyphens or spaces between parts. */
const nameArb = fc
  .array(fc.stringMatching(/^[A-Za-zÅÄÖåäö]{2,10}$/), { minLength: 1, maxLength: 3 })
  .chain((parts) => fc.constantFrom('-', ' ').map((sep) => parts.join(sep)));

describe('near names', () => {
  it('finds the misspellings of the review and the like', () => {
    expect(nearestName('Rinkby-Kista', DISTRICTS)).toBe('Rinkeby-Kista');
    expect(nearestName('Rinkeby Kista', DISTRICTS)).toBe('Rinkeby-Kista');
    expect(nearestName('RinkebyKista', DISTRICTS)).toBe('Rinkeby-Kista');
    expect(nearestName('Spanga-Tensta', DISTRICTS)).toBe('Spånga-Tensta');
    expect(nearestName('Bromm', DISTRICTS)).toBe('Bromma');
    expect(nearestName('Sodermalm', DISTRICTS)).toBe('Södermalm');
  });

  it('never takes the same name, written in another case or spacing, for a near one', () => {
    expect(nearestName('rinkeby-kista', DISTRICTS)).toBeNull();
    expect(nearestName('  Rinkeby-Kista ', DISTRICTS)).toBeNull();
  });

  it('lets the districts of Stockholm be far from each other, and a new name far from them be new', () => {
    for (const a of DISTRICTS) for (const b of DISTRICTS) if (a !== b) expect(isNearName(a, b), `${a} / ${b}`).toBe(false);
    expect(nearestName('Järva', DISTRICTS)).toBeNull();
    expect(nearestName('Vällingby', DISTRICTS)).toBeNull();
  });

  it('is symmetric and never holds for names with the same comparison key', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        expect(isNearName(a, b)).toBe(isNearName(b, a));
        if (nameKey(a) === nameKey(b)) expect(isNearName(a, b)).toBe(false);
      }),
    );
  });

  it('holds for a name changed in case, spacing or hyphens, and for one letter changed in a name of four letters or more', () => {
    fc.assert(
      fc.property(nameArb, fc.nat(), fc.constantFrom('x', 'q', 'ä'), (name, at, letter) => {
        const changed = name.replace(/[- ]/g, (s) => (s === '-' ? ' ' : '-')).toUpperCase();
        if (nameKey(changed) !== nameKey(name)) expect(isNearName(name, changed)).toBe(true);
        const letters = [...name];
        const i = at % letters.length;
        if (/[- ]/.test(letters[i]!) || letters[i]!.toLowerCase() === letter) return;
        letters[i] = letter;
        const misspelt = letters.join('');
        if (name.replace(/[- ]/g, '').length >= 4) {
          expect(isNearName(name, misspelt)).toBe(true);
          expect(nearestName(misspelt, [name])).toBe(name);
        }
      }),
    );
  });

  it('counts edits as insert, delete, replace and swap', () => {
    expect(editDistance('kista', 'kista')).toBe(0);
    expect(editDistance('kista', 'ksita')).toBe(1);
    expect(editDistance('kista', 'kist')).toBe(1);
    expect(editDistance('kista', 'bromma')).toBeGreaterThan(2);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
      }),
    );
  });

  it('asks the desktop user whether a near district is new, naming both, without the CLI’s flag', () => {
    const q = nearDistrictQuestion('Rinkby-Kista', 'Rinkeby-Kista');
    expect(q.title).toBe('Ny stadsdel eller felstavning?');
    expect(q.paragraphs).toEqual([
      'Stadsdelen ”Rinkby-Kista” i filen finns inte i databasen, men namnet liknar ”Rinkeby-Kista”, som redan finns. Ingenting har ändrats i databasen.',
      'Är det samma stadsdel: avbryt, rätta stadsdelens namn i filen och läs in den igen.',
      'Är ”Rinkby-Kista” en ny stadsdel kan filen läsas in och stadsdelen läggas till som ny. Den redovisas då för sig, också i sammanställningen för hela staden.',
    ]);
    expect([q.newDistrictLabel, q.cancelLabel]).toEqual(['Läs in som ny stadsdel', 'Avbryt']);
    expect(q.paragraphs.join(' ')).not.toContain('--new-district');
    expect(nearDistrictMessage('Rinkby-Kista', 'Rinkeby-Kista')).toContain('--new-district');
  });
});
