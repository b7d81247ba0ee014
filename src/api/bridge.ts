// The shape the Electron preload exposes on window.lotsplan (via contextBridge).
// Both the preload (which builds it from the contracts) and the renderer (which uses it) import
// this type, so neither can drift from the other.
import type { LotsplanClient } from './client.ts';
import type { ClientOf } from './contracts/defineCall.ts';
import type { HostContracts } from './contracts/host.ts';

/** The host calls, typed from their contracts exactly as LotsplanClient is from the API's. */
export type HostClient = ClientOf<HostContracts>;

/** Menu items whose work the renderer does (it owns the file input and the current selection). */
export const MENU_COMMANDS = ['import', 'export'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The channel on which the main process sends a MenuCommand to the window. */
export const MENU_CHANNEL = 'lotsplan-menu';

/**
 * The channel on which the main process asks the window, before it closes, to save what can be
 * saved without asking (a memo's pending autosave); the window answers with the host call
 * savedBeforeClose.
 */
export const SAVE_BEFORE_CLOSE_CHANNEL = 'lotsplan-save-before-close';

export interface LotsplanBridge {
  readonly api: LotsplanClient;
  readonly host: HostClient;
  /** Calls the listener for each menu command; returns a function that stops listening. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Calls the listener when the main process asks for the saves before closing; returns a function that stops listening. */
  readonly onSaveBeforeClose: (listener: () => void) => () => void;
}

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_KEY = 'lotsplan';
