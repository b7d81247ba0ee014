// The bundled CLI (scripts/build-cli.ts) and the rule that picks it (bin/cliBundle.js): the bundle
// gives the same output as the sources, and it is run only while every source it was built from is
// unchanged, so an edit is never hidden behind an old build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheDir, currentBundle } from '../../bin/cliBundle.js';
import { tempDir } from './runCli.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rootUrl = pathToFileURL(`${root}/`);

function node(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root, env: { ...process.env, LOTSPLAN_DB: '', ...env }, timeout: 60_000 });
}

/** A fake repository with two sources and a bundle list stamped with their present state. */
function fakeRepository(): { root: URL; dir: string; bundleDir: string } {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'out/cli'), { recursive: true });
  const sources = ['src/a.ts', 'src/b.ts'].map((file) => {
    fs.writeFileSync(path.join(dir, file), `export const x = '${file}';\n`);
    const stat = fs.statSync(path.join(dir, file));
    return { file, size: stat.size, mtimeMs: stat.mtimeMs };
  });
  fs.writeFileSync(path.join(dir, 'out/cli/main.mjs'), '');
  fs.writeFileSync(path.join(dir, 'out/cli/sources.json'), JSON.stringify({ entry: 'main.mjs', sources }));
  return { root: pathToFileURL(`${dir}/`), dir, bundleDir: path.join(dir, 'out/cli') };
}

describe('which CLI bin/lotsplan.js runs', () => {
  it('runs the bundle while every source is as it was built', () => {
    const repo = fakeRepository();
    expect(currentBundle(repo.root)).toBe(pathToFileURL(path.join(repo.bundleDir, 'main.mjs')).href);
  });

  it('runs the sources when a source was saved since, changed size, or is gone', () => {
    const touched = fakeRepository();
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(path.join(touched.dir, 'src/a.ts'), later, later);
    expect(currentBundle(touched.root)).toBeNull();

    const grown = fakeRepository();
    const stat = fs.statSync(path.join(grown.dir, 'src/b.ts'));
    fs.writeFileSync(path.join(grown.dir, 'src/b.ts'), 'export const x = 1; // longer text\n');
    fs.utimesSync(path.join(grown.dir, 'src/b.ts'), stat.atime, stat.mtime);
    expect(currentBundle(grown.root)).toBeNull();

    const gone = fakeRepository();
    fs.rmSync(path.join(gone.dir, 'src/a.ts'));
    expect(currentBundle(gone.root)).toBeNull();
  });

  it('runs the sources when there is no bundle or its list is malformed or empty', () => {
    const none = fakeRepository();
    fs.rmSync(none.bundleDir, { recursive: true });
    expect(currentBundle(none.root)).toBeNull();
    for (const text of ['', '{', '[]', '{"entry":"main.mjs","sources":[]}', '{"sources":[{"file":"src/a.ts"}]}', 'null']) {
      const repo = fakeRepository();
      fs.writeFileSync(path.join(repo.bundleDir, 'sources.json'), text);
      expect(currentBundle(repo.root), text).toBeNull();
    }
  });
});

function entryOf(bundleDir: string): string {
  return path.join(bundleDir, (JSON.parse(fs.readFileSync(path.join(bundleDir, 'sources.json'), 'utf8')) as { entry: string }).entry);
}

describe('the bundled CLI', () => {
  // Inside the repository, where the bundle's npm packages resolve; never the out/cli others run.
  const bundleDir = path.join(root, 'out', `cli-test-${process.pid}`);
  beforeAll(() => {
    const build = node([path.join(root, 'scripts/build-cli.ts'), '--out', bundleDir]);
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);
  afterAll(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

  it('lists the sources it was built from, and counts as current for this repository', () => {
    const list = JSON.parse(fs.readFileSync(path.join(bundleDir, 'sources.json'), 'utf8')) as { entry: string; sources: { file: string }[] };
    const files = list.sources.map((s) => s.file);
    expect(files).toContain('src/cli/main.ts');
    expect(files).toContain('src/core/forecast/forecast.ts');
    // Our sources, and the package.json of each package bundled in (an upgrade makes the bundle stale).
    expect(files.every((f) => f.startsWith('src/') || /^node_modules\/[^/]+\/package\.json$/.test(f))).toBe(true);
    expect(files).toContain('node_modules/zod/package.json');
    expect(files).toContain('node_modules/kysely/package.json');
    // A source edited by someone while this test runs makes it stale, which is the rule working.
    const entry = currentBundle(rootUrl, bundleDir);
    if (entry !== null) expect(fileURLToPath(entry)).toBe(path.join(bundleDir, list.entry));
  });

  it('keeps the previous build when a new one is published, so a command already running can finish', () => {
    const before = entryOf(bundleDir);
    const again = node([path.join(root, 'scripts/build-cli.ts'), '--out', bundleDir]);
    expect(again.status, again.stderr).toBe(0);
    const after = entryOf(bundleDir);
    expect(after).not.toBe(before);
    expect(fs.existsSync(before)).toBe(true);
    expect(fs.existsSync(after)).toBe(true);
  });

  it('prints exactly what the sources print, on success and on refusal', () => {
    const entry = entryOf(bundleDir);
    const runner = (main: string) =>
      `const { main } = await import(${JSON.stringify(pathToFileURL(main).href)}); process.exitCode = await main(process.argv.slice(1));`;
    const cases = [
      ['forecast', '--arrivals', '2.25', '--stay', '12', '--lotsar', '4', '--caseload', '7', '--horizon', '6'],
      ['forecast', '--arrivals', 'många', '--stay', '12', '--lotsar', '4', '--caseload', '7'],
      ['--help'],
    ];
    for (const args of cases) {
      const bundled = node(['--input-type=module', '-e', runner(entry), '--', ...args]);
      const sources = node(['--input-type=module', '-e', runner(path.join(root, 'src/cli/main.ts')), '--', ...args]);
      expect(bundled.status, `${args.join(' ')}: ${bundled.stderr} | ${sources.stderr}`).toBe(sources.status);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(bundled.stderr).toBe(sources.stderr);
    }
  });
});

describe('the compile cache of the bundle', () => {
  it("lives in the user's own cache folder on each system", () => {
    const home = () => '/home/anna';
    expect(compileCacheDir({}, 'linux', home)).toBe('/home/anna/.cache/lotsplan/compile-cache');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', home)).toBe('/var/cache/anna/lotsplan/compile-cache');
    // A relative XDG_CACHE_HOME is not a cache folder (the XDG rule): the default is used.
    expect(compileCacheDir({ XDG_CACHE_HOME: 'cache' }, 'linux', home)).toBe('/home/anna/.cache/lotsplan/compile-cache');
    expect(compileCacheDir({}, 'darwin', home)).toBe('/home/anna/Library/Caches/Lotsplan/compile-cache');
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' }, 'win32', home)).toContain('Lotsplan');
    expect(compileCacheDir({}, 'win32', home)).toBeNull();
    expect(
      compileCacheDir({}, 'linux', () => {
        throw new Error('no home');
      }),
    ).toBeNull();
  });

  it('is written there, and a folder that cannot be made means no cache rather than an error', () => {
    const dir = tempDir();
    const module = path.join(dir, 'm.mjs');
    fs.writeFileSync(module, 'export const x = 1;\n');
    const script = `const { enableCompileCache } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'bin/cliBundle.js')).href)}); enableCompileCache(); await import(${JSON.stringify(pathToFileURL(module).href)}); console.log('ok');`;
    // Vitest's coverage turns the cache off for child processes (NODE_DISABLE_COMPILE_CACHE=1); this one needs it on.
    const withCache = (env: Record<string, string>) => {
      const { NODE_DISABLE_COMPILE_CACHE: _off, ...rest } = process.env;
      return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        cwd: root,
        env: { ...rest, LOTSPLAN_DB: '', ...env },
        timeout: 60_000,
      });
    };
    const cached = withCache({ XDG_CACHE_HOME: path.join(dir, 'cache') });
    expect(cached.stdout).toBe('ok\n');
    expect(fs.readdirSync(path.join(dir, 'cache/lotsplan/compile-cache')).length).toBeGreaterThan(0);
    fs.writeFileSync(path.join(dir, 'file'), '');
    const blocked = withCache({ XDG_CACHE_HOME: path.join(dir, 'file') });
    expect(blocked.status, blocked.stderr).toBe(0);
    expect(blocked.stdout).toBe('ok\n');
  });
});
