// The restore drill: after a realistic stretch of work (the demo, imports in a row, a statistics
// import, edits, a memo, a manual backup, a restore and an export), every backup that is kept is
// restored to a file of its own, opened by the store and checked in full, and holds exactly the
// state of the database at the moment its name says it was taken. The exported file too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/store/backups/list.ts';
import { restoreDatabase } from '../../src/store/backups/restore.ts';
import { readBackupFile, withCandidateFile } from '../../src/store/backups/exportFile.ts';
import { openStore } from '../../src/store/openStore.ts';
import { statisticsWorkbook } from '../../src/api/export/statisticsWorkbook.ts';
import { toUnitExchangeText } from '../../src/core/exchange/unitExchangeFile.ts';
import { demoUnitYears } from '../../src/api/demo/demoData.ts';
import { readState, session, type DbState, type Session } from './faults/scenarios.ts';

const RK = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The database's state now (the store is closed for the read, and reopened by the next call). */
async function stateOf(s: Session): Promise<DbState> {
  await s.close();
  return readState(s.db);
}

describe('restore drill', () => {
  it('every kept backup, and the exported file, restores to a database that opens, passes its checks and holds the state its name promises', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-drill-'));
    dirs.push(dir);
    const s = session(dir);
    await ok(s.call('loadDemo', {}));
    /** The state before each operation that takes a backup, by the reason of that backup. */
    const promised: { reason: string; state: DbState }[] = [];

    for (let i = 1; i <= 4; i++) {
      const plan = structuredClone(demoUnitYears()[0]!.plan);
      plan.participants = { ...plan.participants, enrolled: 20 + i, men: 17 + i };
      promised.push({ reason: 'fore-import', state: await stateOf(s) });
      await ok(s.call('importExchange', { fileName: `plan-${i}.json`, text: toUnitExchangeText(plan) }));
    }
    const xlsx = await statisticsWorkbook(RK, [
      { month: '2020-03', referrals: 3, newEnrolments: 2, discharges: 1, enrolledAtMonthEnd: 28, queueAtMonthEnd: 0, dischargesByStay: null },
    ] as never);
    promised.push({ reason: 'fore-import-av-statistik', state: await stateOf(s) });
    await ok(s.call('importMonthlyStatistics', { district: RK.district, unit: RK.unit, fileName: 'statistik.xlsx', base64: xlsx.toString('base64') }));
    await ok(s.call('updateOtherCosts', { ...RK, otherCosts: [{ label: 'Lokaler', amount: 199_000 }] }));
    await ok(s.call('createMemo', { ...RK, type: 'redovisning' }));
    promised.push({ reason: 'manuell', state: await stateOf(s) });
    const manual = await ok(s.call('backupNow', {}));
    await ok(s.call('updateOtherCosts', { ...RK, otherCosts: [] }));
    promised.push({ reason: 'fore-aterstallning', state: await stateOf(s) });
    await ok(s.call('restoreBackup', { fileName: manual.fileName }));
    const exportedState = await stateOf(s);
    const exported = await ok(s.call('exportBackupFile', {}));
    await s.close();

    const listing = listBackups(s.db);
    expect(listing.backups.length).toBe(promised.length);
    // Newest first in the listing; oldest first in `promised`.
    const kept = [...listing.backups].reverse();
    for (const [i, backup] of kept.entries()) {
      expect(backup.usable, backup.fileName).toBe(true);
      expect(backup.reason, backup.fileName).toBe(promised[i]!.reason);
      const target = path.join(dir, 'ovning', `${i}.sqlite`);
      await restoreDatabase(target, backup.path);
      const store = await openStore(target, { create: false });
      const health = await store.check();
      expect(health.healthy, `${backup.fileName}: ${health.messages.join(' ')}`).toBe(true);
      // Every unit-year it holds can be read back through the store.
      for (const district of await store.catalog()) {
        for (const unit of district.units)
          for (const year of unit.years) expect(await store.getUnitYear({ district: district.name, unit: unit.name, year })).not.toBeNull();
      }
      await store.close();
      expect(readState(target), backup.fileName).toEqual(promised[i]!.state);
    }

    // The exported file restores too, through its checksum.
    const read = readBackupFile(Buffer.from(exported.base64, 'base64'), exported.fileName);
    const target = path.join(dir, 'ovning', 'exporterad.sqlite');
    await withCandidateFile(target, read, exported.fileName, (candidate) => restoreDatabase(target, candidate));
    const store = await openStore(target, { create: false });
    expect((await store.check()).healthy).toBe(true);
    await store.close();
    expect(readState(target)).toEqual(exportedState);
  }, 120_000);
});
