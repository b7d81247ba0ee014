// The real entry point, bin/lotsplan.js, as a child process: the other CLI tests run main() in
// process (runCli), so these few runs check what only a process shows: that the file starts under
// the project's Node, loads the command modules, writes to the real standard streams and sets the
// exit code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliSpawned, tempDir } from './runCli.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/lotsplan.js');

/** Runs bin/lotsplan.js and closes its standard output after the first chunk, as `| head -1` does. */
function runWithReaderGone(args: string[]): Promise<{ status: number | null; chunks: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOTSPLAN_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let chunks = 0;
    let stderr = '';
    child.stdout.on('data', () => {
      chunks++;
      child.stdout.destroy();
    });
    child.stderr.on('data', (text: Buffer) => {
      stderr += text.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, chunks, stderr }));
  });
}

describe('bin/lotsplan.js as a process', () => {
  it('lists the commands with exit 0, and an unknown command gives exit 2 and a Swedish message', () => {
    const help = runCliSpawned(['--help']);
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/forecast\s+Köprognos/);
    expect(help.stdout).toMatch(/restore\s+Återställer/);
    const unknown = runCliSpawned(['prognos']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Okänt kommando ”prognos”');
  });

  it('creates the demo database and prints its figures as JSON', () => {
    const db = path.join(tempDir(), 'demo.sqlite');
    const demo = runCliSpawned(['demo', '--db', db]);
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
    const figures = runCliSpawned(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--json']);
    expect(figures.stderr).toBe('');
    expect(figures.status).toBe(0);
    expect(JSON.parse(figures.stdout)).toMatchObject({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, capacity: 28, enrolled: 27 });
  });

  it('forecasts without a database, and refuses a bad flag value with exit 2', () => {
    const run = runCliSpawned(['forecast', '--arrivals', '2.25', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).months).toHaveLength(24);
    const bad = runCliSpawned(['forecast', '--arrivals', 'många', '--stay', '12', '--lotsar', '4', '--caseload', '7']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--arrivals');
  });

  it('ends quietly, without a stack trace, when the reader of its output stops reading (| head)', async () => {
    // Enough forecasts that the output is far larger than a pipe holds, so that writing goes on
    // after the reader has gone.
    const batch = path.join(tempDir(), 'alternativ.jsonl');
    const line = JSON.stringify({ arrivals: 2.25, stay: 12, lotsar: 4, caseload: 7, horizon: 120 });
    fs.writeFileSync(batch, `${Array.from({ length: 60 }, () => line).join('\n')}\n`);
    const run = await runWithReaderGone(['forecast', '--batch', batch]);
    expect(run.chunks).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
