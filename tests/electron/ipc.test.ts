import { describe, it, expect, vi } from 'vitest';
import { CALL_NAMES, channelFor } from '../../src/api/contracts/index.ts';
import { HOST_CALL_NAMES, hostChannelFor } from '../../src/api/contracts/host.ts';
import { ApiFailure } from '../../src/api/envelope.ts';
import { createSenderCheck, registerIpc, UNTRUSTED_SENDER_MESSAGE, type HostHandlers } from '../../electron/main/ipc.ts';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function setup(trusted = true) {
  const handlers = new Map<string, Handler>();
  const handle = vi.fn((channel: string, fn: Handler) => {
    if (handlers.has(channel)) throw new Error(`twice: ${channel}`);
    handlers.set(channel, fn);
  });
  const dispatch = vi.fn(async (call: string, input: unknown) => ({ ok: true as const, value: { call, input } }));
  const hostHandlers = {
    chooseExchangeFile: vi.fn(async () => ({ fileName: 'a.json', text: '{}' })),
    chooseSpreadsheetFile: vi.fn(async () => ({ fileName: 'a.xlsx', base64: 'UEs=' })),
    chooseTemplateFile: vi.fn(async () => ({ fileName: 'mall.docx', base64: 'UEs=' })),
    saveFile: vi.fn(async () => ({ path: '/tmp/a.json' })),
    openOtherDatabase: vi.fn(async () => ({ path: '/tmp/annan.sqlite' })),
    showLogFile: vi.fn(async () => ({ path: '/tmp/lotsplan.log' })),
    reportUnsavedWork: vi.fn(async () => ({})),
    savedBeforeClose: vi.fn(async () => ({})),
  } satisfies HostHandlers;
  const isTrustedSender = vi.fn(() => trusted);
  const channels = registerIpc({ ipcMain: { handle } as never, dispatch, hostHandlers, isTrustedSender });
  return { handlers, handle, dispatch, hostHandlers, isTrustedSender, channels };
}

const saveInput = { suggestedName: 'plan.json', text: '{}', filterName: 'JSON', extensions: ['json'] };

describe('registerIpc', () => {
  it('registers exactly one handler per contract and host call, nothing else', () => {
    const { handlers, handle, channels } = setup();
    const expected = [...CALL_NAMES.map(channelFor), ...HOST_CALL_NAMES.map(hostChannelFor)].sort();
    expect([...handlers.keys()].sort()).toEqual(expected);
    expect(handle).toHaveBeenCalledTimes(CALL_NAMES.length + HOST_CALL_NAMES.length);
    expect([...channels].sort()).toEqual(expected);
    expect(expected).toContain('lotsplan:listCatalog');
    expect(expected).toContain('lotsplan-host:saveFile');
    expect(expected).toContain('lotsplan-host:openOtherDatabase');
    expect(expected).toContain('lotsplan:restoreBackup');
  });

  it('passes trusted calls to dispatch under the call name', async () => {
    const { handlers, dispatch } = setup(true);
    const result = await handlers.get(channelFor('getFigures'))!({}, { district: 'Farsta' });
    expect(dispatch).toHaveBeenCalledWith('getFigures', { district: 'Farsta' });
    expect(result).toEqual({ ok: true, value: { call: 'getFigures', input: { district: 'Farsta' } } });
  });

  it('refuses untrusted senders without calling dispatch or host handlers', async () => {
    const { handlers, dispatch, hostHandlers } = setup(false);
    for (const [, handler] of handlers) {
      const result = await handler({}, saveInput);
      expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: UNTRUSTED_SENDER_MESSAGE } });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(hostHandlers.chooseExchangeFile).not.toHaveBeenCalled();
    expect(hostHandlers.saveFile).not.toHaveBeenCalled();
  });

  it('validates host call input with the host contract', async () => {
    const { handlers, hostHandlers } = setup(true);
    const bad = await handlers.get(hostChannelFor('saveFile'))!({}, { ...saveInput, extensions: ['../exe'] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(hostHandlers.saveFile).not.toHaveBeenCalled();
    const extra = await handlers.get(hostChannelFor('chooseExchangeFile'))!({}, { path: '/etc/passwd' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const good = await handlers.get(hostChannelFor('saveFile'))!({}, saveInput);
    expect(good).toEqual({ ok: true, value: { path: '/tmp/a.json' } });
    expect(hostHandlers.saveFile).toHaveBeenCalledWith({ ...saveInput, encoding: 'utf8' });
  });

  it('turns host failures into envelopes', async () => {
    const { handlers, hostHandlers } = setup(true);
    hostHandlers.chooseExchangeFile.mockRejectedValueOnce(new ApiFailure('VALIDATION', 'För stor.'));
    expect(await handlers.get(hostChannelFor('chooseExchangeFile'))!({}, {})).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'För stor.' },
    });
    hostHandlers.chooseExchangeFile.mockRejectedValueOnce(new Error('EIO'));
    expect(await handlers.get(hostChannelFor('chooseExchangeFile'))!({}, {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});

describe('createSenderCheck', () => {
  const own = { id: 1 };
  const check = createSenderCheck(() => own as never);
  const event = (sender: unknown, url: string | null) => ({ sender, senderFrame: url === null ? null : { url } }) as never;

  it('trusts the own window on app://lotsplan/', () => {
    expect(check(event(own, 'app://lotsplan/index.html'))).toBe(true);
  });

  it.each([
    ['another origin', own, 'https://example.com/'],
    ['a look-alike host', own, 'app://lotsplan.evil/index.html'],
    ['a file URL', own, 'file:///index.html'],
    ['no frame', own, null],
  ])('refuses %s', (_label, sender, url) => {
    expect(check(event(sender, url))).toBe(false);
  });

  it('refuses other web contents even on the right URL', () => {
    expect(check(event({ id: 2 }, 'app://lotsplan/index.html'))).toBe(false);
  });

  it('refuses everything when there is no window', () => {
    expect(createSenderCheck(() => null)(event(own, 'app://lotsplan/index.html'))).toBe(false);
  });
});
