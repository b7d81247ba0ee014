// The figure catalogue: keys and placeholders unique and well-formed (also with å, ä and ö written
// a, a and o, as templates may), every entry explained, and a value in every snapshot.
import { describe, expect, it } from 'vitest';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { figureByKey, MEMO_FIGURES } from '../../../src/core/memo/figureCatalogue.ts';
import { lookupPlaceholder, normalizePlaceholder } from '../../../src/core/memo/placeholders.ts';
import { memoFiguresSchema } from '../../../src/core/memo/model.ts';
import { seedPlan, sourcesOf } from './support.ts';

describe('MEMO_FIGURES', () => {
  it('has unique camelCase keys and unique lower-case placeholders', () => {
    const keys = MEMO_FIGURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z][A-Za-z0-9]*$/);
    const placeholders = MEMO_FIGURES.map((f) => normalizePlaceholder(f.placeholder));
    expect(new Set(placeholders).size).toBe(placeholders.length);
    for (const f of MEMO_FIGURES) expect(f.placeholder).toMatch(/^[a-zåäö0-9_]+$/);
  });

  it('names the figures the issue lists, with their placeholders', () => {
    const byPlaceholder = Object.fromEntries(MEMO_FIGURES.map((f) => [f.placeholder, f.key]));
    for (const p of [
      'lotsar',
      'platser',
      'inskrivna',
      'män',
      'kvinnor',
      'deltagare_per_lots',
      'kö',
      'berörda',
      'personalkostnad',
      'total_kostnad',
      'finansiering',
      'saldo',
      'kostnad_per_deltagare',
      'kostnad_per_lots',
      'beläggning',
      'rekommenderat_antal_lotsar',
    ]) {
      expect(byPlaceholder[p], p).toBeDefined();
    }
  });

  it('explains every figure and says where it comes from', () => {
    for (const f of MEMO_FIGURES) {
      expect(f.name.length).toBeGreaterThan(1);
      expect(f.definition).toMatch(/^[A-ZÅÄÖ].*\.$/);
      expect(f.source.length).toBeGreaterThan(3);
    }
    expect(figureByKey('lotsar')?.name).toBe('Lotsar');
    expect(figureByKey('finns-inte')).toBeUndefined();
  });

  it('every placeholder finds its own figure in a template, also written without å, ä and ö', () => {
    for (const f of MEMO_FIGURES) {
      const plain = f.placeholder.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
      for (const name of [f.placeholder, plain, `{{ ${f.placeholder} }}`]) {
        expect(lookupPlaceholder(name), name).toEqual({ kind: 'figure', figure: f.key });
      }
    }
  });

  it('every snapshot holds every catalogue figure and parses', () => {
    const figures = computeMemoFigures(sourcesOf(seedPlan()));
    expect(Object.keys(figures.values)).toEqual(MEMO_FIGURES.map((f) => f.key));
    expect(memoFiguresSchema.safeParse(figures).success).toBe(true);
    expect(figures.values.lotsar!.value).toBe(4);
    expect(figures.values.scenarioLotsar!.value).toBeNull();
    expect(figures.computedAt).toBe('2020-01-22T09:00:00.000Z');
  });
});
