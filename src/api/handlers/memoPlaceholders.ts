// Which placeholders of a Word template Lotsplan knows. The names are made in core (the figure
// catalogue and the memo's fields and sections); å, ä and ö may be written a, a and o.
import { MEMO_FIGURES } from '../../core/memo/figureCatalogue.ts';
import { SECTION_HEADINGS, SECTION_KEYS } from '../../core/memo/model.ts';

const fold = (name: string) => name.trim().toLocaleLowerCase('sv').replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[\s-]+/g, '_');

const METADATA = ['titel', 'underrubrik', 'dnr', 'datum', 'nämnd', 'förvaltning', 'avdelning', 'handläggare', 'handläggare_telefon', 'underskrifter', 'bilagor', 'attesterat_av', 'maskning'];
const TABLES_AND_CHARTS = ['tabell_kostnader', 'tabell_kön', 'tabell_scenarier', 'tabell_prognos', 'diagram_prognos', 'diagram_risk', 'diagram_kostnad'];

function knownNames(): Set<string> {
  const names = [
    ...METADATA,
    ...TABLES_AND_CHARTS,
    ...SECTION_KEYS.map((k) => SECTION_HEADINGS[k].toLocaleLowerCase('sv').replace(/\s+/g, '_')),
    ...MEMO_FIGURES.map((f) => f.placeholder),
  ];
  return new Set(names.map(fold));
}

let known: Set<string> | null = null;

/** The template's placeholder names split into those Lotsplan fills and those it does not know. */
export function classifyPlaceholders(names: readonly string[]): { known: string[]; unknown: string[] } {
  known ??= knownNames();
  const result = { known: [] as string[], unknown: [] as string[] };
  for (const name of names) (known.has(fold(name)) ? result.known : result.unknown).push(name);
  return result;
}
