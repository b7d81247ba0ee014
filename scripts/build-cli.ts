// Bundles the CLI (src/cli/main.ts and everything of ours it imports) into out/cli, so that a
// command starts without type-stripping and resolving some 150 TypeScript files one by one (about
// half a second per command). The pure-JavaScript packages made of many small modules (zod,
// kysely, pure-rand: some 350 files, each resolved, read and compiled on its own at every start)
// go into the bundle too; the rest stay external and load from node_modules as they are:
// better-sqlite3 is native, and docx, exceljs, papaparse and playwright-core are single files or
// loaded only by the commands that use them.
//
// bin/lotsplan.js runs the bundle only while it is current: out/cli/sources.json lists every
// source file the bundle was built from with its size and modification time; a source changed
// since (or one that is gone) makes bin/lotsplan.js run the sources directly. A source saved while
// the build ran is stamped as changed already, since the bundle may hold its older text. The
// package.json of each bundled package is stamped the same way, so that an upgrade (npm install)
// is not hidden behind the copy in an old bundle either.
// Each build is written to its own folder under out/cli/builds, and only then does sources.json
// (replaced by a rename) point at it. A command started during a build runs the old build to
// the end, including the command modules it loads later; builds older than an hour are removed.
import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { compileCacheDir } from '../bin/cliBundle.js';

const root = path.resolve(import.meta.dirname, '..');
// `--out DIR` builds elsewhere (the tests do, so as not to replace the bundle others run).
const outArg = process.argv.indexOf('--out');
const outValue = outArg > 0 ? process.argv[outArg + 1] : undefined;
const outDir = outValue ? path.resolve(outValue) : path.join(root, 'out', 'cli');
const buildId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
const buildDir = path.join(outDir, 'builds', buildId);
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

interface SourceStamp {
  /** Path relative to the repository root. */
  file: string;
  size: number;
  mtimeMs: number;
}

/** The packages put into the bundle (pure JavaScript, many modules each); the rest stay external. */
const BUNDLED_PACKAGES = ['zod', 'kysely', 'pure-rand'];
function isBundledPackage(id: string): boolean {
  return BUNDLED_PACKAGES.some((name) => id === name || id.startsWith(`${name}/`));
}

const started = Date.now();
const bundle = await rolldown({
  input: path.join(root, 'src/cli/main.ts'),
  platform: 'node',
  external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !isBundledPackage(id),
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: buildDir,
  format: 'esm',
  entryFileNames: '[name].mjs',
  chunkFileNames: 'chunks/[name]-[hash].mjs',
  sourcemap: true,
});
await bundle.close();
const srcDir = path.join(root, 'src') + path.sep;
const moduleIds = [...new Set(output.flatMap((item) => (item.type === 'chunk' ? item.moduleIds : [])))];
const ours = moduleIds.filter((id) => id.startsWith(srcDir));
if (ours.length === 0) throw new Error('The CLI bundle names none of its sources; refusing to write a bundle that could never be checked.');
const packageDirs = BUNDLED_PACKAGES.map((name) => path.join(root, 'node_modules', name));
const bundledPackages = packageDirs.filter((dir) => moduleIds.some((id) => id.startsWith(dir + path.sep))).map((dir) => path.join(dir, 'package.json'));
const stamps: SourceStamp[] = [...ours.sort(), ...bundledPackages].map((file) => {
  const stat = fs.statSync(file);
  // -1 never matches a real time: a file saved during the build makes the bundle out of date at once.
  return { file: path.relative(root, file), size: stat.size, mtimeMs: stat.mtimeMs >= started ? -1 : stat.mtimeMs };
});
// Source paths are relative to the repository root, which bin/cliBundle.js resolves them against;
// the entry is relative to out/cli.
const list = path.join(outDir, 'sources.json');
const entry = path.posix.join('builds', buildId, 'main.mjs');
fs.writeFileSync(`${list}.${process.pid}.tmp`, `${JSON.stringify({ entry, sources: stamps })}\n`);
fs.renameSync(`${list}.${process.pid}.tmp`, list);

for (const old of fs.readdirSync(path.join(outDir, 'builds'))) {
  const dir = path.join(outDir, 'builds', old);
  if (old !== buildId && Date.now() - fs.statSync(dir).mtimeMs > KEEP_OLD_BUILDS_MS) fs.rmSync(dir, { recursive: true, force: true });
}
// The compile cache holds code compiled from earlier builds' files, which no command loads again
// (each build has its own folder): emptied here, so that it does not grow with every build.
const cacheDir = compileCacheDir();
if (cacheDir !== null) fs.rmSync(cacheDir, { recursive: true, force: true });
console.log(`CLI: ${stamps.length} källfiler paketerade i ${path.relative(root, outDir)}`);
