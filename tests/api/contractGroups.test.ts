// The contract groups (src/api/contracts/groups.ts) that a CLI command loads instead of every
// contract, and the dispatcher over such a part: the groups are the very contracts of
// contracts/index.ts, each call in exactly one group, and a call outside the part is unknown.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contracts } from '../../src/api/contracts/index.ts';
import { CONTRACT_GROUPS, loadContracts, type ContractGroup } from '../../src/api/contracts/groups.ts';
import { createCallDispatch } from '../../src/api/contractDispatch.ts';
import type { Handlers } from '../../src/api/handlers/handler.ts';

const GROUPS = Object.keys(CONTRACT_GROUPS) as ContractGroup[];

describe('contract groups', () => {
  it('hold every call of contracts/index.ts exactly once, as the same contract objects', async () => {
    const seen: string[] = [];
    for (const group of GROUPS) {
      const set = await loadContracts([group]);
      for (const [name, contract] of Object.entries(set)) {
        expect(contracts[name as keyof typeof contracts], `${group}.${name}`).toBe(contract);
        seen.push(name);
      }
    }
    expect(seen.sort()).toEqual([...CALL_NAMES].sort());
  });

  it('load the calls of the groups asked for and no others', async () => {
    const set = await loadContracts(['figures', 'databaseStatus']);
    expect(Object.keys(set).sort()).toEqual(['getDatabaseStatus', 'getFigures', 'getUnitYear']);
  });
});

describe('a dispatcher over some of the calls', () => {
  // Handlers that only say which call ran: the dispatching is what is tested, not the handlers.
  const ran: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name) => async () => {
      ran.push(String(name));
      return { status: 'missing', path: '/x.sqlite' };
    },
  });

  it('answers a call outside its part as UNKNOWN_CALL without running a handler, as a name that does not exist', async () => {
    const calls = await loadContracts(['figures']);
    const dispatch = createCallDispatch({ getStore: () => Promise.reject(new Error('no store')) }, calls, { handlers });
    ran.length = 0;
    const outside = await dispatch('getDatabaseStatus', {});
    expect(outside).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Anropet ”getDatabaseStatus” finns inte.' } });
    const unknown = await dispatch('noSuchCall', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Anropet ”noSuchCall” finns inte.' } });
    expect(ran).toEqual([]);
  });

  it('validates and runs a call inside its part as the full dispatcher does', async () => {
    const calls = await loadContracts(['figures']);
    const dispatch = createCallDispatch({ getStore: () => Promise.reject(new Error('no store')) }, calls, { handlers, checkOutputs: false });
    ran.length = 0;
    const refused = await dispatch('getFigures', { district: 42 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(ran).toEqual([]);
    await dispatch('getFigures', { district: 'Rinkeby-Kista' });
    expect(ran).toEqual(['getFigures']);
  });
});
