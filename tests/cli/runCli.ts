// Runs the real CLI as a user would with `npx lotsplan`, but in process: `main(argv, io)` in a
// worker thread of the test process, with the environment and working folder a child process
// would get and its output collected. The call stays synchronous (the test thread waits on a
// shared flag), so tests read like spawned runs; the CLI is loaded once per Vitest worker (its
// test files share one module cache, isolate: false) instead of once per call. bin/lotsplan.js
// itself is covered by the spawned smoke tests (smoke.test.ts, runCliSpawned).
//
// `demo --db FILE` for a file that does not exist yet is served by copying a database that the
// real command wrote once in this Vitest worker (the seed is the same every time), so that tests
// which only need demo data do not each load it anew.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { deferFileCleanup } from '../support/cleanups.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/lotsplan.js');
const WORKER = path.resolve(import.meta.dirname, 'cliWorker.ts');
/** How long one command may take before it counts as hanging (as the spawned runs' timeout). */
const TIMEOUT_MS = 60_000;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface CliWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let cliWorker: CliWorker | null = null;

/** Waits for the worker's next answer; null when it did not come in time. */
function receive(w: CliWorker): unknown {
  const waited = Atomics.wait(w.signal, 0, 0, TIMEOUT_MS);
  if (waited === 'timed-out') return null;
  Atomics.store(w.signal, 0, 0);
  return receiveMessageOnPort(w.port)?.message ?? null;
}

function startWorker(): CliWorker {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, { workerData: { port: port2, signal }, transferList: [port2], execArgv: [], stdout: false, stderr: false });
  // The worker must not keep the test process alive once the file's tests are done.
  worker.unref();
  const w = { worker, port: port1, signal };
  const ready = receive(w) as { ready: boolean; error?: string } | null;
  if (!ready?.ready) {
    void worker.terminate();
    throw new Error(`The CLI could not be loaded in a worker thread: ${ready?.error ?? 'no answer in time'}`);
  }
  return w;
}

function runInWorker(args: string[], env: Record<string, string>): CliRun {
  cliWorker ??= startWorker();
  const w = cliWorker;
  w.port.postMessage({ args, env: { ...process.env, LOTSPLAN_DB: '', ...env }, cwd: process.cwd() });
  const result = receive(w) as CliRun | null;
  if (result === null) {
    // A command that hangs is reported as a killed child would be; the next run gets a new worker.
    void w.worker.terminate();
    cliWorker = null;
    return { status: null, stdout: '', stderr: `lotsplan ${args.join(' ')} did not finish within ${TIMEOUT_MS / 1000} s.\n` };
  }
  return result;
}

// The worker's demo database, kept in memory: its files share one module cache (isolate: false),
// and the folder it was written in goes with the file that made it.
let demoSeed: { bytes: Buffer; file: string; stdout: string } | null = null;

/** `demo --db FILE` into a new file: a copy of the database the real command wrote once. */
function seededDemo(file: string): CliRun {
  if (demoSeed === null) {
    const seed = path.join(tempDir(), 'demo-seed.sqlite');
    const run = runInWorker(['demo', '--db', seed], {});
    if (run.status !== 0 || fs.existsSync(`${seed}-wal`)) return run;
    demoSeed = { bytes: fs.readFileSync(seed), file: seed, stdout: run.stdout };
  }
  fs.writeFileSync(file, demoSeed.bytes, { flag: 'wx' });
  return { status: 0, stdout: demoSeed.stdout.replaceAll(demoSeed.file, file), stderr: '' };
}

export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  if (args.length === 3 && args[0] === 'demo' && args[1] === '--db' && Object.keys(env).length === 0) {
    const file = path.resolve(process.cwd(), args[2]!);
    if (!fs.existsSync(file) && fs.existsSync(path.dirname(file))) return seededDemo(file);
  }
  return runInWorker(args, env);
}

/** Runs bin/lotsplan.js as a child process, for the few smoke tests of the real entry point. */
export function runCliSpawned(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOTSPLAN_DB: '', ...env },
    timeout: TIMEOUT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp folder removed after the test file. */
export function tempDir(prefix = 'lotsplan-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  deferFileCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
