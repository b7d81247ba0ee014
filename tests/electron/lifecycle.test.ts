import { describe, it, expect } from 'vitest';
import { readDbFlag } from '../../electron/main/args.ts';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/origin.ts';

describe('readDbFlag', () => {
  it('reads --db in both forms', () => {
    expect(readDbFlag(['electron', '.', '--db', '/tmp/a.sqlite'])).toBe('/tmp/a.sqlite');
    expect(readDbFlag(['electron', 'out/main/index.js', '--db=/tmp/b.sqlite'])).toBe('/tmp/b.sqlite');
  });
  it('ignores a missing or empty value', () => {
    expect(readDbFlag(['electron', '.'])).toBeUndefined();
    expect(readDbFlag(['electron', '.', '--db'])).toBeUndefined();
    expect(readDbFlag(['electron', '.', '--db', '--inspect'])).toBeUndefined();
    expect(readDbFlag(['electron', '.', '--db='])).toBeUndefined();
  });
});

describe('origin', () => {
  it('loads app://lotsplan/index.html and recognises only that origin', () => {
    expect(APP_ENTRY_URL).toBe('app://lotsplan/index.html');
    expect(isAppUrl('app://lotsplan/x')).toBe(true);
    expect(isAppUrl('app://lotsplanx/x')).toBe(false);
    expect(isAppUrl('app://lotsplan')).toBe(false);
  });
});
