// The crash tests' children as one bundled JavaScript file each instead of TypeScript that Node
// strips file by file: a child that Node loads from about a hundred .ts files took 0,56–0,62 s to
// open the store, and the crash test starts one for every kill (10 in `npm test`, 50 in CI, 1 000
// in the bench); bundled, 0,18–0,19 s (on an idle machine). The code the child runs is the same store and API; only
// better-sqlite3, a native module, stays outside the bundle. The bundle is kept under
// node_modules/.cache, where it finds better-sqlite3 as the sources do, named by its content:
// a run of the same code reuses the file, and processes that run side by side (or are killed)
// never see half of one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { writeFileAtomic } from '../../../src/store/atomicWrite.ts';

const CACHE = path.resolve(import.meta.dirname, '../../../node_modules/.cache/lotsplan-crash-children');
const bundles = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const build = await rolldown({ input: entry, platform: 'node', external: [/^node:/, 'better-sqlite3'], logLevel: 'silent' });
  let code: string;
  try {
    // One file: the store's lazily loaded modules are inlined rather than split into chunks.
    const { output } = await build.generate({ format: 'esm', codeSplitting: false });
    code = output[0].code;
  } finally {
    await build.close();
  }
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = path.join(CACHE, `${path.basename(entry, '.ts')}-${hash}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE, { recursive: true });
    writeFileAtomic(file, code);
  }
  return file;
}

/** The path of the bundled entry (a child script in this folder), made once per process. */
export function bundledChild(entry: string): Promise<string> {
  let made = bundles.get(entry);
  if (!made) {
    made = bundle(entry);
    bundles.set(entry, made);
  }
  return made;
}
