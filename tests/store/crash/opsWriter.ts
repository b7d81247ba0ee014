// Child process for the crash test of the operations that write files besides SQLite: an import
// (which takes a backup first), a manual backup and a restore of the newest "före import" backup,
// in turn, through the real API. Before each it prints what the database will hold afterwards,
// after each what it holds; the parent kills this process with SIGKILL at random moments.
// Run as: node tests/store/crash/opsWriter.ts DB_PATH FIRST_NUMBER
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDispatch } from '../../../src/api/dispatch.ts';
import { createStoreContext } from '../../../src/api/storeContext.ts';
import { openStore } from '../../../src/store/openStore.ts';
import { toUnitExchangeText } from '../../../src/core/exchange/unitExchangeFile.ts';
import { crashPlan } from './crashPlan.ts';

const [dbPath, firstArg] = process.argv.slice(2);
if (!dbPath || !firstArg) throw new Error('usage: opsWriter.ts DB FIRST');
const ctx = createStoreContext(dbPath, { open: (file, options) => openStore(file, options) });
const dispatch = createDispatch(ctx);

/** The units in a database file, sorted and joined: the state the parent compares. */
function units(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM units ORDER BY name').pluck().all() as string[]).join('|');
  } finally {
    db.close();
  }
}

async function current(): Promise<string> {
  await ctx.getStore(); // the database exists and is open before it is read
  return units(dbPath!);
}

async function must(call: string, input: unknown): Promise<unknown> {
  const result = await dispatch(call, input);
  if (!result.ok) throw new Error(`${call}: ${JSON.stringify(result.error)}`);
  return result.value;
}

process.stdout.write(`ready ${await current()}\n`);
for (let n = Number(firstArg); ; n++) {
  const now = await current();
  const kind = n % 3;
  if (kind === 0) {
    const next = [...now.split('|').filter(Boolean), `Enhet ${n}`].sort().join('|');
    process.stdout.write(`begin ${n} import ${next}\n`);
    await must('importExchange', { fileName: `krock-${n}.json`, text: toUnitExchangeText(crashPlan(n)) });
  } else if (kind === 1) {
    process.stdout.write(`begin ${n} backup ${now}\n`);
    await must('backupNow', {});
  } else {
    const listing = (await must('listBackups', {})) as { backupDir: string; backups: { fileName: string; reason: string }[] };
    const chosen = listing.backups.find((b) => b.reason === 'fore-import');
    if (!chosen) continue;
    process.stdout.write(`begin ${n} restore ${units(path.join(listing.backupDir, chosen.fileName))}\n`);
    await must('restoreBackup', { fileName: chosen.fileName });
  }
  process.stdout.write(`done ${n} ${await current()}\n`);
}
