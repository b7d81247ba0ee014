// References to documents outside the repository, which a newcomer cannot follow: the seed
// documents by number ("seed 002", "seed-000"), the issue tracker ("issue 12"), the shared folder beside the
// checkout ("../shared/"), and a DOMAIN.md that is not docs/DOMAIN.md. The repository explains
// itself in docs/; a comment, test name or README line that needs more says it in its own words.
// Prints each hit as file:line and exits with 1 when there is one.
//
//   node scripts/check-outside-references.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROOTS = ['src', 'electron', 'tests', 'scripts', 'bench', 'docs', 'resources', 'README.md'];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'test-results']);
/** This file, which names the patterns, and its test, which shows them. */
const SELF = new Set([path.relative(ROOT, import.meta.filename), 'tests/tools/outsideReferences.test.ts']);
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|md|json|html|css)$/;

/** The patterns, each with what it means. */
const OUTSIDE: { pattern: RegExp; what: string }[] = [
  { pattern: /\bseeds?[\s-]?0\d\d\b/i, what: 'ett källdokument utanför förrådet' },
  { pattern: /\bissues?\s+#?\d+\b/i, what: 'ett ärende i ärendelistan' },
  { pattern: /\.\.\/shared\/(?:seeds|DOMAIN|hooks)/, what: 'en mapp utanför förrådet' },
  { pattern: /(?<!docs\/|\]\(|\[)DOMAIN\.md/, what: 'en DOMAIN.md som inte är docs/DOMAIN.md' },
];

export interface OutsideReference {
  line: number;
  text: string;
  what: string;
}

/** Every line of the text that points outside the repository. */
export function outsideReferences(text: string): OutsideReference[] {
  const hits: OutsideReference[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { pattern, what } of OUTSIDE) {
      if (pattern.test(line)) {
        hits.push({ line: i + 1, text: line.trim(), what });
        break;
      }
    }
  });
  return hits;
}

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!statSync(full).isDirectory()) return TEXT_FILE.test(entry) ? [entry] : [];
  return readdirSync(full)
    .filter((name) => !SKIP_DIRS.has(name))
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

if (import.meta.main) {
  let count = 0;
  for (const file of ROOTS.flatMap(filesUnder).filter((f) => !SELF.has(f))) {
    for (const hit of outsideReferences(readFileSync(path.join(ROOT, file), 'utf8'))) {
      console.log(`${file}:${hit.line}: hänvisar till ${hit.what}: ${hit.text}`);
      count++;
    }
  }
  if (count === 0) console.log('Inga hänvisningar till dokument utanför förrådet.');
  else process.exitCode = 1;
}
