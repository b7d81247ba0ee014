// The command-line entry of the browser host: arguments, the start-up line and a clean stop.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const serve = path.resolve(import.meta.dirname, '../../src/hosts/browser/serve.ts');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-serve-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  const child = spawn(process.execPath, [serve, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('serve.ts', () => {
  it('prints where it runs, answers on 127.0.0.1 and stops on SIGTERM', async () => {
    const db = path.join(dir, 'lotsplan.sqlite');
    const proc = run(['--db', db]);
    // The two start-up lines are separate writes and may arrive in separate chunks.
    await waitFor(() => proc.out().includes('Den fungerar en gång'));
    const match = /^Lotsplan körs på (http:\/\/127\.0\.0\.1:(\d+)\/)\?engangsnyckel=([A-Za-z0-9_-]{43}) \(databas: (.+)\)\. Avsluta med Ctrl\+C\.\n/.exec(
      proc.out(),
    );
    expect(match, proc.out()).not.toBeNull();
    expect(match![4]).toBe(db);
    expect(proc.out()).toContain('Den fungerar en gång');
    const answer = await fetch(`${match![1]}api/listCatalog`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(answer.status).toBe(401);
    // The clean address shows nothing without the cookie that the printed address gives.
    expect((await fetch(match![1]!)).status).toBe(401);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(proc.out()).toContain('Lotsplan har avslutats och databasen är stängd.');
    // The refused call never opened the database, so no file was created.
    await expect(stat(db)).rejects.toThrow();
  });

  it('refuses an invalid port with a Swedish message', async () => {
    const proc = run(['--db', path.join(dir, 'x.sqlite'), '--port', 'åttio']);
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toContain('Porten ”åttio” är inte ett tal mellan 0 och 65535.');
  });

  it('refuses unknown arguments', async () => {
    const proc = run(['--databas', 'x']);
    expect(await proc.exited).toBe(2);
    expect(proc.err()).toContain('Användning: node src/hosts/browser/serve.ts');
  });
});
