// The one origin the app's own pages are served from. Everything else is foreign.
export const APP_SCHEME = 'app';
export const APP_HOST = 'lotsplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on the app's own origin (app://lotsplan/...). */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
