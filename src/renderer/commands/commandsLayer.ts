// When the command palette (Ctrl+K) and the Kortkommandon dialog are drawn. They are not needed for
// the first screen, and Spotlight and Modal are a good part of the start's script, so the frame
// mounts them once the first page is up and the app is idle (CommandsLayer.tsx), or at once when they
// are asked for sooner. Until they are mounted, the frame catches their keys (useCommandsLayer in
// AppLayout) and asks for them, so a Ctrl+K or a ”?” pressed in the first moment is not lost.
import { createSpotlight } from '@mantine/spotlight';
import { useSyncExternalStore } from 'react';

/** The palette's own Spotlight store: opening it before the palette is mounted shows it on mount. */
export const [commandPaletteStore, commandPalette] = createSpotlight();

let wanted = false;
let mounted = false;
const subscribers = new Set<() => void>();
const notify = () => {
  for (const subscriber of subscribers) subscriber();
};
const subscribe = (subscriber: () => void) => {
  subscribers.add(subscriber);
  return () => subscribers.delete(subscriber);
};

/** Asks for the palette and the dialog to be mounted (once; later calls do nothing). */
export function wantCommandsLayer(): void {
  if (wanted) return;
  wanted = true;
  notify();
}

/** Whether the frame should draw the layer. */
export function useCommandsLayerWanted(): boolean {
  return useSyncExternalStore(subscribe, () => wanted);
}

/** Whether the layer is mounted and handles its own keys. */
export function useCommandsLayerMounted(): boolean {
  return useSyncExternalStore(subscribe, () => mounted);
}

/** Called by the layer when it mounts and unmounts. */
export function setCommandsLayerMounted(value: boolean): void {
  mounted = value;
  notify();
}

/** Opens the command palette, mounting it first if it is not yet. */
export function openCommandPalette(): void {
  commandPalette.open();
  wantCommandsLayer();
}

/** True when a key press belongs to what is being written, not to the app. */
export function isTyping(target: unknown): boolean {
  // Read as fields, not with instanceof, so that the rule is the same in a test without a DOM.
  const element = target as { tagName?: unknown; isContentEditable?: unknown } | null;
  if (element === null || typeof element.tagName !== 'string') return false;
  return element.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** The fields of a KeyboardEvent that the rules read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: unknown;
}

/** Ctrl+K (⌘K on a Mac): the palette. */
export function isPaletteKey(event: KeyPress): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}

/** ”?” outside a text field: the Kortkommandon dialog. */
export function isShortcutsKey(event: KeyPress): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
}
