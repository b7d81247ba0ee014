// What the renderer and the browser host (src/hosts/browser) agree on, defined once: where API
// calls go, the header that carries the per-run token, and the meta tag in index.html that hands
// the token to the page.

/** API calls are POSTed to `${API_PATH_PREFIX}<call name>`. */
export const API_PATH_PREFIX = '/api/';
/** The request header with this run's token (HTTP header names are case-insensitive; Node lowercases them). */
export const TOKEN_HEADER = 'x-lotsplan-token';
/** The name of the <meta> tag in index.html whose content is this run's token. */
export const TOKEN_META_NAME = 'lotsplan-token';

/** The path of one API call. */
export function apiPathFor(call: string): string {
  return `${API_PATH_PREFIX}${encodeURIComponent(call)}`;
}

/** Whether a request path is meant for the API (also the bare prefix, which names no call). */
export function isApiPath(path: string): boolean {
  return path.startsWith(API_PATH_PREFIX) || path === API_PATH_PREFIX.slice(0, -1);
}

/** The call a request path names (decoded), or null when it names none. */
export function callFromApiPath(path: string): string | null {
  if (!path.startsWith(API_PATH_PREFIX)) return null;
  const rest = path.slice(API_PATH_PREFIX.length);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
