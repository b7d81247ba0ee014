// Whether the CLI bundle in out/cli (see scripts/build-cli.ts) may be run: it exists and every
// source it was built from still has the size and modification time it had then. Anything odd
// (no bundle, a malformed list, a file gone) means "run the sources", never an error. Also where
// the bundle's compile cache is kept, which scripts/build-cli.ts empties at each build.
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

/**
 * The file URL of the bundle's entry when it is current, else null. `rootUrl` is the repository
 * root (source paths are relative to it); the bundle is in out/cli unless `bundleDir` says otherwise.
 */
export function currentBundle(rootUrl, bundleDir) {
  const root = fileURLToPath(rootUrl).replace(/[\\/]?$/, path.sep);
  const dir = bundleDir ?? path.join(root, 'out/cli');
  try {
    const list = JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8'));
    if (!Array.isArray(list.sources) || list.sources.length === 0 || typeof list.entry !== 'string') return null;
    // `root` ends in a separator (it is a folder URL's path): the paths are joined as strings, since
    // path.join for each of the two hundred or so files was a noticeable part of a command's start.
    for (const source of list.sources) {
      const stat = fs.statSync(root + source.file);
      if (stat.size !== source.size || stat.mtimeMs !== source.mtimeMs) return null;
    }
    return pathToFileURL(path.join(dir, list.entry)).href;
  } catch {
    return null;
  }
}

/**
 * Where V8's compile cache for the bundle is kept: the user's own cache folder (never the install
 * folder, never a folder other users can write), or null when there is none to name.
 */
export function compileCacheDir(env = process.env, platform = process.platform, homedir = os.homedir) {
  try {
    if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'Lotsplan', 'compile-cache') : null;
    if (platform === 'darwin') return path.join(homedir(), 'Library', 'Caches', 'Lotsplan', 'compile-cache');
    const xdg = env.XDG_CACHE_HOME;
    return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache'), 'lotsplan', 'compile-cache');
  } catch {
    return null;
  }
}

/**
 * Turns on Node's compile cache for the modules loaded from here on: the second and later runs of
 * a build read V8's compiled code from disk instead of compiling the bundle again (about a tenth of
 * a forecast command's start). Offline and local; NODE_DISABLE_COMPILE_CACHE=1 turns it off, and a
 * folder that cannot be written just means no cache.
 */
export function enableCompileCache() {
  const dir = compileCacheDir();
  if (dir === null) return;
  try {
    process.getBuiltinModule('node:module').enableCompileCache(dir);
  } catch {
    // No cache: the command runs as it would without one.
  }
}
