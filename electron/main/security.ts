// Network and permission lockdown. The app is offline by design: every request that is not for
// the app's own files is cancelled, nothing may navigate away, open windows or ask for permissions.
// Functions take the Electron objects as parameters so tests can pass fakes.
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin.ts';

/** URL schemes a request may use. data: is local (inline images and fonts, allowed by the CSP). */
const ALLOWED_REQUEST_PROTOCOLS: ReadonlySet<string> = new Set(['app:', 'devtools:', 'data:']);

export function isAllowedRequestUrl(url: string): boolean {
  const colon = url.indexOf(':');
  if (colon <= 0) return false;
  return ALLOWED_REQUEST_PROTOCOLS.has(url.slice(0, colon + 1).toLowerCase());
}

export interface RequestFilterStats {
  /** How many requests were cancelled so far. */
  blocked(): number;
}

export type SessionLike = Pick<
  Session,
  | 'webRequest'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
>;

/** Cancels every request that is not for app:// (or the developer tools). */
export function installRequestFilter(session: Pick<Session, 'webRequest'>, onBlocked: (url: string) => void = () => {}): RequestFilterStats {
  let blocked = 0;
  session.webRequest.onBeforeRequest((details, callback) => {
    if (isAllowedRequestUrl(details.url)) {
      callback({});
      return;
    }
    blocked++;
    onBlocked(details.url);
    callback({ cancel: true });
  });
  return { blocked: () => blocked };
}

export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The spellchecker would download dictionaries from Google; turn it off and point it nowhere. */
export function disableSpellChecker(session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>): void {
  session.setSpellCheckerEnabled(false);
  try {
    // .invalid never resolves (RFC 2606).
    session.setSpellCheckerDictionaryDownloadURL('https://dictionaries.invalid/');
  } catch {
    // Not available on macOS, where the OS spellchecker is used; disabling it above is enough.
  }
}

export function hardenSession(session: SessionLike, onBlocked?: (url: string) => void): RequestFilterStats {
  denyAllPermissions(session);
  disableSpellChecker(session);
  return installRequestFilter(session, onBlocked);
}

/** No navigation away from app://lotsplan, no new windows, no <webview>. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies hardenWebContents to every web contents the app ever creates. */
export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
