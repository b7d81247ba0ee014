// What a command loads at start: only the contracts of the calls it makes, and the PDF printer
// (Playwright behind it) only when a PDF is printed. Run from the sources, where each module is
// its own file, so that the list of loaded files says which modules ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The repository's source files (relative paths) that `lotsplan ARGS` loaded; it exits with `status`. */
function sourcesLoaded(args: string[], status = 0): string[] {
  const list = path.join(tempDir(), 'modules.txt');
  const run = spawnSync(process.execPath, ['--import', path.join(import.meta.dirname, 'recordModules.mjs'), path.join(root, 'bin/lotsplan.js'), ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, LOTSPLAN_DB: '', LOTSPLAN_CLI_FROM_SOURCE: '1', LOTSPLAN_TEST_MODULES: list },
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(status);
  const prefix = `file://${root}/`;
  return fs
    .readFileSync(list, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(`${prefix}src/`))
    .map((url) => url.slice(prefix.length));
}

describe('what a command loads', () => {
  let db = '';
  beforeAll(() => {
    db = path.join(tempDir(), 'demo.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
  });

  it('figures loads the figure contracts and handler, no other contracts and not the PDF printer', () => {
    const loaded = sourcesLoaded(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--json']);
    expect(loaded).toContain('src/api/contracts/figures.ts');
    expect(loaded).toContain('src/api/handlers/figures.ts');
    const contracts = loaded.filter(
      (file) => file.startsWith('src/api/contracts/') && !['common.ts', 'defineCall.ts', 'groups.ts'].includes(path.basename(file)),
    );
    expect(contracts).toEqual(['src/api/contracts/figures.ts']);
    expect(loaded).not.toContain('src/hosts/shared/chromiumPdf.ts');
    // The store reads saved forecasts (their shape) but never runs one: the engine stays unloaded.
    expect(loaded).toContain('src/core/forecast/saved.ts');
    expect(loaded).not.toContain('src/core/forecast/forecast.ts');
  });

  it('figures with a scenario loads the scenario contracts too', () => {
    // The scenario does not exist: the call is answered (and refused) by the scenario handler.
    const loaded = sourcesLoaded(['figures', '--db', db, '--district', 'Rinkeby-Kista', '--year', '2020', '--scenario', 'Ingen sådan', '--json'], 1);
    expect(loaded).toContain('src/api/contracts/scenarios.ts');
    expect(loaded).not.toContain('src/api/contracts/memos.ts');
  });
});
