import { describe, it, expect, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, MENU_CHANNEL } from '../../electron/main/menu.ts';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    if (Array.isArray(item.submenu)) {
      const inner = find(item.submenu, label);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe('application menu', () => {
  it('is in Swedish', () => {
    const template = buildMenuTemplate({ isPackaged: false, platform: 'win32', sendCommand: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(labels(template)).toEqual([
      'Arkiv',
      'Importera…',
      'Exportera…',
      'Avsluta',
      'Redigera',
      'Ångra',
      'Gör om',
      'Klipp ut',
      'Kopiera',
      'Klistra in',
      'Markera allt',
      'Visa',
      'Zooma in',
      'Zooma ut',
      'Återställ zoom',
      'Helskärm',
      'Utvecklarverktyg',
      'Hjälp',
      'Om Lotsplan',
    ]);
  });

  it('gives every role item a label, so no English default shows', () => {
    const visit = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
        if (Array.isArray(item.submenu)) visit(item.submenu);
      }
    };
    visit(buildMenuTemplate({ isPackaged: false, platform: 'darwin', sendCommand: vi.fn() }));
    visit(buildMenuTemplate({ isPackaged: false, platform: 'linux', sendCommand: vi.fn() }));
  });

  it('hides developer tools when packaged', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'win32', sendCommand: vi.fn() });
    expect(labels(template)).not.toContain('Utvecklarverktyg');
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('sends import and export to the renderer', () => {
    const sendCommand = vi.fn();
    const template = buildMenuTemplate({ isPackaged: true, platform: 'linux', sendCommand });
    find(template, 'Importera…')!.click!({} as never, undefined, {} as never);
    find(template, 'Exportera…')!.click!({} as never, undefined, {} as never);
    expect(sendCommand.mock.calls).toEqual([['import'], ['export']]);
    expect(MENU_CHANNEL).toBe('lotsplan-menu');
  });

  it('follows the macOS convention of an app menu with Avsluta', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'darwin', sendCommand: vi.fn() });
    expect(template[0]?.label).toBe('Lotsplan');
    expect(labels(template)).toContain('Avsluta Lotsplan');
  });
});
