import { describe, it, expect, vi } from 'vitest';
import { buildBridge } from '../../electron/preload/buildBridge.ts';

describe('preload bridge', () => {
  it('exposes exactly one method per contract and host call', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual(['api', 'host']);
    expect(Object.keys(bridge.api).sort()).toEqual([
      'exportExchange',
      'getDatabaseStatus',
      'getFigures',
      'getUnitYear',
      'importExchange',
      'listCatalog',
      'loadDemo',
    ]);
    expect(Object.keys(bridge.host).sort()).toEqual(['chooseExchangeFile', 'saveTextFile']);
  });

  it('invokes the channel of each call with the input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const bridge = buildBridge(invoke);
    await bridge.api.getFigures({ district: 'Farsta' });
    await bridge.host.chooseExchangeFile({});
    expect(invoke.mock.calls).toEqual([
      ['lotsplan:getFigures', { district: 'Farsta' }],
      ['lotsplan-host:chooseExchangeFile', {}],
    ]);
  });

  it('is frozen', () => {
    const bridge = buildBridge(vi.fn());
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.api)).toBe(true);
    expect(Object.isFrozen(bridge.host)).toBe(true);
  });
});
