// `npm test`, which CI runs: the type check, the build, the lint (`npm run lint`: Biome's rules, the import boundaries
// and the formatting, then the folder cycles) and the unit tests (with the coverage thresholds of vitest.config.ts)
// side by side, since none needs another. Then the end-to-end suite once, on the build: inside a
// network namespace with only loopback where `unshare -rn` works, otherwise normally
// (scripts/test-e2e-offline.ts). The unit tests and the E2E suite print as they run; the other
// steps print their output when they fail. Exit 1 when any step failed.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

interface Step {
  name: string;
  command: string;
  /** Print the output as it comes (otherwise only on failure). */
  live: boolean;
}

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

function run(step: Step): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, { cwd: root, shell: true, stdio: step.live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = code === 0;
      if (!step.live) {
        console.log(`\n── ${step.name}: ${ok ? 'klart' : 'MISSLYCKADES'} (${seconds.toFixed(0)} s)`);
        if (!ok) process.stdout.write(output);
      }
      resolve({ name: step.name, ok, seconds });
    });
  });
}

const npmRun = (script: string) => `npm run --silent ${script}`;
const parallel: Step[] = [
  { name: 'Typkontroll', command: npmRun('typecheck'), live: false },
  { name: 'Bygge', command: npmRun('build'), live: false },
  { name: 'Lint och importgränser', command: npmRun('lint'), live: false },
  { name: 'Enhetstester med täckning', command: 'vitest run --coverage', live: true },
];
const outcomes = await Promise.all(parallel.map(run));
const built = outcomes.find((o) => o.name === 'Bygge')?.ok === true;
if (built) outcomes.push(await run({ name: 'E2E', command: npmRun('test:e2e:offline'), live: true }));
else console.log('\nE2E körs inte: bygget misslyckades.');

console.log('\nnpm test:');
for (const o of outcomes) console.log(`  ${o.ok ? 'OK  ' : 'FEL '} ${o.name.padEnd(28)} ${o.seconds.toFixed(0).padStart(4)} s`);
process.exit(outcomes.every((o) => o.ok) && built ? 0 : 1);
