import { describe, it, expect, vi } from 'vitest';
import { readDbFlag } from '../../electron/main/args.ts';
import { createLazyStoreContext } from '../../electron/main/storeContext.ts';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/origin.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';

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

describe('lazy store context', () => {
  const fakeStore = () => ({ close: vi.fn(async () => {}) }) as unknown as LotsplanStore & { close: ReturnType<typeof vi.fn> };

  it('opens the store once, on first use', async () => {
    const store = fakeStore();
    const open = vi.fn(async () => store);
    const ctx = createLazyStoreContext('/tmp/x.sqlite', open);
    expect(open).not.toHaveBeenCalled();
    expect(await ctx.getStore()).toBe(store);
    expect(await ctx.getStore()).toBe(store);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('/tmp/x.sqlite');
  });

  it('tries again after a refused file', async () => {
    const store = fakeStore();
    const open = vi.fn().mockRejectedValueOnce(new Error('LOCKED')).mockResolvedValueOnce(store);
    const ctx = createLazyStoreContext('/tmp/x.sqlite', open);
    await expect(ctx.getStore()).rejects.toThrow('LOCKED');
    expect(await ctx.getStore()).toBe(store);
  });

  it('closes an opened store once and does nothing when never opened', async () => {
    const open = vi.fn(async () => fakeStore());
    const unused = createLazyStoreContext('/tmp/x.sqlite', open);
    await unused.close();
    expect(open).not.toHaveBeenCalled();

    const store = fakeStore();
    const ctx = createLazyStoreContext('/tmp/x.sqlite', async () => store);
    await ctx.getStore();
    await ctx.close();
    await ctx.close();
    expect(store.close).toHaveBeenCalledTimes(1);
  });
});
