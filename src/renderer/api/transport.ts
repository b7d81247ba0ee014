// How the renderer reaches the API: the Electron bridge (window.lotsplan) when the preload has
// exposed it, otherwise HTTP to the local browser host. Both answer with envelopes, and every
// failure on the way (a dropped connection, an unreadable answer) becomes an envelope too.
import type { Transport } from '../../api/client.ts';
import type { CallName } from '../../api/contracts/index.ts';
import { failure, type Envelope } from '../../api/envelope.ts';
import { BRIDGE_KEY, type LotsplanBridge } from '../../api/bridge.ts';
import { apiPathFor, TOKEN_META_NAME } from '../../api/browserProtocol.ts';
import { createHttpUnloadSend, readAnswer, requestOf, UNREACHABLE, type UnloadSend } from './httpRequest.ts';

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

export function createHttpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (call: CallName, input: unknown) => {
    let response: Response;
    try {
      response = await fetchImpl(apiPathFor(call), requestOf(token, input));
    } catch {
      return failure('INTERNAL', UNREACHABLE);
    }
    return readAnswer(response);
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

/**
 * How a call is sent while the page unloads. In Electron never: the IPC does not outlive the page,
 * and the main process has the renderer save what it can before it closes the window.
 */
export function createUnloadSend(): UnloadSend {
  return getBridge() ? () => null : createHttpUnloadSend(readToken(document));
}
