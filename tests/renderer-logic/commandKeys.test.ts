// The keys the frame catches before the command palette and the Kortkommandon dialog are mounted
// (commands/commandsLayer.ts): the same keys the palette and the dialog answer to themselves.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPaletteKey, isShortcutsKey, type KeyPress } from '../../src/renderer/commands/commandsLayer.ts';

interface Keys {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}
/** A key press outside any field (a KeyboardEvent's fields the predicates read). */
const press = (keys: Keys): KeyPress => ({ ctrlKey: false, metaKey: false, altKey: false, target: null, ...keys });

describe('the palette and shortcut keys', () => {
  it('Ctrl+K and ⌘K open the palette, also with Caps Lock or Shift; K alone or with Alt does not', () => {
    expect(isPaletteKey(press({ key: 'k', ctrlKey: true }))).toBe(true);
    expect(isPaletteKey(press({ key: 'K', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isPaletteKey(press({ key: 'k', metaKey: true }))).toBe(true);
    expect(isPaletteKey(press({ key: 'k' }))).toBe(false);
    expect(isPaletteKey(press({ key: 'k', ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('”?” opens the shortcuts, but not with Ctrl, ⌘ or Alt', () => {
    expect(isShortcutsKey(press({ key: '?', shiftKey: true }))).toBe(true);
    expect(isShortcutsKey(press({ key: '?', ctrlKey: true }))).toBe(false);
    expect(isShortcutsKey(press({ key: '?', metaKey: true }))).toBe(false);
    expect(isShortcutsKey(press({ key: '?', altKey: true }))).toBe(false);
  });

  it('”?” typed in a field, a list or the memo editor is text, not a shortcut; on a button it is a shortcut', () => {
    const on = (target: object): KeyPress => ({ ...press({ key: '?', shiftKey: true }), target });
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(isShortcutsKey(on({ tagName, isContentEditable: false }))).toBe(false);
    expect(isShortcutsKey(on({ tagName: 'DIV', isContentEditable: true }))).toBe(false);
    expect(isShortcutsKey(on({ tagName: 'BUTTON', isContentEditable: false }))).toBe(true);
  });

  it('property: no key but K opens the palette, and no key but ”?” opens the shortcuts', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((key) => key.toLowerCase() !== 'k' && key !== '?'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (key, ctrlKey, metaKey, altKey) => {
          const event = press({ key, ctrlKey, metaKey, altKey });
          expect(isPaletteKey(event)).toBe(false);
          expect(isShortcutsKey(event)).toBe(false);
        },
      ),
    );
  });
});
