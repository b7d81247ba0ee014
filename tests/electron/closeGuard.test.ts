// The desktop shell's guard of the window's close (electron/main/closeGuard.ts), with fakes for the
// window, its web contents, the dialog and the app: what the window reports it holds unsaved, the
// saves before closing, the question "Stäng Lotsplan?" and the quit from the menu.
import { describe, expect, it, vi } from 'vitest';
import { SAVE_BEFORE_CLOSE_CHANNEL } from '../../src/api/bridge.ts';
import { hostContracts } from '../../src/api/contracts/host.ts';
import { CLOSE_BUTTON, closeQuestionBox, createCloseGuard, type GuardedWindow, SAVE_BEFORE_CLOSE_TIMEOUT_MS } from '../../electron/main/closeGuard.ts';
import { buildMenuTemplate } from '../../electron/main/menu.ts';
import type { MenuItemConstructorOptions } from 'electron';

type Listener = (event: { preventDefault(): void }) => void;

class FakeWindow implements GuardedWindow {
  readonly listeners = new Map<string, Listener>();
  readonly contentsListeners = new Map<string, Listener>();
  readonly sent: string[] = [];
  closes = 0;
  destroyed = false;
  /** What the page's beforeunload does when the window is closed: true holds the unload. */
  holdsUnload = false;
  closed = false;
  readonly webContents = {
    on: (event: 'will-prevent-unload', listener: Listener) => this.contentsListeners.set(event, listener),
    send: (channel: string) => this.sent.push(channel),
  };
  on(event: 'close', listener: Listener) {
    this.listeners.set(event, listener);
    return this;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** As Electron closes a window: 'close', then the page's beforeunload and will-prevent-unload. */
  close() {
    this.closes++;
    let prevented = false;
    this.listeners.get('close')?.({ preventDefault: () => (prevented = true) });
    if (prevented) return false;
    if (this.holdsUnload) {
      let unload = false;
      this.contentsListeners.get('will-prevent-unload')?.({ preventDefault: () => (unload = true) });
      if (!unload) return false;
    }
    this.closed = true;
    return true;
  }
}

function setup(answer = 1) {
  const dialog = { showMessageBoxSync: vi.fn((_window: FakeWindow, _options: unknown) => answer) };
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const window = new FakeWindow();
  const app = {
    quit: vi.fn(() => {
      guard.quitting();
      window.close();
    }),
  };
  const guard = createCloseGuard<FakeWindow>({
    dialog,
    app,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  guard.attach(window);
  return { dialog, timers, window, app, guard };
}

describe('the question before closing', () => {
  it('is a Swedish warning with Avbryt as the default and the answer to Esc', () => {
    expect(closeQuestionBox(['ändrade antaganden i Prognos'])).toEqual({
      type: 'warning',
      title: 'Stäng Lotsplan?',
      message: 'Det finns ändringar som inte är sparade: ändrade antaganden i Prognos.',
      detail: 'Om du stänger nu går ändringarna förlorade. Välj Avbryt om du vill gå tillbaka och spara dem.',
      buttons: ['Stäng utan att spara', 'Avbryt'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    expect(CLOSE_BUTTON).toBe(0);
  });
});

describe('closing the window', () => {
  it('closes at once when nothing is unsaved', () => {
    const { window, dialog } = setup();
    expect(window.close()).toBe(true);
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(window.sent).toEqual([]);
  });

  it('asks, naming what the window reported, and closes only on Stäng utan att spara', async () => {
    const { window, dialog, guard } = setup(1);
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['ändrade antaganden i Prognos'], savable: false });
    window.holdsUnload = true;
    expect(window.close()).toBe(false);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, closeQuestionBox(['ändrade antaganden i Prognos']));
    dialog.showMessageBoxSync.mockReturnValueOnce(CLOSE_BUTTON);
    expect(window.close()).toBe(true);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
  });

  it('asks also when the page holds the unload without having said why', () => {
    const { window, dialog } = setup(CLOSE_BUTTON);
    window.holdsUnload = true;
    expect(window.close()).toBe(true);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ message: 'Det finns ändringar som inte är sparade.' }));
  });

  it('has the window save what it can first, and closes when it answers', async () => {
    const { window, dialog, guard, timers } = setup();
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['ändringar i tjänsteutlåtandet ”A”'], savable: true });
    expect(window.close()).toBe(false);
    expect(window.sent).toEqual([SAVE_BEFORE_CLOSE_CHANNEL]);
    expect(timers[0]!.ms).toBe(SAVE_BEFORE_CLOSE_TIMEOUT_MS);
    // Closed again while it saves: still held, and not asked twice.
    expect(window.close()).toBe(false);
    expect(window.sent).toHaveLength(1);
    await guard.hostHandlers.savedBeforeClose({ unsaved: [], savable: false });
    expect(timers[0]!.cleared).toBe(true);
    expect(window.closed).toBe(true);
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
  });

  it('asks about what could not be saved', async () => {
    const { window, dialog, guard } = setup(1);
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['ändringar i tjänsteutlåtandet ”A”', 'ändrade antaganden i Prognos'], savable: true });
    window.holdsUnload = true;
    window.close();
    await guard.hostHandlers.savedBeforeClose({ unsaved: ['ändrade antaganden i Prognos'], savable: false });
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, closeQuestionBox(['ändrade antaganden i Prognos']));
    expect(window.closed).toBe(false);
    // The next close starts over: the memo is saved, nothing is savable, so the question comes at once.
    dialog.showMessageBoxSync.mockReturnValueOnce(CLOSE_BUTTON);
    expect(window.close()).toBe(true);
    expect(window.sent).toHaveLength(1);
  });

  it('goes on without an answer after the timeout, and the page then says what is left', async () => {
    const { window, guard, timers, dialog } = setup(CLOSE_BUTTON);
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['ändringar i tjänsteutlåtandet ”A”'], savable: true });
    window.holdsUnload = true;
    window.close();
    timers[0]!.run();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, closeQuestionBox(['ändringar i tjänsteutlåtandet ”A”']));
    expect(window.closed).toBe(true);
    // A late answer changes nothing.
    await guard.hostHandlers.savedBeforeClose({ unsaved: [], savable: false });
    expect(window.closes).toBe(2);
  });

  it('does nothing with an answer when the window is gone', async () => {
    const { window, guard } = setup();
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['a'], savable: true });
    window.close();
    window.destroyed = true;
    await guard.hostHandlers.savedBeforeClose({ unsaved: [], savable: false });
    expect(window.closes).toBe(1);
  });
});

describe('quitting (Arkiv › Avsluta, Cmd+Q)', () => {
  it('quits again after the saves, since Electron gives up a quit whose window held its close', async () => {
    const { window, guard, app } = setup();
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['a'], savable: true });
    app.quit();
    expect(window.closed).toBe(false);
    await guard.hostHandlers.savedBeforeClose({ unsaved: [], savable: false });
    expect(app.quit).toHaveBeenCalledTimes(2);
    expect(window.closed).toBe(true);
  });

  it('asks the same question, and Avbryt stops the quit', async () => {
    const { window, guard, app, dialog } = setup(1);
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['ändrade antaganden i Prognos', 'ändringar i tjänsteutlåtandet ”A”'], savable: true });
    window.holdsUnload = true;
    app.quit();
    await guard.hostHandlers.savedBeforeClose({ unsaved: ['ändrade antaganden i Prognos'], savable: false });
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, closeQuestionBox(['ändrade antaganden i Prognos']));
    expect(window.closed).toBe(false);
    // Cancelled: a later close of the window alone is no quit.
    await guard.hostHandlers.reportUnsavedWork({ unsaved: ['b'], savable: true });
    window.close();
    await guard.hostHandlers.savedBeforeClose({ unsaved: [], savable: false });
    expect(app.quit).toHaveBeenCalledTimes(2);
    expect(window.closes).toBe(4);
  });

  it('is the quit role in the menu on every platform, which quits through app.quit', () => {
    const roles = (template: MenuItemConstructorOptions[]) =>
      template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : [])).filter((item) => item.role === 'quit');
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(roles(buildMenuTemplate({ isPackaged: true, platform, sendCommand: () => {} }))).toHaveLength(1);
    }
  });
});

describe('the host calls', () => {
  it('take at most the contract’s descriptions', () => {
    const input = hostContracts.reportUnsavedWork.input;
    expect(input.safeParse({ unsaved: ['a'], savable: true }).success).toBe(true);
    expect(input.safeParse({ unsaved: Array.from({ length: 21 }, () => 'a'), savable: true }).success).toBe(false);
    expect(input.safeParse({ unsaved: ['x'.repeat(301)], savable: false }).success).toBe(false);
    expect(input.safeParse({ unsaved: [], savable: false, extra: 1 }).success).toBe(false);
    expect(hostContracts.savedBeforeClose.input).toBe(input);
  });
});
