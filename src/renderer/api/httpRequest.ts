// The HTTP requests of the renderer to the browser host, without the page's DOM (so that tests
// type-check them under Node): the request, its answer read as an envelope, and the request that
// outlives the page (keepalive) by which a memo's last changes are saved when the tab is closed.
import type { CallName } from '../../api/contracts/index.ts';
import { failure, type Envelope } from '../../api/envelope.ts';
import { apiPathFor, TOKEN_HEADER } from '../../api/browserProtocol.ts';

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

export const UNREACHABLE = 'Lotsplan fick ingen kontakt med sin lokala tjänst. Kontrollera att programmet fortfarande är igång och ladda om sidan.';

/** The answer of the browser host as an envelope; anything else becomes a Swedish failure. */
export async function readAnswer(response: Response): Promise<Envelope<unknown>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure('INTERNAL', `Svaret från Lotsplans lokala tjänst gick inte att läsa (HTTP ${response.status}).`);
  }
  return isEnvelope(body) ? body : failure('INTERNAL', 'Svaret från Lotsplans lokala tjänst hade ett oväntat format.');
}

/** A POST of the call's input (typed here, not as RequestInit, because Node's knows no `cache`). */
export interface ApiRequest {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  credentials: 'same-origin';
  cache: 'no-store';
}

export function requestOf(token: string | null, input: unknown, body = JSON.stringify(input ?? {})): ApiRequest {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers[TOKEN_HEADER] = token;
  return { method: 'POST', headers, body, credentials: 'same-origin', cache: 'no-store' };
}

/**
 * Largest request sent so that it outlives the page: Chromium lets the keepalive requests of a page
 * carry 64 KiB of body in all, and refuses a larger one (after the page has gone).
 */
export const KEEPALIVE_BODY_LIMIT = 60 * 1024;

/**
 * Sends a call that is to be carried out although the page is being unloaded (a memo's last
 * changes when the tab is closed), or returns null when it cannot be sent so.
 */
export type UnloadSend = (call: CallName, input: unknown) => Promise<Envelope<unknown>> | null;

/** In the browser: a keepalive request, which the browser completes after the page is gone; only up to KEEPALIVE_BODY_LIMIT. */
export function createHttpUnloadSend(token: string | null, fetchImpl: typeof fetch = fetch): UnloadSend {
  return (call, input) => {
    const body = JSON.stringify(input ?? {});
    if (new TextEncoder().encode(body).byteLength > KEEPALIVE_BODY_LIMIT) return null;
    return fetchImpl(apiPathFor(call), { ...requestOf(token, input, body), keepalive: true }).then(readAnswer, () => failure('INTERNAL', UNREACHABLE));
  };
}
