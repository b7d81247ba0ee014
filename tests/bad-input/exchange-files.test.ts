// Catalogue, part 2: whole files, imported with the real CLI as a child process
// (`lotsplan import FIL --db DB`) into a database that holds a unit-year; cases about the content
// rather than the reading of the file run the CLI's main() in this process (see `via` in cases.ts).
// The cases are listed in cases.ts; small files live in cases/, big ones are generated into a temp folder.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliRun } from '../cli/runCli.ts';
import { CASES_DIR, dbHash, expectSwedish, logicalState, plain, runCliAsync, seededDatabase, tempDir } from './support.ts';
import { FILE_CASES } from './cases.ts';

let template: string;

/** The CLI's own entry point in this process, with its output collected. */
async function runMain(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { LOTSPLAN_DB: '' },
    cwd: process.cwd(),
  });
  return { status, stdout, stderr };
}

beforeAll(async () => {
  template = await seededDatabase(path.join(tempDir(), 'mall.sqlite'));
});

describe.concurrent('exchange files through `lotsplan import`', () => {
  it('every file in cases/ is listed in the manifest', () => {
    const listed = new Set(FILE_CASES.map((c) => c.file).filter(Boolean));
    expect(fs.readdirSync(CASES_DIR).filter((f) => !listed.has(f))).toEqual([]);
  });

  for (const c of FILE_CASES) {
    it(c.name, async () => {
      const dir = tempDir();
      const db = path.join(dir, 'lotsplan.sqlite');
      fs.copyFileSync(template, db);
      const input = c.file ? path.join(CASES_DIR, c.file) : c.generate!(dir);
      const before = dbHash(db);
      const started = Date.now();
      const args = ['import', input, '--db', db];
      const run = c.via === 'main' ? await runMain(args) : await runCliAsync(args);
      const elapsed = Date.now() - started;

      expect(run.status, run.stderr).toBe(c.status);
      const output = plain(c.status === 0 ? run.stdout : run.stderr);
      for (const message of c.messages) expect(output).toContain(message.replace('{file}', input));
      if (c.status === 1) {
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(input);
        expectSwedish(run.stderr);
      }
      expect(run.stderr).not.toMatch(/Internt fel|RangeError|Maximum call stack/);
      if (c.maxMs !== undefined) expect(elapsed).toBeLessThan(c.maxMs);

      if (c.database === 'unchanged') {
        expect(dbHash(db)).toBe(before);
        expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
      } else {
        expect(logicalState(db)).toEqual({ integrity: 'ok', unitYears: ['Spånga-Tensta/SIG unga/2021', 'Spånga-Tensta/SIG unga/2022'] });
      }
    });
  }
});
