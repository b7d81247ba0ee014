// The renderer's list of unsaved work (renderer/unsaved/unsavedWork.ts) and the guard that holds the
// window's unload while some would be lost and talks to Electron's main process about it
// (closeGuard.ts).
import { describe, expect, it, vi } from 'vitest';
import { boundedReport, type CloseGuardBridge, installCloseGuard, type UnloadEvent, type UnloadTarget } from '../../src/renderer/unsaved/closeGuard.ts';
import { createUnsavedWorkRegistry, type UnsavedWork, type UnsavedWorkReport } from '../../src/renderer/unsaved/unsavedWork.ts';
import { MAX_UNSAVED_REPORTED, MAX_UNSAVED_TEXT } from '../../src/core/unsaved/closeQuestion.ts';

/** A place whose work the test sets, as a page's last render would. */
function place(registry = createUnsavedWorkRegistry()) {
  let work: UnsavedWork | null = null;
  const handle = registry.add(() => work);
  return {
    registry,
    handle,
    set(next: UnsavedWork | null) {
      work = next;
      handle.changed();
    },
  };
}

describe('the list of unsaved work', () => {
  it('reports what the places hold now, and whether any of it can be saved', () => {
    const registry = createUnsavedWorkRegistry();
    const forecast = place(registry);
    const memo = place(registry);
    expect(registry.report()).toEqual({ unsaved: [], savable: false });
    forecast.set({ what: 'ändrade antaganden i Prognos' });
    expect(registry.report()).toEqual({ unsaved: ['ändrade antaganden i Prognos'], savable: false });
    memo.set({ what: 'ändringar i tjänsteutlåtandet ”A”', save: async () => true });
    expect(registry.report()).toEqual({ unsaved: ['ändrade antaganden i Prognos', 'ändringar i tjänsteutlåtandet ”A”'], savable: true });
    forecast.handle.remove();
    expect(registry.report().unsaved).toEqual(['ändringar i tjänsteutlåtandet ”A”']);
    memo.set(null);
    expect(registry.report()).toEqual({ unsaved: [], savable: false });
  });

  it('tells its listeners of each new report, once', () => {
    const { registry, set, handle } = place();
    const reports: UnsavedWorkReport[] = [];
    const stop = registry.subscribe((r) => reports.push(r));
    set({ what: 'a' });
    set({ what: 'a' });
    handle.changed();
    set({ what: 'a', save: async () => true });
    set(null);
    expect(reports).toEqual([
      { unsaved: ['a'], savable: false },
      { unsaved: ['a'], savable: true },
      { unsaved: [], savable: false },
    ]);
    stop();
    set({ what: 'b' });
    expect(reports).toHaveLength(3);
  });

  it('saves what can be saved and reports what is left, before the places have drawn it', async () => {
    const registry = createUnsavedWorkRegistry();
    const memo = place(registry);
    const month = place(registry);
    const failing = place(registry);
    const save = vi.fn(async () => true);
    memo.set({ what: 'memo', revision: 3, save });
    month.set({ what: 'månad' });
    failing.set({ what: 'fält', save: async () => false });
    expect(await registry.saveAll()).toEqual({ unsaved: ['månad', 'fält'], savable: true });
    expect(save).toHaveBeenCalledOnce();
    // The memo still describes revision 3 (not yet drawn as saved): it is saved.
    memo.handle.changed();
    expect(registry.report().unsaved).toEqual(['månad', 'fält']);
    // Typed again: unsaved again.
    memo.set({ what: 'memo', revision: 4, save });
    expect(registry.report().unsaved).toEqual(['memo', 'månad', 'fält']);
  });

  it('counts a save that throws as not saved, and a source that throws as nothing', async () => {
    const registry = createUnsavedWorkRegistry();
    place(registry).set({
      what: 'a',
      save: async () => {
        throw new Error('borta');
      },
    });
    registry.add(() => {
      throw new Error('trasig');
    });
    expect(await registry.saveAll()).toEqual({ unsaved: ['a'], savable: true });
  });

  it('does not count work changed during its save as saved', async () => {
    const registry = createUnsavedWorkRegistry();
    const memo = place(registry);
    let finish: (ok: boolean) => void = () => {};
    memo.set({ what: 'memo', revision: 1, save: () => new Promise<boolean>((resolve) => (finish = resolve)) });
    const saving = registry.saveAll();
    memo.set({ what: 'memo', revision: 2, save: async () => true });
    finish(true);
    expect((await saving).unsaved).toEqual(['memo']);
  });

  it('at unload starts the saves that outlive the page and returns what would be lost', () => {
    const registry = createUnsavedWorkRegistry();
    const memo = place(registry);
    const big = place(registry);
    const forecast = place(registry);
    const sent = vi.fn(() => true);
    memo.set({ what: 'memo', revision: 1, saveOnUnload: sent });
    big.set({ what: 'stort', saveOnUnload: () => false });
    forecast.set({ what: 'prognos' });
    expect(registry.unloading()).toEqual(['stort', 'prognos']);
    expect(sent).toHaveBeenCalledOnce();
    // Should the page stay, the memo's save is on its way: not asked about again, nor sent twice.
    expect(registry.unloading()).toEqual(['stort', 'prognos']);
    expect(sent).toHaveBeenCalledOnce();
    expect(registry.report().unsaved).toEqual(['stort', 'prognos']);
  });
});

function fakeTarget() {
  const listeners = new Set<(event: UnloadEvent) => void>();
  const target: UnloadTarget = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  /** Dispatches beforeunload; true when the unload was held. */
  const unload = () => {
    const event = { preventDefault: vi.fn(), returnValue: undefined as unknown };
    for (const listener of listeners) listener(event);
    const held = event.preventDefault.mock.calls.length > 0;
    if (held) expect(event.returnValue).toBe(true);
    return held;
  };
  return { target, listeners, unload };
}

function fakeBridge() {
  let onSave: (() => void) | null = null;
  const bridge = {
    host: {
      reportUnsavedWork: vi.fn(async (_report: UnsavedWorkReport) => ({ ok: true as const, value: {} })),
      savedBeforeClose: vi.fn(async (_report: UnsavedWorkReport) => ({ ok: true as const, value: {} })),
    },
    onSaveBeforeClose: vi.fn((listener: () => void) => {
      onSave = listener;
      return () => {
        onSave = null;
      };
    }),
  } satisfies CloseGuardBridge;
  return { bridge, askToSave: () => onSave?.() };
}

describe('the guard of the window', () => {
  it('holds the unload only while something would be lost, and listens only while something is unsaved', () => {
    const registry = createUnsavedWorkRegistry();
    const { target, listeners, unload } = fakeTarget();
    const remove = installCloseGuard(registry, target, null);
    const forecast = place(registry);
    expect(listeners.size).toBe(0);
    expect(unload()).toBe(false);
    forecast.set({ what: 'ändrade antaganden i Prognos' });
    expect(listeners.size).toBe(1);
    expect(unload()).toBe(true);
    forecast.set(null);
    expect(listeners.size).toBe(0);
    forecast.set({ what: 'ändrade antaganden i Prognos' });
    remove();
    expect(listeners.size).toBe(0);
  });

  it('lets the page go when its work is saved by a request that outlives it', () => {
    const registry = createUnsavedWorkRegistry();
    const { target, unload } = fakeTarget();
    installCloseGuard(registry, target, null);
    const memo = place(registry);
    memo.set({ what: 'memo', revision: 1, saveOnUnload: () => true });
    expect(unload()).toBe(false);
    memo.set({ what: 'memo', revision: 2, saveOnUnload: () => false });
    expect(unload()).toBe(true);
  });

  it('in Electron tells the main process what is unsaved and saves when it asks before closing', async () => {
    const registry = createUnsavedWorkRegistry();
    const { target } = fakeTarget();
    const { bridge, askToSave } = fakeBridge();
    const remove = installCloseGuard(registry, target, bridge);
    const memo = place(registry);
    const forecast = place(registry);
    const save = vi.fn(async () => true);
    memo.set({ what: 'memo', revision: 1, save });
    forecast.set({ what: 'prognos' });
    expect(bridge.host.reportUnsavedWork).toHaveBeenLastCalledWith({ unsaved: ['memo', 'prognos'], savable: true });
    askToSave();
    await vi.waitFor(() => expect(bridge.host.savedBeforeClose).toHaveBeenCalledWith({ unsaved: ['prognos'], savable: false }));
    expect(save).toHaveBeenCalledOnce();
    expect(bridge.host.reportUnsavedWork).toHaveBeenLastCalledWith({ unsaved: ['prognos'], savable: false });
    const reports = bridge.host.reportUnsavedWork.mock.calls.length;
    remove();
    forecast.set(null);
    expect(bridge.host.reportUnsavedWork).toHaveBeenCalledTimes(reports);
    askToSave();
    expect(bridge.host.savedBeforeClose).toHaveBeenCalledOnce();
  });

  it('keeps a report within the host contract', () => {
    const long = 'x'.repeat(MAX_UNSAVED_TEXT + 50);
    const report = boundedReport({ unsaved: Array.from({ length: MAX_UNSAVED_REPORTED + 5 }, () => long), savable: true });
    expect(report.unsaved).toHaveLength(MAX_UNSAVED_REPORTED);
    expect(report.unsaved[0]).toHaveLength(MAX_UNSAVED_TEXT);
    expect(report.unsaved[0]!.endsWith('…')).toBe(true);
  });
});
