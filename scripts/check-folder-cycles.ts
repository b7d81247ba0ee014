// Folder-level import cycles, which Biome's noImportCycles (file level) does not see: a folder
// imports another when any file in it imports a file in the other. Folders are the subfolders of
// src/core, src/api, src/store and src/renderer, and the top-level folders of src and electron;
// the files directly in one of those four are left out (they compose the subfolders).
// Prints each cycle and exits with 1 when there is one. Type-only imports count too: a cycle of
// types is still a cycle of ideas.
//
//   node scripts/check-folder-cycles.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_ROOTS = ['src', 'electron'];
/** Folders whose subfolders are units of their own. */
const SPLIT = new Set(['src/core', 'src/api', 'src/store', 'src/renderer']);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The unit a file belongs to: "src/core/forecast", "src/api/handlers", "src/cli", "electron/main". */
export function folderOf(relFile: string): string {
  const parts = relFile.split('/');
  const top = parts.slice(0, 2).join('/');
  if (SPLIT.has(top) && parts.length > 3) return parts.slice(0, 3).join('/');
  if (SPLIT.has(top)) return top;
  return parts.length > 2 ? top : parts[0]!;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function folderGraph(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    const from = folderOf(rel);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2]!;
      if (!spec.startsWith('.')) continue;
      const target = path
        .relative(ROOT, path.resolve(path.dirname(file), spec))
        .split(path.sep)
        .join('/');
      const to = folderOf(target);
      // The files directly in a split folder (src/api/dispatch.ts, src/renderer/App.tsx) both
      // compose its subfolders and hold small shared modules (envelope.ts); they are not a unit.
      if (to === from || SPLIT.has(to) || SPLIT.has(from)) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every elementary cycle found by a depth-first search from each folder, each reported once. */
export function findCycles(graph: Map<string, Set<string>>): string[][] {
  const seen = new Set<string>();
  const cycles: string[][] = [];
  const visit = (start: string, node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const key = [...trail].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...trail, start]);
        }
      } else if (!trail.includes(next) && next > start) {
        visit(start, next, [...trail, next]);
      }
    }
  };
  for (const start of [...graph.keys()].sort()) visit(start, start, [start]);
  return cycles;
}

if (import.meta.main) {
  const files = SOURCE_ROOTS.flatMap((r) => filesUnder(path.join(ROOT, r)));
  const cycles = findCycles(folderGraph(files));
  if (cycles.length === 0) {
    console.log('Inga importcykler mellan mappar.');
  } else {
    for (const cycle of cycles) console.log(`Importcykel mellan mappar: ${cycle.join(' → ')}`);
    process.exitCode = 1;
  }
}
