// Whether the CLI bundle in out/cli (see scripts/build-cli.ts) may be run: it exists and every
// source it was built from still has the size and modification time it had then. Anything odd
// (no bundle, a malformed list, a file gone) means "run the sources", never an error.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

/**
 * The file URL of the bundle's entry when it is current, else null. `rootUrl` is the repository
 * root (source paths are relative to it); the bundle is in out/cli unless `bundleDir` says otherwise.
 */
export function currentBundle(rootUrl, bundleDir) {
  const root = fileURLToPath(rootUrl);
  const dir = bundleDir ?? path.join(root, 'out/cli');
  try {
    const list = JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8'));
    if (!Array.isArray(list.sources) || list.sources.length === 0 || typeof list.entry !== 'string') return null;
    for (const source of list.sources) {
      const stat = fs.statSync(path.join(root, source.file));
      if (stat.size !== source.size || stat.mtimeMs !== source.mtimeMs) return null;
    }
    return pathToFileURL(path.join(dir, list.entry)).href;
  } catch {
    return null;
  }
}
