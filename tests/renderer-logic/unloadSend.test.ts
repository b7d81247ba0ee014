// The browser's request that outlives the page (renderer/api/httpRequest.ts), by which a memo's last
// changes are saved when the tab is closed.
import { describe, expect, it, vi } from 'vitest';
import { createHttpUnloadSend, KEEPALIVE_BODY_LIMIT } from '../../src/renderer/api/httpRequest.ts';

describe('a request that outlives the page', () => {
  it('is a keepalive POST with the token, and its answer is read as any other', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { version: 4 } })));
    const send = createHttpUnloadSend('hemligt', fetchImpl as unknown as typeof fetch);
    const answer = send('saveMemo', { id: 1 });
    expect(answer).not.toBeNull();
    expect(await answer).toEqual({ ok: true, value: { version: 4 } });
    expect(fetchImpl).toHaveBeenCalledWith('/api/saveMemo', expect.objectContaining({ method: 'POST', keepalive: true, body: '{"id":1}' }));
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).toMatchObject({ 'x-lotsplan-token': 'hemligt' });
  });

  it('is not sent when it is larger than the browser carries after the page has gone', () => {
    const fetchImpl = vi.fn();
    const send = createHttpUnloadSend(null, fetchImpl as unknown as typeof fetch);
    expect(send('saveMemo', { text: 'å'.repeat(KEEPALIVE_BODY_LIMIT / 2) })).toBeNull();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('answers a failed request with an envelope', async () => {
    const send = createHttpUnloadSend(null, (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    expect(await send('saveMemo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
