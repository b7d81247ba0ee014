// Electron main process: app lifecycle only. Everything with logic lives in the small modules
// beside this file, which take Electron objects as parameters and are unit-tested with fakes.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createDispatch } from '../../src/api/dispatch.ts';
import { ensureRecentBackup, openStore, resolveDatabasePath } from '../../src/store/index.ts';
import { readDbFlag } from './args.ts';
import { createDialogHandlers } from './dialogs.ts';
import { createSenderCheck, registerIpc } from './ipc.ts';
import { buildMenuTemplate, MENU_CHANNEL } from './menu.ts';
import { APP_ENTRY_URL } from './origin.ts';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol.ts';
import { hardenAllWebContents, hardenSession } from './security.ts';
import { createStoreContext } from '../../src/api/storeContext.ts';
import { createMainWindow } from './window.ts';
import { createElectronPdfPrinter } from './printPdf.ts';
import { installNetworkGuard } from '../../src/hosts/shared/networkGuard.ts';
import { createLogFile, loggedInternalError, loggedOpen } from '../../src/hosts/shared/logFile.ts';
import { createLogHostHandlers } from './logHost.ts';
import { createCloseGuard } from './closeGuard.ts';
import { appendChromiumSwitches } from '../../src/hosts/shared/chromiumSwitches.ts';

const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_ROOT = join(import.meta.dirname, '../renderer');
// Packed into the app (electron-builder.json "files"); the installers take their icons from the same folder.
const ICON_PATH = join(import.meta.dirname, '../../resources/icons/icon.png');

// In test mode (the Electron E2E sets LOTSPLAN_TEST=1) any outgoing request from the main
// process ends the app with an error, so the test fails; the renderer is covered by the request
// filter in security.ts.
if (process.env.LOTSPLAN_TEST === '1') {
  installNetworkGuard({
    allowLoopback: false,
    onViolation: (v) => {
      console.error(`[lotsplan] outgoing request in test mode: ${v.channel} ${v.target}`);
      app.exit(70);
    },
  });
}

app.setName('Lotsplan');
// Before 'ready': lets V8 use the code it compiled at an earlier start (see chromiumSwitches.ts).
appendChromiumSwitches(app.commandLine);
// Must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Lotsplan is running; it gets focused through its 'second-instance' event.
  app.quit();
} else {
  start();
}

function start(): void {
  const flag = readDbFlag(process.argv);
  const dbPath = resolveDatabasePath({
    flag: flag === undefined ? undefined : resolve(flag),
    env: process.env,
    platform: process.platform,
    homedir: homedir(),
  });
  // The local log beside the database (the user data folder unless --db or LOTSPLAN_DB says otherwise).
  const log = createLogFile({ dir: dirname(dbPath), source: 'app' });
  log.info('start', { version: app.getVersion(), electron: process.versions.electron, platform: process.platform, packaged: app.isPackaged });
  const logInternal = loggedInternalError((call: string, error: unknown) => console.error(`[lotsplan] ${call}:`, error), log);
  const ctx = Object.assign(
    createStoreContext(dbPath, {
      open: loggedOpen((file: string, options: { create: boolean }) => openStore(file, options), log),
      // The start-up backup: when the newest backup is older than 12 hours (see src/store/backups).
      afterOpen: (store) => ensureRecentBackup(store, { maxAgeHours: 12 }),
      onBackgroundError: logInternal,
    }),
    // Memos to PDF through a hidden window's printToPDF (see printPdf.ts).
    { printPdf: createElectronPdfPrinter({ BrowserWindow }), diagnosticLog: log },
  );
  const dispatch = createDispatch(ctx, { onInternalError: logInternal });

  let mainWindow: BrowserWindow | null = null;
  // Closing the window, or quitting, with unsaved work saves it first or asks (closeGuard.ts).
  const closeGuard = createCloseGuard<BrowserWindow>({ dialog, app });

  const openWindow = (): void => {
    const window = createMainWindow({
      BrowserWindow,
      preloadPath: PRELOAD_PATH,
      iconPath: ICON_PATH,
      isPackaged: app.isPackaged,
      url: APP_ENTRY_URL,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    closeGuard.attach(window);
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  hardenAllWebContents(app);

  app.setAboutPanelOptions({ applicationName: 'Lotsplan', applicationVersion: app.getVersion() });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, (url) => console.warn(`[lotsplan] blocked request: ${url.slice(0, 200)}`));
    registerAppProtocol(protocol, RENDERER_ROOT);
    registerIpc({
      ipcMain,
      dispatch,
      hostHandlers: {
        ...createDialogHandlers({
          dialog,
          getWindow: () => mainWindow,
          switchDatabase: (file: string) => ctx.switchDatabase(file, { create: false }),
        }),
        ...createLogHostHandlers({ shell, logPath: log.path }),
        ...closeGuard.hostHandlers,
      },
      isTrustedSender: createSenderCheck(() => mainWindow?.webContents),
      onInternalError: logInternal,
    });
    const template = buildMenuTemplate({
      isPackaged: app.isPackaged,
      platform: process.platform,
      sendCommand: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    openWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  // Arkiv › Avsluta and Cmd+Q (the menu's quit role) and the last window's close: the window's close
  // that follows is part of the quit.
  app.on('before-quit', () => closeGuard.quitting());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let storeClosed = false;
  app.on('will-quit', (event) => {
    if (storeClosed) return;
    event.preventDefault();
    log.info('stop', {});
    void ctx
      .close()
      .catch((error: unknown) => console.error('[lotsplan] closing the database failed:', error))
      .finally(() => {
        storeClosed = true;
        app.quit();
      });
  });
}
