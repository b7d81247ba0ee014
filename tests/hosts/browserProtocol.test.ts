import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apiPathFor, callFromApiPath, isApiPath } from '../../src/api/browserProtocol.ts';
import { CALL_NAMES } from '../../src/api/contracts/index.ts';

describe('browser protocol', () => {
  it('reads back the call name of every path the renderer builds', () => {
    for (const name of CALL_NAMES) expect(callFromApiPath(apiPathFor(name))).toBe(name);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        expect(callFromApiPath(apiPathFor(name))).toBe(name);
        expect(isApiPath(apiPathFor(name))).toBe(true);
      }),
    );
  });

  it('names no call for the bare prefix, deeper paths or other paths', () => {
    expect(callFromApiPath('/api/')).toBeNull();
    expect(callFromApiPath('/api')).toBeNull();
    expect(callFromApiPath('/api/a/b')).toBeNull();
    expect(callFromApiPath('/index.html')).toBeNull();
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/apis')).toBe(false);
    expect(isApiPath('/assets/api.js')).toBe(false);
  });
});
