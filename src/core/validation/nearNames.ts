// Names that are close to a stored name but not the same: a misspelt district in an exchange file
// ("Rinkby-Kista" beside the stored "Rinkeby-Kista") would otherwise become a second district and
// show up in the city compilation. Names that are the same by nameKey (case, Unicode form, spacing)
// are the same name, not near ones.
import { nameKey } from './names.ts';

/** The letters and digits of a name: case, hyphens, dashes, spaces and other punctuation left out. */
function letters(name: string): string {
  return nameKey(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Edits (insert, delete, replace, swap two neighbours) between a and b, counted up to `max` + 1. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length]!;
}

/** How many edits a name of this many letters may be from another and still be taken for a misspelling of it. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  // Two edits only in long names: Södermalm and Östermalm are two edits apart.
  return length < 12 ? 1 : 2;
}

/**
 * Whether `a` and `b` are different names that look like one name misspelt: the same letters
 * when case, hyphens and spaces are ignored, or a small edit apart (one edit in a name of four to
 * eleven letters, two in a longer one). Symmetric; never true for the same name.
 */
export function isNearName(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return false;
  const la = letters(a);
  const lb = letters(b);
  if (la === lb) return la !== '';
  const max = allowedEdits(Math.min([...la].length, [...lb].length));
  return max > 0 && editDistance(la, lb, max) <= max;
}

/** The stored name closest to `name` among those near it, or null when none is near (or `name` is stored). */
export function nearestName(name: string, stored: readonly string[]): string | null {
  const key = nameKey(name);
  if (stored.some((s) => nameKey(s) === key)) return null;
  let best: { name: string; distance: number } | null = null;
  for (const candidate of stored) {
    if (!isNearName(name, candidate)) continue;
    const distance = editDistance(letters(name), letters(candidate));
    if (best === null || distance < best.distance) best = { name: candidate, distance };
  }
  return best?.name ?? null;
}

/** The refusal of a district that is not stored but near one that is, with the way to add it as a new one. */
export function nearDistrictMessage(given: string, near: string): string {
  return (
    `Stadsdelen ”${given}” finns inte i databasen. Menade du ”${near}”? ` +
    `Rätta stadsdelens namn i filen och läs in den igen. Är ”${given}” en ny stadsdel, läs in filen med lotsplan import och flaggan --new-district.`
  );
}

/** What the desktop asks when an exchange file's district is near a stored one (nearDistrictMessage is the CLI's refusal). */
export interface NearDistrictQuestion {
  title: string;
  paragraphs: string[];
  /** The button that reads the file in with its district as a new one. */
  newDistrictLabel: string;
  cancelLabel: string;
}

export function nearDistrictQuestion(given: string, near: string): NearDistrictQuestion {
  return {
    title: 'Ny stadsdel eller felstavning?',
    paragraphs: [
      `Stadsdelen ”${given}” i filen finns inte i databasen, men namnet liknar ”${near}”, som redan finns. Ingenting har ändrats i databasen.`,
      `Är det samma stadsdel: avbryt, rätta stadsdelens namn i filen och läs in den igen.`,
      `Är ”${given}” en ny stadsdel kan filen läsas in och stadsdelen läggas till som ny. Den redovisas då för sig, också i sammanställningen för hela staden.`,
    ],
    newDistrictLabel: 'Läs in som ny stadsdel',
    cancelLabel: 'Avbryt',
  };
}
