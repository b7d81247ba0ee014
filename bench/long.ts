// The long checks behind `npm run bench -- --crash` and `npm run bench -- --long`: too slow for
// `npm test`, run before a release or after touching the store or a parser.
import { spawnSync } from 'node:child_process';
import { runCrashTest } from '../tests/store/crash/runCrashTest.ts';
import { runOpsCrashTest } from '../tests/store/crash/runOpsCrashTest.ts';
import { runFaultCases } from '../tests/store/faults/runFaultCases.ts';
import { runPowerLoss } from '../tests/store/faults/powerLoss.ts';

/** 1 000 SIGKILLs of a writing child process, 300 during imports, backups and restores, then the fault and power-loss runs; returns the number of failed checks. */
export async function crashBench(kills = 1_000): Promise<number> {
  const started = Date.now();
  const result = await runCrashTest(kills);
  const seconds = ((Date.now() - started) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  const ok = result.problems.length === 0;
  console.log(
    `${ok ? 'OK  ' : 'FEL '}  Krocktest: ${result.kills} SIGKILL, ${result.committed} bekräftade skrivningar, ${result.problems.length} problem (${seconds} s)`,
  );
  for (const problem of result.problems.slice(0, 20)) console.log(`      ${problem}`);
  const opsStarted = Date.now();
  const ops = await runOpsCrashTest(300);
  const opsSeconds = ((Date.now() - opsStarted) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  const opsOk = ops.problems.length === 0;
  console.log(
    `${opsOk ? 'OK  ' : 'FEL '}  Krocktest av import med säkerhetskopia, säkerhetskopia och återställning: ${ops.kills} SIGKILL, ${ops.inFlight} mitt i en åtgärd, ${ops.finished} avslutade, ${ops.problems.length} problem (${opsSeconds} s)`,
  );
  for (const problem of ops.problems.slice(0, 20)) console.log(`      ${problem}`);
  return (ok ? 0 : 1) + (opsOk ? 0 : 1) + (await faultBench());
}

/** Fault injection at every step of every writing operation, once and persistently, and at every pair of steps. */
export async function faultBench(): Promise<number> {
  const started = Date.now();
  const result = await runFaultCases({ pairs: true });
  const seconds = ((Date.now() - started) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  const ok = result.problems.length === 0;
  const steps = Object.entries(result.stepsPerScenario)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  console.log(
    `${ok ? 'OK  ' : 'FEL '}  Felinjicering: ${result.cases} fall (${steps} steg), ${result.failed} med fel, ${result.problems.length} problem (${seconds} s)`,
  );
  for (const problem of result.problems.slice(0, 20)) console.log(`      ${problem}`);
  const powerStarted = Date.now();
  const power = await runPowerLoss({ randomSubsets: 20 });
  const powerSeconds = ((Date.now() - powerStarted) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  const powerOk = power.problems.length === 0;
  console.log(
    `${powerOk ? 'OK  ' : 'FEL '}  Strömavbrott: ${power.images} krascher med förlorade osynkade skrivningar, ${power.problems.length} problem (${powerSeconds} s)`,
  );
  for (const problem of power.problems.slice(0, 20)) console.log(`      ${problem}`);
  return ok && powerOk ? 0 : 1;
}

/** The fuzz tests with 100 000 cases each instead of 500. */
export function longFuzz(runs = 100_000): number {
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/core/parserFuzz.test.ts', 'tests/api/dispatch.fuzz.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, LOTSPLAN_FUZZ_RUNS: String(runs) },
  });
  const ok = run.status === 0;
  console.log(`${ok ? 'OK  ' : 'FEL '}  Fuzzning med ${runs.toLocaleString('sv-SE')} fall per parser och kontrakt`);
  const chainRuns = 5000;
  const chain = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/store/backupChain.property.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, LOTSPLAN_BACKUP_CHAIN_RUNS: String(chainRuns) },
  });
  const chainOk = chain.status === 0;
  console.log(`${chainOk ? 'OK  ' : 'FEL '}  Säkerhetskopiornas kedja med ${chainRuns.toLocaleString('sv-SE')} slumpade följder`);
  return ok && chainOk ? 0 : 1;
}
