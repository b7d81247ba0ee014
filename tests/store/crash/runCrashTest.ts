// The crash test shared by `npm test` (at least 50 kills) and `npm run bench -- --crash` (1 000):
// a child writes numbered unit-years through the real store; we SIGKILL it at random moments,
// then check that the file is intact, every number the child reported as committed is there,
// and no write is partial.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../../src/store/index.ts';
import { bundledChild } from './bundledChild.ts';
import { expectedStaffRows } from './crashPlan.ts';

const WRITER = path.join(import.meta.dirname, 'writer.ts');

export interface CrashTestResult {
  kills: number;
  committed: number;
  problems: string[];
}

function runUntilKilled(writer: string, dbPath: string, first: number, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: number[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        else if (line !== '') committed.push(Number(line));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited without being killed: ${stderr}`));
      else resolve(committed);
    });
  });
}

export async function runCrashTest(kills: number, random: () => number = Math.random): Promise<CrashTestResult> {
  const writer = await bundledChild(WRITER);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-crash-'));
  const dbPath = path.join(dir, 'crash.sqlite');
  const reported: number[] = [];
  let next = 1;
  for (let k = 0; k < kills; k++) {
    const committed = await runUntilKilled(writer, dbPath, next, Math.floor(random() * 60));
    reported.push(...committed);
    next = (committed.at(-1) ?? next - 1) + 2; // skip the number that may have been in flight
  }
  const problems: string[] = [];
  const store = await openStore(dbPath, { create: false });
  try {
    const health = await store.check();
    if (!health.healthy) problems.push(`integrity: ${health.messages.join(' ')}`);
    const units = new Set((await store.catalog()).flatMap((d) => d.units.map((u) => u.name)));
    for (const n of reported) {
      if (!units.has(`Enhet ${n}`)) problems.push(`committed write ${n} is missing`);
    }
    for (const unit of units) {
      const n = Number(unit.replace('Enhet ', ''));
      const stored = await store.getUnitYear({ district: 'Krocktest', unit, year: 2020 });
      const plan = stored?.plan;
      const complete =
        plan !== undefined &&
        plan.staff.length === expectedStaffRows(n) &&
        plan.staff.every((s) => s.monthlySalary === n) &&
        plan.otherCosts[0]?.amount === n &&
        plan.funding[0]?.amount === n &&
        plan.participants.touched === n &&
        plan.demand?.meanStayMonths === (n % 24) + 1;
      if (!complete) problems.push(`write ${n} is partial`);
    }
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { kills, committed: reported.length, problems };
}
