// The worker thread behind runCli: loads the CLI once and runs `main(argv, io)` for each request,
// with the request's environment and working folder and its output collected, then wakes the
// test thread that waits for it (see runCli.ts). Plain Node (type stripping), not Vitest's
// transform, so it imports the sources exactly as bin/lotsplan.js does.
import { workerData, type MessagePort } from 'node:worker_threads';

interface Request {
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function answer(result: { status: number | null; stdout: string; stderr: string }): void {
  port.postMessage(result);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

let current: { stdout: string; stderr: string } | null = null;
// An error that escapes a command would end a spawned process with status 1 and a stack trace.
process.on('uncaughtException', (error) => {
  if (current === null) throw error;
  const { stdout, stderr } = current;
  current = null;
  answer({ status: 1, stdout, stderr: `${stderr}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n` });
});

let main: typeof import('../../src/cli/main.ts').main;
try {
  ({ main } = await import('../../src/cli/main.ts'));
} catch (error) {
  port.postMessage({ ready: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  throw error;
}

port.on('message', (request: Request) => {
  const output = { stdout: '', stderr: '' };
  current = output;
  main(request.args, {
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
    env: request.env,
    cwd: request.cwd,
  }).then(
    (status) => {
      if (current !== output) return;
      current = null;
      answer({ status, ...output });
    },
    (error: unknown) => {
      if (current !== output) return;
      current = null;
      answer({ status: 1, stdout: output.stdout, stderr: `${output.stderr}${String(error)}\n` });
    },
  );
});
port.postMessage({ ready: true });
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
