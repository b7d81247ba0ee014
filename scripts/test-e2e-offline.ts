// Runs the end-to-end suite inside a network namespace that has only a loopback interface: if the
// app needed the network for anything, this run would fail. Where user namespaces are not allowed
// (some CI runners, macOS, Windows), it says so and runs the suite normally; `npm test` runs the
// suite only through here, once.
import { spawnSync } from 'node:child_process';

const probe = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore' });
if (probe.error || probe.status !== 0) {
  console.log('E2E: unshare -rn fungerar inte på den här maskinen, så sviten körs som vanligt, med nätverket kvar.');
  const plain = spawnSync('playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(plain.status ?? 1);
}
console.log('E2E utan nätverk: kör Playwright i ett nätverksnamnrymd med bara loopback.');
const run = spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up && exec playwright test "$@"', 'sh', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, LOTSPLAN_OFFLINE_RUN: '1' },
});
process.exit(run.status ?? 1);
