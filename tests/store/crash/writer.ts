// Child process for the crash test: numbered writes through the real store, each number printed
// on stdout only after its transaction has committed. The parent kills this process with SIGKILL.
// Run as: node tests/store/crash/writer.ts DB_PATH FIRST_NUMBER
import { openStore } from '../../../src/store/index.ts';
import { crashPlan } from './crashPlan.ts';

const [dbPath, firstArg] = process.argv.slice(2);
if (!dbPath || !firstArg) throw new Error('usage: writer.ts DB FIRST');
const store = await openStore(dbPath);
process.stdout.write('ready\n');
for (let n = Number(firstArg); ; n++) {
  await store.replaceUnitYear(crashPlan(n));
  process.stdout.write(`${n}\n`);
}
