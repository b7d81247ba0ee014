// `npm test`, which CI runs: the type check, the build, the lint (`npm run lint`: Biome's rules, the import boundaries
// and the formatting, then the folder cycles and the references outside the repository) and the unit tests side by side, since none needs another. The unit tests
// run as two Vitest processes: every project but "deep" with coverage (and the thresholds of vitest.config.ts), and
// "deep", the long property, simulation and power-loss tests, without: coverage made them about 1,6 times as costly
// (36 CPU-seconds against 22) and they reached no line the other projects do not (vitest.config.ts). The end-to-end suite needs only the
// build, so it starts as soon as the build is done and runs beside the unit tests: inside a network namespace with only
// loopback where `unshare -rn` works, otherwise normally (scripts/test-e2e-offline.ts). The whole run is bound by the
// CPU of a two-core machine, so what runs when matters little; what runs at all does.
// LOTSPLAN_VITEST_WORKERS=1 gives each Vitest process one worker. LOTSPLAN_TEST_SERIAL=1 runs the E2E suite after the
// unit tests instead. The coverage run prints as it runs; the E2E suite's and the deep tests' lines are marked
// "E2E │" and "Djupa tester │"; the other steps print their output when they fail. A failed or flaky E2E run's error
// reports and summary, and a failed deep run's last lines, are printed again just above the closing table (scripts/failureDigest.ts),
// where a log read from its end shows them. The closing table ends with the busy CPU-seconds of the run (scripts/cpuTime.ts),
// so that a slow run on a slow day can be told from tests that do more, and the time of a fixed loop run before anything else (scripts/machinePace.ts), which says how fast the machine is that day; a warning first and last when other programs kept the cores busy
// just before the run (scripts/cpuTime.ts). Exit 1 when any step failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { busyBeforeWarning, busyShare, cpuSummary, parseCpuLine, type CpuReading } from './cpuTime.ts';
import { failureDigest, hasFlaky } from './failureDigest.ts';
import { paceMs, paceSummary } from './machinePace.ts';

const root = path.resolve(import.meta.dirname, '..');
const serial = process.env.LOTSPLAN_TEST_SERIAL === '1';

interface Step {
  name: string;
  command: string;
  /** How the output is shown: as it comes, as it comes with each line marked, or only on failure. */
  output: 'live' | 'marked' | 'on-failure';
  env?: Record<string, string>;
}

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  /** For a failed step whose lines were marked: what it said of its failures, to print again at the end. */
  digest: string[];
}

/** Writes whole lines of a stream with a mark before each, so that two live steps stay readable; keeps them in `kept`. */
function marked(mark: string, kept: string[]): (chunk: Buffer) => void {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      process.stdout.write(`${mark}${line}\n`);
      kept.push(line);
    }
  };
}

function run(step: Step): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      cwd: root,
      shell: true,
      stdio: step.output === 'live' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    });
    let output = '';
    const kept: string[] = [];
    if (step.output === 'marked') {
      child.stdout?.on('data', marked(`${step.name} │ `, kept));
      child.stderr?.on('data', marked(`${step.name} │ `, kept));
    } else {
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    }
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      if (step.output !== 'live') {
        console.log(`\n── ${step.name}: ${ok ? 'klart' : 'MISSLYCKADES'} (${seconds.toFixed(0)} s)`);
        if (!ok && step.output === 'on-failure') process.stdout.write(output);
      }
      resolve({ name: step.name, ok, seconds, digest: (!ok || hasFlaky(kept)) && step.output === 'marked' ? failureDigest(kept) : [] });
    });
  });
}

const npmRun = (script: string) => `npm run --silent ${script}`;
// One retry beside the unit tests: on two cores a test can miss a deadline only because Vitest took the CPU. A test
// that passes on its retry is reported as flaky in the closing lines, so it is seen, not hidden.
const e2e = (output: Step['output']): Step => ({ name: 'E2E', command: npmRun('test:e2e:offline'), output, env: { LOTSPLAN_E2E_RETRIES: '1' } });
// Every project but deep, so that a project added to vitest.config.ts is covered without a word here.
const unit: Step = { name: 'Enhetstester med täckning', command: "vitest run --coverage '--project=!deep'", output: 'live' };
const deep: Step = { name: 'Djupa tester', command: 'vitest run --project deep', output: 'marked' };

/** The machine's CPU counters now, or null where /proc/stat cannot be read (not Linux). */
function readCpu(): CpuReading | null {
  try {
    return parseCpuLine(fs.readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

// How busy other programs keep the cores while this script only waits, then the machine's pace, both before anything
// else runs, so that they measure the machine, not the run (scripts/cpuTime.ts, scripts/machinePace.ts).
const quietStart = readCpu();
await new Promise((resolve) => setTimeout(resolve, 500));
const quietEnd = readCpu();
const busyBefore = quietStart && quietEnd ? busyBeforeWarning(busyShare(quietStart, quietEnd)) : null;
if (busyBefore) console.log(busyBefore);
const pace = paceMs();
const cpuBefore = readCpu();
const started = performance.now();
let built = false;
const build = run({ name: 'Bygge', command: npmRun('build'), output: 'on-failure' });
// The E2E suite runs on the build, so it follows the build rather than the slowest step.
const afterBuild = build.then(async (outcome): Promise<Outcome[]> => {
  built = outcome.ok;
  if (!built) {
    console.log('\nE2E körs inte: bygget misslyckades.');
    return [outcome];
  }
  return serial ? [outcome] : [outcome, await run(e2e('marked'))];
});
const others = Promise.all([
  run({ name: 'Typkontroll', command: npmRun('typecheck'), output: 'on-failure' }),
  run({ name: 'Lint och importgränser', command: npmRun('lint'), output: 'on-failure' }),
  run(unit),
  run(deep),
]);
const outcomes = [...(await others), ...(await afterBuild)];
if (serial && built) outcomes.push(await run(e2e('live')));

for (const o of outcomes.filter((o) => o.digest.length > 0)) {
  console.log(`\n── ${o.name} ${o.ok ? 'lyckades, men några tester först vid andra försöket' : 'misslyckades'}, i korthet:`);
  for (const line of o.digest) console.log(`${o.name} │ ${line}`);
}
console.log('\nnpm test:');
for (const o of outcomes) console.log(`  ${o.ok ? 'OK  ' : 'FEL '} ${o.name.padEnd(28)} ${o.seconds.toFixed(0).padStart(4)} s`);
console.log(`  Totalt ${((performance.now() - started) / 1000).toFixed(0)} s${serial ? ' (E2E efter enhetstesterna)' : ' (E2E bredvid enhetstesterna)'}`);
const cpuAfter = readCpu();
if (cpuBefore && cpuAfter) console.log(`  ${cpuSummary(cpuBefore, cpuAfter, os.availableParallelism())}`);
console.log(`  ${paceSummary(pace)}`);
if (busyBefore) console.log(`  ${busyBefore}`);
process.exit(outcomes.every((o) => o.ok) && built ? 0 : 1);
