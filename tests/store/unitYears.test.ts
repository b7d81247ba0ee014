import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { StoreError, type LotsplanStore } from '../../src/store/contract.ts';
import type { UnitYearPlan } from '../../src/core/plan/model.ts';
import { samplePlan, tempDir, track } from './helpers.ts';

async function newStore(): Promise<LotsplanStore> {
  return track(await openStore(path.join(tempDir(), 'lotsplan.sqlite')));
}

const rawOf = (store: LotsplanStore) => (store as unknown as { raw: Database.Database }).raw;

describe('replaceUnitYear and getUnitYear', () => {
  it('round-trips a full plan exactly, rows in order, nulls kept', async () => {
    const store = await newStore();
    const plan = samplePlan();
    expect(await store.replaceUnitYear(plan)).toEqual({ replaced: false });
    const stored = await store.getUnitYear({ district: plan.district, unit: plan.unit, year: plan.year });
    expect(stored).toStrictEqual({ plan, exampleValues: false });
  });

  it('round-trips a plan without demand, without rows and without age limits', async () => {
    const store = await newStore();
    const plan = samplePlan({ demand: null, staff: [], otherCosts: [], funding: [], ageFrom: null, ageTo: null });
    await store.replaceUnitYear(plan, { exampleValues: true });
    expect(await store.getUnitYear(plan)).toStrictEqual({ plan, exampleValues: true });
  });

  it('reopening the file gives the same plan', async () => {
    const file = path.join(tempDir(), 'lotsplan.sqlite');
    const plan = samplePlan();
    const first = await openStore(file);
    await first.replaceUnitYear(plan);
    await first.close();
    const second = track(await openStore(file));
    expect((await second.getUnitYear(plan))?.plan).toStrictEqual(plan);
  });

  it('returns null for a unit-year that is not stored', async () => {
    const store = await newStore();
    await store.replaceUnitYear(samplePlan());
    expect(await store.getUnitYear({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2021 })).toBeNull();
    expect(await store.getUnitYear({ district: 'Farsta', unit: 'SIG vuxna', year: 2020 })).toBeNull();
    expect(await store.getUnitYear({ district: 'Rinkeby-Kista', unit: 'SIG unga', year: 2020 })).toBeNull();
  });

  it('replaces a unit-year: the new rows only, the unit updated, the unit-year id kept', async () => {
    const store = await newStore();
    await store.replaceUnitYear(samplePlan());
    const idBefore = rawOf(store).prepare('SELECT id FROM unit_years').pluck().get();
    const next = samplePlan({
      ageFrom: 19,
      ageTo: 29,
      caseloadPerLots: 6.5,
      staff: [{ role: 'lots', title: 'Lots', fte: 1, monthlySalary: 38000, fromMonth: 1, toMonth: 12 }],
      otherCosts: [],
      funding: [{ source: 'Socialförvaltningen', amount: 4700000, period: '2' }],
      demand: null,
    });
    expect(await store.replaceUnitYear(next)).toEqual({ replaced: true });
    expect((await store.getUnitYear(next))?.plan).toStrictEqual(next);
    expect(rawOf(store).prepare('SELECT id FROM unit_years').pluck().get()).toBe(idBefore);
    expect(rawOf(store).prepare('SELECT count(*) FROM staff_positions').pluck().get()).toBe(1);
    expect(rawOf(store).prepare('SELECT count(*) FROM demand_assumptions').pluck().get()).toBe(0);
    expect(await store.countUnitYears()).toBe(1);
  });

  it('updating a unit from one year changes its age range for the other years too, but not their caseload (per year since schema 2)', async () => {
    const store = await newStore();
    await store.replaceUnitYear(samplePlan({ year: 2019, ageFrom: 19, ageTo: 29 }));
    await store.replaceUnitYear(samplePlan({ year: 2020, ageFrom: 18, ageTo: null, caseloadPerLots: 8 }));
    const older = await store.getUnitYear({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2019 });
    expect(older?.plan).toMatchObject({ ageFrom: 18, ageTo: null, caseloadPerLots: 7 });
    const newer = await store.getUnitYear({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 });
    expect(newer?.plan.caseloadPerLots).toBe(8);
  });

  it('a plan that breaks a CHECK constraint leaves the previous unit-year intact and throws WRITE_FAILED', async () => {
    const store = await newStore();
    const original = samplePlan();
    await store.replaceUnitYear(original);
    const before = rawOf(store).prepare('SELECT count(*) FROM staff_positions').pluck().get();
    // fte 2 bypasses zod; only the database's CHECK stops it. It is the last staff row, so the
    // earlier rows of the new plan have already been written when the constraint fires.
    const broken: UnitYearPlan = samplePlan({
      ageFrom: 30,
      poPercent: 44.53,
      staff: [...original.staff, { role: 'lots', title: 'Fel', fte: 2, monthlySalary: 1, fromMonth: 1, toMonth: 12 }],
    });
    const error = await store.replaceUnitYear(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('WRITE_FAILED');
    expect((error as StoreError).message).toContain(store.path);
    expect((error as StoreError).message).toContain('Ingenting ändrades');
    expect(await store.getUnitYear(original)).toStrictEqual({ plan: original, exampleValues: false });
    expect(rawOf(store).prepare('SELECT count(*) FROM staff_positions').pluck().get()).toBe(before);
    // The store is still usable after the rollback.
    expect(await store.replaceUnitYear(samplePlan({ poPercent: 40 }))).toEqual({ replaced: true });
  });

  it('a new district and unit are not left behind when their first plan fails', async () => {
    const store = await newStore();
    const broken = samplePlan({ district: 'Farsta', participants: { enrolled: -1, men: 0, women: 0, otherGender: 0, genderUnknown: 0, queue: 0, touched: 0 } });
    await expect(store.replaceUnitYear(broken)).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(await store.catalog()).toEqual([]);
    expect(await store.countUnitYears()).toBe(0);
  });

  it('replaceUnitYears writes all plans or none', async () => {
    const store = await newStore();
    const a = samplePlan({ year: 2019 });
    const b = samplePlan({ year: 2020 });
    await store.replaceUnitYears([
      { plan: a, exampleValues: true },
      { plan: b, exampleValues: false },
    ]);
    expect(await store.countUnitYears()).toBe(2);
    expect((await store.getUnitYear(a))?.exampleValues).toBe(true);

    const c = samplePlan({ year: 2021 });
    const bad = samplePlan({ year: 2022, otherCosts: [{ label: 'Minus', amount: -5 }] });
    const error = await store
      .replaceUnitYears([
        { plan: c, exampleValues: false },
        { plan: bad, exampleValues: false },
      ])
      .catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('WRITE_FAILED');
    expect((error as StoreError).message).toContain('Lotsplan kunde inte spara två enhetsår (felet gällde SIG vuxna (Rinkeby-Kista) 2022) i filen');
    expect(await store.countUnitYears()).toBe(2);
    expect(await store.getUnitYear(c)).toBeNull();
  });
});

describe('catalog and countUnitYears', () => {
  it('sorts unit names with numbers by their value, as every list of names does', async () => {
    const store = await newStore();
    for (const unit of ['SIG 10', 'SIG 2', 'SIG 1']) await store.replaceUnitYear(samplePlan({ district: 'Farsta', unit, year: 2020 }));
    expect((await store.catalog())[0]!.units.map((u) => u.name)).toEqual(['SIG 1', 'SIG 2', 'SIG 10']);
  });

  it('sorts districts and units with Swedish collation and years ascending', async () => {
    const store = await newStore();
    const put = (district: string, unit: string, year: number) => store.replaceUnitYear(samplePlan({ district, unit, year }));
    await put('Östermalm', 'SIG vuxna', 2021);
    await put('Skärholmen', 'SIG vuxna', 2021);
    await put('Skärholmen', 'SIG vuxna', 2019);
    await put('Skarpnäck', 'SIG unga', 2020);
    await put('Älvsjö', 'SIG vuxna', 2020);
    await put('Farsta', 'SIG vuxna', 2020);
    await put('Farsta', 'SIG unga', 2020);
    expect(await store.countUnitYears()).toBe(7);
    expect(await store.catalog()).toEqual([
      {
        name: 'Farsta',
        units: [
          { name: 'SIG unga', years: [2020] },
          { name: 'SIG vuxna', years: [2020] },
        ],
      },
      { name: 'Skarpnäck', units: [{ name: 'SIG unga', years: [2020] }] },
      { name: 'Skärholmen', units: [{ name: 'SIG vuxna', years: [2019, 2021] }] },
      { name: 'Älvsjö', units: [{ name: 'SIG vuxna', years: [2020] }] },
      { name: 'Östermalm', units: [{ name: 'SIG vuxna', years: [2021] }] },
    ]);
  });

  it('leaves out districts without units and lists units without years', async () => {
    const store = await newStore();
    await store.replaceUnitYear(samplePlan());
    rawOf(store).prepare("INSERT INTO districts (name) VALUES ('Tom stadsdel')").run();
    const district = rawOf(store).prepare("SELECT id FROM districts WHERE name = 'Rinkeby-Kista'").pluck().get();
    rawOf(store).prepare("INSERT INTO units (district_id, name) VALUES (?, 'SIG unga')").run(district);
    expect(await store.catalog()).toEqual([
      {
        name: 'Rinkeby-Kista',
        units: [
          { name: 'SIG unga', years: [] },
          { name: 'SIG vuxna', years: [2020] },
        ],
      },
    ]);
  });
});
