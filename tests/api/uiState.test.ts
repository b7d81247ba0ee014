// getLastPlace and saveLastPlace: the place is kept in the database file; a bad place is refused
// with a Swedish message naming the field, and nothing is written.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { apiSetup, dbHash, RK } from './support.ts';

describe('the last place over the API', () => {
  it('answers null on a new database, then what was saved, also for another opening of the file', async () => {
    const { ok, file } = apiSetup();
    expect(await ok('getLastPlace', {})).toEqual({ place: null });
    expect(await ok('saveLastPlace', { place: { ...RK, path: '/scenarier' } })).toEqual({ saved: true });
    expect(await ok('getLastPlace', {})).toEqual({ place: { ...RK, path: '/scenarier' } });
    const other = await openStore(file);
    try {
      expect(await other.getLastPlace()).toEqual({ ...RK, path: '/scenarier' });
    } finally {
      await other.close();
    }
  });

  it('refuses a path outside the app and a year that is not a year, and changes nothing', async () => {
    const { ok, call, file } = apiSetup();
    await ok('saveLastPlace', { place: { ...RK, path: '/oversikt' } });
    const before = dbHash(file);
    const badPath = await call('saveLastPlace', { place: { ...RK, path: '../../etc' } });
    expect(badPath.ok).toBe(false);
    if (!badPath.ok) {
      expect(badPath.error.code).toBe('VALIDATION');
      expect(badPath.error.details?.join('\n')).toContain('Sidans adress ska vara en sida i Lotsplan, till exempel /prognos.');
    }
    const badYear = await call('saveLastPlace', { place: { ...RK, year: 20.5, path: null } });
    expect(badYear.ok).toBe(false);
    if (!badYear.ok) expect(badYear.error.details?.join('\n')).toContain('ska vara ett heltal');
    expect(dbHash(file)).toBe(before);
    expect(await ok('getLastPlace', {})).toEqual({ place: { ...RK, path: '/oversikt' } });
  });
});
