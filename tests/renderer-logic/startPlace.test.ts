// What the start asks for before the catalog is in: the page and unit-year of the address, else
// the remembered ones; and the renderer's client, which sends calls by name without the contracts.
import { describe, expect, it } from 'vitest';
import { startPlace } from '../../src/renderer/selection/startPlace.ts';
import { createRendererClient } from '../../src/renderer/api/rendererClient.ts';
import type { LastPlace } from '../../src/renderer/selection/lastPlace.ts';
import { CALL_NAMES } from '../../src/api/contracts/index.ts';

const nothing: LastPlace = { district: null, unit: null, year: null, path: null };
const remembered: LastPlace = { district: 'Skärholmen', unit: 'SIG unga', year: '2021', path: '/prognos' };

describe('startPlace', () => {
  it('takes the page and the unit-year from the address', () => {
    expect(startPlace('#/oversikt?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020', remembered)).toEqual({
      path: '/oversikt',
      selection: { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 },
    });
  });

  it('uses the remembered unit-year when the address names none, and the remembered page when it names no page', () => {
    expect(startPlace('#/bemanning', remembered)).toEqual({ path: '/bemanning', selection: { district: 'Skärholmen', unit: 'SIG unga', year: 2021 } });
    expect(startPlace('', remembered).path).toBe('/prognos');
    expect(startPlace('#/', remembered).path).toBe('/prognos');
  });

  it('does not read the memory when the address names the page and the unit-year', () => {
    let reads = 0;
    const memory = () => {
      reads++;
      return remembered;
    };
    expect(startPlace('#/oversikt?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=2020', memory).selection).toEqual({
      district: 'Rinkeby-Kista',
      unit: 'SIG vuxna',
      year: 2020,
    });
    expect(reads).toBe(0);
    expect(startPlace('', memory)).toEqual({ path: '/prognos', selection: { district: 'Skärholmen', unit: 'SIG unga', year: 2021 } });
    expect(reads).toBe(1);
  });

  it('opens the Översikt without an address or a memory, and guesses no unit-year', () => {
    expect(startPlace('', nothing)).toEqual({ path: '/oversikt', selection: null });
  });

  it('guesses nothing when the address names only part of the unit-year, or a year that is not one', () => {
    // The address wins over the memory as soon as it names any part (as the selection does).
    expect(startPlace('#/oversikt?stadsdel=Rinkeby-Kista', remembered).selection).toBeNull();
    expect(startPlace('#/oversikt?stadsdel=Rinkeby-Kista&enhet=SIG+vuxna&ar=20x0', remembered).selection).toBeNull();
    expect(startPlace('#/oversikt?stadsdel=&enhet=SIG+vuxna&ar=2020', remembered).selection).toBeNull();
  });
});

describe('createRendererClient', () => {
  it('sends each declared call by its name with its input', async () => {
    const sent: Array<[string, unknown]> = [];
    const client = createRendererClient(async (call, input) => {
      sent.push([call, input]);
      return { ok: true, value: call };
    });
    for (const name of CALL_NAMES) {
      const method = (client as unknown as Record<string, (input: unknown) => Promise<unknown>>)[name]!;
      await expect(method({ n: name })).resolves.toEqual({ ok: true, value: name });
    }
    expect(sent).toEqual(CALL_NAMES.map((name) => [name, { n: name }]));
  });

  it('is not a thenable, so awaiting the client itself sends nothing', async () => {
    let calls = 0;
    const client = createRendererClient(async () => {
      calls++;
      return { ok: true, value: null };
    });
    expect((client as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(client)).resolves.toBe(client);
    expect(calls).toBe(0);
  });
});
