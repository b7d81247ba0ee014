// The main window: locked-down web preferences, shown once the first frame is ready.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const WINDOW_TITLE = 'Lotsplan';
/** Mantine's light page colour, so no white or black flash before the first paint. */
export const WINDOW_BACKGROUND = '#f8f9fa';

export interface WebPreferencesInput {
  preloadPath: string;
  isPackaged: boolean;
}

export interface WindowOptionsInput extends WebPreferencesInput {
  /** The window's icon (resources/icons/icon.png); Windows and Linux show it in the task bar. */
  iconPath?: string;
}

/** The renderer's sandbox. Pure so a test can assert every flag. */
export function buildWebPreferences({ preloadPath, isPackaged }: WebPreferencesInput): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !isPackaged,
  };
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: buildWebPreferences({ preloadPath: input.preloadPath, isPackaged: input.isPackaged }),
  };
}

export interface MainWindowDeps extends WindowOptionsInput {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  url: string;
}

/** A page title the window takes over: the app's name, or a page's ("Prognos – Lotsplan"). */
export function isAppTitle(title: string): boolean {
  return title === WINDOW_TITLE || (title.length <= 80 && title.endsWith(` – ${WINDOW_TITLE}`));
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new deps.BrowserWindow(buildWindowOptions(deps));
  window.once('ready-to-show', () => window.show());
  // The window shows the page's title ("Prognos – Lotsplan"), and keeps the app's name for any
  // other <title>.
  window.on('page-title-updated', (event, title) => {
    if (!isAppTitle(title)) event.preventDefault();
  });
  void window.loadURL(deps.url);
  return window;
}
