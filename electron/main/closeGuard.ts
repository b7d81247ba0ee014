// Nothing unsaved is lost when the window is closed, or the app quit (Arkiv › Avsluta, Cmd+Q), which
// closes the window the same way. The window tells this module what it holds that is not saved
// (the host call reportUnsavedWork; see src/renderer/unsaved/closeGuard.ts). When the window is to
// close:
// 1. If some of it can simply be saved (a memo's pending autosave), the close is held, the window is
//    asked to save it (SAVE_BEFORE_CLOSE_CHANNEL) and the close goes on once it answers
//    (savedBeforeClose), or after SAVE_BEFORE_CLOSE_TIMEOUT_MS without an answer. Held, Electron
//    gives up a quit under way, so a quit is started again.
// 2. The page's beforeunload then holds the unload if anything would still be lost, and Electron
//    emits will-prevent-unload: the user is asked "Stäng Lotsplan?", naming what is unsaved
//    (texts from core), and the window closes only on "Stäng utan att spara"; Avbryt, the default
//    and Esc, keeps it open and stops the quit.
import type { MessageBoxSyncOptions } from 'electron';
import { SAVE_BEFORE_CLOSE_CHANNEL } from '../../src/api/bridge.ts';
import { closeQuestion } from '../../src/core/unsaved/closeQuestion.ts';
import type { HostHandlers } from './ipc.ts';

/** How long the close waits for the window to save what it can. */
export const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 4000;

/** An event whose default can be prevented (Electron's Event). */
export interface PreventableEvent {
  preventDefault(): void;
}

/** What the guard uses of the main window (a BrowserWindow). */
export interface GuardedWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown;
    send(channel: string): void;
  };
}

export interface CloseGuardDeps<W extends GuardedWindow> {
  /** Electron's dialog: the question is modal to the window. */
  dialog: { showMessageBoxSync(window: W, options: MessageBoxSyncOptions): number };
  app: { quit(): void };
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CloseGuard<W extends GuardedWindow> {
  /** The host calls by which the window reports what it holds unsaved. */
  hostHandlers: Pick<HostHandlers, 'reportUnsavedWork' | 'savedBeforeClose'>;
  /** Guards the window's close and its unload. */
  attach(window: W): void;
  /** The app is about to quit ('before-quit'): closing the window is part of the quit. */
  quitting(): void;
}

/** The options of the question before the window closes with unsaved work. */
export function closeQuestionBox(unsaved: readonly string[]): MessageBoxSyncOptions {
  const question = closeQuestion(unsaved);
  return {
    type: 'warning',
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: [question.close, question.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** The answer of the question that closes the window. */
export const CLOSE_BUTTON = 0;

export function createCloseGuard<W extends GuardedWindow>(deps: CloseGuardDeps<W>): CloseGuard<W> {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const timeoutMs = deps.timeoutMs ?? SAVE_BEFORE_CLOSE_TIMEOUT_MS;

  let unsaved: string[] = [];
  let savable = false;
  let quitting = false;
  let window: W | null = null;
  /** The window is saving before it closes: the timer that goes on without its answer. */
  let saving: { timer: unknown } | null = null;
  /** The close that follows the saves is not held again. */
  let passNextClose = false;

  /** The saves are done (or given up): the close, or the quit, goes on. */
  const closeAfterSaving = () => {
    if (!saving) return;
    clearTimer(saving.timer);
    saving = null;
    const target = window;
    if (!target || target.isDestroyed()) return;
    passNextClose = true;
    if (quitting) deps.app.quit();
    else target.close();
  };

  return {
    hostHandlers: {
      async reportUnsavedWork(input) {
        unsaved = input.unsaved;
        savable = input.savable;
        return {};
      },
      async savedBeforeClose(input) {
        unsaved = input.unsaved;
        savable = input.savable;
        closeAfterSaving();
        return {};
      },
    },

    attach(target) {
      window = target;
      unsaved = [];
      savable = false;
      saving = null;
      passNextClose = false;

      target.on('close', (event) => {
        if (saving) {
          // Closed again while saving: the close comes once the saves are done.
          event.preventDefault();
          return;
        }
        if (passNextClose) {
          passNextClose = false;
          return;
        }
        if (!savable) return;
        event.preventDefault();
        saving = { timer: setTimer(closeAfterSaving, timeoutMs) };
        target.webContents.send(SAVE_BEFORE_CLOSE_CHANNEL);
      });

      target.webContents.on('will-prevent-unload', (event) => {
        const choice = deps.dialog.showMessageBoxSync(target, closeQuestionBox(unsaved));
        if (choice === CLOSE_BUTTON) {
          // Unloads despite the page's beforeunload: what is unsaved is dropped.
          event.preventDefault();
        } else {
          // The window stays, and so does the app.
          quitting = false;
        }
      });
    },

    quitting() {
      quitting = true;
    },
  };
}
