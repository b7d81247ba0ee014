import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createContractDispatch, outputChecksByDefault } from '../../src/api/dispatch.ts';
import { defineCall } from '../../src/api/contracts/defineCall.ts';
import { createHostDispatch, type HostHandlers } from '../../electron/main/ipc.ts';

const set = {
  count: defineCall({
    summary: 'Räknar.',
    input: z.strictObject({ n: z.int().default(1) }),
    output: z.strictObject({ n: z.int() }),
  }),
} as const;

describe('createContractDispatch', () => {
  it('answers an output that breaks its contract as INTERNAL when outputs are checked, and reports it', async () => {
    const errors: unknown[] = [];
    const dispatch = createContractDispatch(set, async () => ({ n: 1.5 }), {
      checkOutputs: true,
      onInternalError: (_call, error) => errors.push(error),
    });
    expect(await dispatch('count', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Ett internt fel inträffade. Inga uppgifter har ändrats.' },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(z.ZodError);
  });

  it('passes the value through unchanged when outputs are not checked', async () => {
    const dispatch = createContractDispatch(set, async () => ({ n: 1.5 }), { checkOutputs: false });
    expect(await dispatch('count', {})).toEqual({ ok: true, value: { n: 1.5 } });
  });

  it('gives the handler the parsed input and refuses unknown names and bad input', async () => {
    const seen: unknown[] = [];
    const dispatch = createContractDispatch(
      set,
      async (call, input) => {
        seen.push([call, input]);
        return { n: (input as { n: number }).n };
      },
      { checkOutputs: true },
    );
    expect(await dispatch('count', {})).toEqual({ ok: true, value: { n: 1 } });
    expect(seen).toEqual([['count', { n: 1 }]]);
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await dispatch('count', { n: 'två' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(seen).toHaveLength(1);
  });
});

describe('outputChecksByDefault', () => {
  it('is on in tests and development and off in production unless asked for', () => {
    expect(outputChecksByDefault({ VITEST: 'true' })).toBe(true);
    expect(outputChecksByDefault({ NODE_ENV: 'development' })).toBe(true);
    expect(outputChecksByDefault({ NODE_ENV: 'production' })).toBe(false);
    expect(outputChecksByDefault({})).toBe(false);
    expect(outputChecksByDefault({ LOTSPLAN_CHECK_OUTPUTS: '1', NODE_ENV: 'production' })).toBe(true);
    expect(outputChecksByDefault({ LOTSPLAN_CHECK_OUTPUTS: '0', VITEST: 'true' })).toBe(false);
  });
  it('is on in this test run', () => {
    expect(outputChecksByDefault()).toBe(true);
  });
});

describe('host calls through the same dispatcher', () => {
  const handlers = (saved: unknown): HostHandlers => ({
    chooseExchangeFile: async () => null,
    chooseSpreadsheetFile: async () => null,
    chooseTemplateFile: async () => null,
    openOtherDatabase: async () => null,
    saveFile: async () => saved as { path: string },
    showLogFile: async () => ({ path: '/tmp/lotsplan.log' }),
    reportUnsavedWork: async () => ({}),
    savedBeforeClose: async () => ({}),
  });

  it('checks host outputs against the host contract', async () => {
    const good = createHostDispatch(handlers({ path: '/tmp/plan.json' }));
    const input = { suggestedName: 'plan.json', text: '{}', filterName: 'JSON', extensions: ['json'] };
    expect(await good('saveFile', input)).toEqual({ ok: true, value: { path: '/tmp/plan.json' } });
    const bad = createHostDispatch(handlers({ path: 7 }));
    expect(await bad('saveFile', input)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('knows only the host calls', async () => {
    const dispatch = createHostDispatch(handlers(null));
    expect(await dispatch('listCatalog', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });
});
