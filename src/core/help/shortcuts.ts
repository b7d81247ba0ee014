// The keyboard shortcuts of the app, as the "Kortkommandon" dialog and the Hjälp page list them.

export interface Shortcut {
  /** The keys, each as written on the keyboard: ["Ctrl", "K"]. */
  keys: readonly string[];
  text: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl', 'K'], text: 'Öppna kommandorutan: gå till en sida eller gör något, till exempel skapa ett scenario eller ta en säkerhetskopia.' },
  { keys: ['?'], text: 'Visa de här kortkommandona.' },
  { keys: ['Tab'], text: 'Gå till nästa knapp, länk eller fält. Första tryckningen visar länken ”Hoppa till innehållet”.' },
  { keys: ['Skift', 'Tab'], text: 'Gå tillbaka till föregående knapp, länk eller fält.' },
  { keys: ['Enter'], text: 'Välj det som är markerat, till exempel en sida i menyn eller en knapp.' },
  { keys: ['Blanksteg'], text: 'Kryssa i eller ur en ruta, eller slå på eller av ett reglage som ”Visa som tabell”.' },
  { keys: ['↑', '↓'], text: 'Flytta mellan förslagen i kommandorutan och i listor.' },
  { keys: ['Esc'], text: 'Stäng en dialogruta eller kommandorutan utan att något ändras.' },
];

/** "Ctrl+K": a shortcut's keys as one line of text. */
export function shortcutText(shortcut: Shortcut): string {
  return shortcut.keys.join('+');
}
