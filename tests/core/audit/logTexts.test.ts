import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditEntryPlaceText, auditLogExportedText, auditLogFilteredText, auditLogShownText } from '../../../src/core/audit/logTexts.ts';
import { capitalizeFirst, countInText, formatNumber } from '../../../src/core/format/index.ts';

describe('the audit log’s counts of itself', () => {
  it('the line over the Ändringslogg’s table', () => {
    expect(auditLogFilteredText(0)).toBe('Inga ändringar med valda filter.');
    expect(auditLogFilteredText(1)).toBe('En ändring med valda filter.');
    expect(auditLogFilteredText(10)).toBe('Tio ändringar med valda filter, nyast först.');
    expect(auditLogFilteredText(12)).toBe('Tolv ändringar med valda filter, nyast först.');
    expect(auditLogFilteredText(13)).toBe('13 ändringar med valda filter, nyast först.');
    expect(auditLogFilteredText(1200)).toBe('1\u00a0200 ändringar med valda filter, nyast först.');
  });

  it('the last line of lotsplan log', () => {
    expect(auditLogShownText(10, 10)).toBe('Tio ändringar.');
    expect(auditLogShownText(1, 1)).toBe('En ändring.');
    expect(auditLogShownText(0, 0)).toBe('Inga ändringar.');
    expect(auditLogShownText(2, 10)).toBe('Visar två av tio ändringar.');
    expect(auditLogShownText(2, 13)).toBe('Visar 2 av 13 ändringar.');
    expect(auditLogShownText(50, 1200)).toBe('Visar 50 av 1\u00a0200 ändringar.');
  });

  it('an export of the log', () => {
    expect(auditLogExportedText(1, 'logg.xlsx')).toBe('En rad ur ändringsloggen har skrivits till logg.xlsx.');
    expect(auditLogExportedText(10, 'logg.xlsx')).toBe('Tio rader ur ändringsloggen har skrivits till logg.xlsx.');
    expect(auditLogExportedText(27, 'logg.xlsx')).toBe('27 rader ur ändringsloggen har skrivits till logg.xlsx.');
  });

  it('one is singular, 1–12 are words and larger counts grouped digits, for every count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        const words = capitalizeFirst(n <= 12 ? countInText(n) : formatNumber(n));
        const texts = [auditLogFilteredText(n), auditLogShownText(n, n), auditLogExportedText(n, 'logg.xlsx')];
        if (n === 1) expect(texts).toEqual(['En ändring med valda filter.', 'En ändring.', 'En rad ur ändringsloggen har skrivits till logg.xlsx.']);
        else
          expect(texts).toEqual([
            `${words} ändringar med valda filter, nyast först.`,
            `${words} ändringar.`,
            `${words} rader ur ändringsloggen har skrivits till logg.xlsx.`,
          ]);
        for (const t of texts) {
          expect(t).not.toMatch(/^1 /);
          if (n <= 12) expect(t).not.toMatch(/\d/);
        }
      }),
    );
  });

  it('"Visar … av …" writes both numbers alike: words when the total is at most twelve, digits otherwise (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5000 }).chain((total) => fc.tuple(fc.integer({ min: 1, max: total - 1 }), fc.constant(total))),
        ([shown, total]) => {
          const text = auditLogShownText(shown, total);
          if (total <= 12) {
            expect(text).toBe(`Visar ${countInText(shown)} av ${countInText(total)} ändringar.`);
            expect(text).not.toMatch(/\d/);
          } else expect(text).toBe(`Visar ${formatNumber(shown)} av ${formatNumber(total)} ändringar.`);
        },
      ),
    );
  });
});

describe('the place of a logged change', () => {
  it('is built from the parts the entry has, never with a dangling comma', () => {
    expect(auditEntryPlaceText('Rinkeby-Kista', 'SIG vuxna', 2020)).toBe('Rinkeby-Kista, SIG vuxna 2020');
    expect(auditEntryPlaceText('Rinkeby-Kista', null, null)).toBe('Rinkeby-Kista');
    expect(auditEntryPlaceText('Rinkeby-Kista', '', null)).toBe('Rinkeby-Kista');
    expect(auditEntryPlaceText('Rinkeby-Kista', 'SIG vuxna', null)).toBe('Rinkeby-Kista, SIG vuxna');
    expect(auditEntryPlaceText('Rinkeby-Kista', null, 2020)).toBe('Rinkeby-Kista, 2020');
    expect(auditEntryPlaceText(null, null, null)).toBeNull();
    expect(auditEntryPlaceText('', 'SIG vuxna', 2020)).toBeNull();
  });
});
