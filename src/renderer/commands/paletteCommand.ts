// A command from the Ctrl+K palette that belongs to a page ("Nytt scenario" opens the page's own
// dialog). It travels as navigation state, as the Electron menu's commands do, and the page
// performs it once.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { wantCommandsLayer } from './commandsLayer.ts';

export type PaletteCommand = 'newScenario' | 'newMemo';

export interface PaletteCommandState {
  paletteCommand: PaletteCommand;
  /** Distinguishes two identical commands in a row. */
  at: number;
}

export function isPaletteCommandState(state: unknown): state is PaletteCommandState {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as PaletteCommandState).paletteCommand === 'string' &&
    typeof (state as PaletteCommandState).at === 'number'
  );
}

/** Runs `run` once for each arrival of `command` on the current page. */
export function usePaletteCommand(command: PaletteCommand, run: () => void, ready = true): void {
  const location = useLocation();
  const handled = useRef<number | null>(null);
  useEffect(() => {
    const state: unknown = location.state;
    if (!ready || !isPaletteCommandState(state) || state.paletteCommand !== command || handled.current === state.at) return;
    handled.current = state.at;
    run();
  }, [location.state, command, run, ready]);
}

/** Opening the Kortkommandon dialog from anywhere (the header, the Hjälp page, the palette). */
const SHORTCUTS_EVENT = 'lotsplan:kortkommandon';
/** Whether the dialog is mounted and listening; until then a request waits for it. */
let shortcutsDialogListening = false;
let shortcutsDialogPending = false;

export function openShortcutsDialog(): void {
  if (shortcutsDialogListening) {
    window.dispatchEvent(new Event(SHORTCUTS_EVENT));
    return;
  }
  shortcutsDialogPending = true;
  wantCommandsLayer();
}

/** The dialog's side: `open` runs for each request, and at once for one made before it listened. */
export function listenForShortcutsDialog(open: () => void): () => void {
  shortcutsDialogListening = true;
  window.addEventListener(SHORTCUTS_EVENT, open);
  if (shortcutsDialogPending) {
    shortcutsDialogPending = false;
    open();
  }
  return () => {
    shortcutsDialogListening = false;
    window.removeEventListener(SHORTCUTS_EVENT, open);
  };
}
