// How the renderer reaches the API: the Electron bridge (window.lotsplan) when the preload has
// exposed it, otherwise HTTP to the local browser host. Both answer with envelopes, and every
// failure on the way (a dropped connection, an unreadable answer) becomes an envelope too.
import type { Transport } from '../../api/client.ts';
import type { CallName } from '../../api/contracts/index.ts';
import { failure, type Envelope } from '../../api/envelope.ts';
import { BRIDGE_KEY, type LotsplanBridge } from '../../api/bridge.ts';
import { apiPathFor, TOKEN_HEADER, TOKEN_META_NAME } from '../../api/browserProtocol.ts';

export { TOKEN_HEADER, TOKEN_META_NAME } from '../../api/browserProtocol.ts';

/** The Electron bridge, or null when the renderer runs in an ordinary browser. */
export function getBridge(): LotsplanBridge | null {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_KEY];
  if (typeof candidate !== 'object' || candidate === null) return null;
  return 'api' in candidate && 'host' in candidate ? (candidate as LotsplanBridge) : null;
}

/** The per-run token that the browser host writes into index.html. */
export function readToken(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`);
  const token = meta?.content.trim() ?? '';
  return token === '' ? null : token;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

const UNREACHABLE = 'Lotsplan fick ingen kontakt med sin lokala tjänst. Kontrollera att programmet fortfarande är igång och ladda om sidan.';

export function createHttpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (call: CallName, input: unknown) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;
    let response: Response;
    try {
      response = await fetchImpl(apiPathFor(call), {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return failure('INTERNAL', UNREACHABLE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('INTERNAL', `Svaret från Lotsplans lokala tjänst gick inte att läsa (HTTP ${response.status}).`);
    }
    return isEnvelope(body) ? body : failure('INTERNAL', 'Svaret från Lotsplans lokala tjänst hade ett oväntat format.');
  };
}

export function createBridgeTransport(bridge: LotsplanBridge): Transport {
  return async (call, input) => {
    try {
      const method = bridge.api[call] as (i: unknown) => Promise<Envelope<unknown>>;
      return await method(input ?? {});
    } catch {
      return failure('INTERNAL', UNREACHABLE);
    }
  };
}

export function createTransport(): Transport {
  const bridge = getBridge();
  return bridge ? createBridgeTransport(bridge) : createHttpTransport(readToken(document));
}
