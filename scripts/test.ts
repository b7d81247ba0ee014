// `npm test`, which CI runs: the type check, the build, the lint (`npm run lint`: Biome's rules, the import boundaries
// and the formatting, then the folder cycles) and the unit tests (with the coverage thresholds of vitest.config.ts)
// side by side, since none needs another. The end-to-end suite needs only the build, so it starts as soon as the build
// is done and runs beside the unit tests: inside a network namespace with only loopback where `unshare -rn` works,
// otherwise normally (scripts/test-e2e-offline.ts). Vitest runs its projects on every core but for the crash tests
// (vitest.config.ts), so Playwright shares the cores with it; LOTSPLAN_VITEST_WORKERS=1 leaves it one.
// LOTSPLAN_TEST_SERIAL=1 runs the E2E suite after the unit tests instead, as before.
// The unit tests print as they run, the E2E suite's lines are marked "E2E │"; the other steps print their output when
// they fail. Exit 1 when any step failed.
import { spawn } from 'node:child_process';
import path from 'node:path';

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
}

/** Writes whole lines of a stream with a mark before each, so that two live steps stay readable. */
function marked(mark: string): (chunk: Buffer) => void {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`${mark}${line}\n`);
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
    if (step.output === 'marked') {
      child.stdout?.on('data', marked(`${step.name} │ `));
      child.stderr?.on('data', marked(`${step.name} │ `));
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
      resolve({ name: step.name, ok, seconds });
    });
  });
}

const npmRun = (script: string) => `npm run --silent ${script}`;
const e2e = (output: Step['output']): Step => ({ name: 'E2E', command: npmRun('test:e2e:offline'), output });
const unit: Step = { name: 'Enhetstester med täckning', command: 'vitest run --coverage', output: 'live' };

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
]);
const outcomes = [...(await others), ...(await afterBuild)];
if (serial && built) outcomes.push(await run(e2e('live')));

console.log('\nnpm test:');
for (const o of outcomes) console.log(`  ${o.ok ? 'OK  ' : 'FEL '} ${o.name.padEnd(28)} ${o.seconds.toFixed(0).padStart(4)} s`);
console.log(`  Totalt ${((performance.now() - started) / 1000).toFixed(0)} s${serial ? ' (E2E efter enhetstesterna)' : ' (E2E bredvid enhetstesterna)'}`);
process.exit(outcomes.every((o) => o.ok) && built ? 0 : 1);
