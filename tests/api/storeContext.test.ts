// The shared lazy store context of all hosts (moved here from tests/electron/lifecycle.test.ts).
import { describe, it, expect, vi } from 'vitest';
import { createStoreContext } from '../../src/api/storeContext.ts';
import type { LotsplanStore } from '../../src/store/contract.ts';
import type { RestoreResult } from '../../src/store/backups/restore.ts';

type FakeStore = LotsplanStore & { close: ReturnType<typeof vi.fn>; name: string };
const fakeStore = (name = 'store') => ({ name, close: vi.fn(async () => {}) }) as unknown as FakeStore;
const restored = (databasePath: string, candidatePath: string): RestoreResult => ({
  databasePath,
  candidatePath,
  safetyBackup: '/tmp/backups/x.sqlite',
  schemaVersion: 2,
});

describe('createStoreContext', () => {
  it('opens the store once, on first use', async () => {
    const store = fakeStore();
    const open = vi.fn(async () => store);
    const ctx = createStoreContext('/tmp/x.sqlite', { open });
    expect(open).not.toHaveBeenCalled();
    expect(await ctx.getStore()).toBe(store);
    expect(await ctx.getStore()).toBe(store);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('/tmp/x.sqlite', { create: true });
    expect(ctx.databasePath).toBe('/tmp/x.sqlite');
  });

  it('passes create: false on to the opener (the CLI’s read-only commands)', async () => {
    const open = vi.fn(async () => fakeStore());
    await createStoreContext('/tmp/x.sqlite', { open, create: false }).getStore();
    expect(open).toHaveBeenCalledWith('/tmp/x.sqlite', { create: false });
  });

  it('tries again after a refused file', async () => {
    const store = fakeStore();
    const open = vi.fn().mockRejectedValueOnce(new Error('LOCKED')).mockResolvedValueOnce(store);
    const ctx = createStoreContext('/tmp/x.sqlite', { open });
    await expect(ctx.getStore()).rejects.toThrow('LOCKED');
    expect(await ctx.getStore()).toBe(store);
  });

  it('closes an opened store once and does nothing when never opened', async () => {
    const open = vi.fn(async () => fakeStore());
    const unused = createStoreContext('/tmp/x.sqlite', { open });
    await unused.close();
    expect(open).not.toHaveBeenCalled();

    const store = fakeStore();
    const ctx = createStoreContext('/tmp/x.sqlite', { open: async () => store });
    await ctx.getStore();
    await ctx.close();
    await ctx.close();
    expect(store.close).toHaveBeenCalledTimes(1);
  });

  it('runs afterOpen once per opened store, and an afterOpen failure does not stop the open', async () => {
    const store = fakeStore();
    const afterOpen = vi.fn(async () => {
      throw new Error('backup failed');
    });
    const onBackgroundError = vi.fn();
    const ctx = createStoreContext('/tmp/x.sqlite', { open: async () => store, afterOpen, onBackgroundError });
    expect(await ctx.getStore()).toBe(store);
    await ctx.getStore();
    expect(afterOpen).toHaveBeenCalledTimes(1);
    expect(onBackgroundError).toHaveBeenCalledWith('afterOpen', expect.any(Error));
  });

  it('restore closes the store before restoring and reopens after; calls meanwhile wait', async () => {
    const events: string[] = [];
    const stores = [fakeStore('före'), fakeStore('efter')];
    stores[0]!.close.mockImplementation(async () => void events.push('close före'));
    const open = vi.fn(async () => {
      const store = stores.shift()!;
      events.push(`open ${store.name}`);
      return store;
    });
    let finish!: () => void;
    const restore = vi.fn(async (db: string, candidate: string) => {
      events.push('restore');
      await new Promise<void>((resolve) => (finish = resolve));
      return restored(db, candidate);
    });
    const ctx = createStoreContext('/tmp/x.sqlite', { open, restore });
    await ctx.getStore();
    const restoring = ctx.restore('/tmp/backups/kopia.sqlite');
    const during = ctx.getStore();
    await vi.waitFor(() => expect(restore).toHaveBeenCalled());
    finish();
    expect(await restoring).toMatchObject({ databasePath: '/tmp/x.sqlite', candidatePath: '/tmp/backups/kopia.sqlite' });
    expect(((await during) as FakeStore).name).toBe('efter');
    expect(events).toEqual(['open före', 'close före', 'restore', 'open efter']);
    expect(open).toHaveBeenLastCalledWith('/tmp/x.sqlite', { create: false });
  });

  it('a refused restore leaves the context usable on the same file', async () => {
    const open = vi.fn(async () => fakeStore());
    const ctx = createStoreContext('/tmp/x.sqlite', { open, restore: async () => Promise.reject(new Error('FOREIGN')) });
    await ctx.getStore();
    await expect(ctx.restore('/tmp/annan.sqlite')).rejects.toThrow('FOREIGN');
    await ctx.getStore();
    expect(open).toHaveBeenCalledTimes(2);
    expect(ctx.databasePath).toBe('/tmp/x.sqlite');
  });

  it('switchDatabase opens the new file first and keeps the old one when it is refused', async () => {
    const old = fakeStore('gammal');
    const fresh = fakeStore('ny');
    const open = vi.fn(async (file: string) => {
      if (file === '/tmp/vägrad.sqlite') throw new Error('NOT_SQLITE');
      return file === '/tmp/x.sqlite' ? old : fresh;
    });
    const ctx = createStoreContext('/tmp/x.sqlite', { open });
    await ctx.getStore();
    await expect(ctx.switchDatabase('/tmp/vägrad.sqlite', { create: false })).rejects.toThrow('NOT_SQLITE');
    expect(ctx.databasePath).toBe('/tmp/x.sqlite');
    expect(old.close).not.toHaveBeenCalled();

    await ctx.switchDatabase('/tmp/ny.sqlite', { create: true });
    expect(open).toHaveBeenLastCalledWith('/tmp/ny.sqlite', { create: true });
    expect(old.close).toHaveBeenCalledTimes(1);
    expect(ctx.databasePath).toBe('/tmp/ny.sqlite');
    expect(((await ctx.getStore()) as FakeStore).name).toBe('ny');
  });
});
