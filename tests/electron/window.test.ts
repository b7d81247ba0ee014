import { describe, it, expect, vi } from 'vitest';
import { buildWebPreferences, buildWindowOptions, createMainWindow } from '../../electron/main/window.ts';

describe('main window', () => {
  it('locks down every web preference', () => {
    const prefs = buildWebPreferences({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
  });

  it('allows developer tools only when not packaged', () => {
    expect(buildWebPreferences({ preloadPath: 'p', isPackaged: false }).devTools).toBe(true);
    expect(buildWebPreferences({ preloadPath: 'p', isPackaged: true }).devTools).toBe(false);
  });

  it('has the title, size and a hidden start', () => {
    const options = buildWindowOptions({ preloadPath: 'p', isPackaged: true });
    expect(options).toMatchObject({ title: 'Lotsplan', width: 1280, height: 820, minWidth: 1024, minHeight: 680, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('takes the app icon when given one, and sets none otherwise', () => {
    expect(buildWindowOptions({ preloadPath: 'p', isPackaged: true, iconPath: '/app/resources/icons/icon.png' }).icon).toBe('/app/resources/icons/icon.png');
    expect(buildWindowOptions({ preloadPath: 'p', isPackaged: true })).not.toHaveProperty('icon');
  });

  it('shows the window when ready and loads the given URL', () => {
    const handlers = new Map<string, (...args: unknown[]) => void>();
    const instances: FakeWindow[] = [];
    class FakeWindow {
      options: unknown;
      show = vi.fn();
      loadURL = vi.fn(async () => {});
      constructor(options: unknown) {
        this.options = options;
        instances.push(this);
      }
      once(event: string, fn: (...args: unknown[]) => void) {
        handlers.set(`once:${event}`, fn);
        return this;
      }
      on(event: string, fn: (...args: unknown[]) => void) {
        handlers.set(`on:${event}`, fn);
        return this;
      }
    }
    createMainWindow({
      BrowserWindow: FakeWindow as never,
      preloadPath: 'p',
      isPackaged: true,
      url: 'app://lotsplan/index.html',
    });
    const win = instances[0]!;
    expect(win.loadURL).toHaveBeenCalledWith('app://lotsplan/index.html');
    expect(win.show).not.toHaveBeenCalled();
    handlers.get('once:ready-to-show')!();
    expect(win.show).toHaveBeenCalledTimes(1);
    const preventDefault = vi.fn();
    handlers.get('on:page-title-updated')!({ preventDefault }, 'Något helt annat');
    expect(preventDefault).toHaveBeenCalledTimes(1);
    handlers.get('on:page-title-updated')!({ preventDefault }, 'Prognos – Lotsplan');
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });
});
