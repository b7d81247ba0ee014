// The Swedish application menu. Import and export are done by the renderer, so those items only
// send a message to the window on MENU_CHANNEL.
import type { MenuItemConstructorOptions } from 'electron';

import { MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../../src/api/bridge.ts';

export { MENU_CHANNEL, MENU_COMMANDS, type MenuCommand };

export interface MenuTemplateInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  sendCommand: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ isPackaged, platform, sendCommand }: MenuTemplateInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Lotsplan',
          submenu: [
            { role: 'about', label: 'Om Lotsplan' },
            separator,
            { role: 'hide', label: 'Göm Lotsplan' },
            { role: 'hideOthers', label: 'Göm övriga' },
            { role: 'unhide', label: 'Visa alla' },
            separator,
            { role: 'quit', label: 'Avsluta Lotsplan' },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: [
      { label: 'Importera…', accelerator: 'CmdOrCtrl+O', click: () => sendCommand('import') },
      { label: 'Exportera…', accelerator: 'CmdOrCtrl+E', click: () => sendCommand('export') },
      ...(isMac ? [] : [separator, { role: 'quit', label: 'Avsluta' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Redigera',
    submenu: [
      { role: 'undo', label: 'Ångra' },
      { role: 'redo', label: 'Gör om' },
      separator,
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopiera' },
      { role: 'paste', label: 'Klistra in' },
      separator,
      { role: 'selectAll', label: 'Markera allt' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Visa',
    submenu: [
      { role: 'zoomIn', label: 'Zooma in' },
      { role: 'zoomOut', label: 'Zooma ut' },
      { role: 'resetZoom', label: 'Återställ zoom' },
      separator,
      { role: 'togglefullscreen', label: 'Helskärm' },
      ...(isPackaged ? [] : [separator, { role: 'toggleDevTools', label: 'Utvecklarverktyg' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Hjälp',
    role: 'help',
    submenu: [{ role: 'about', label: 'Om Lotsplan' }],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, helpMenu];
}
