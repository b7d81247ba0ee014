// The placeholders of the municipality's own Word template: one per metadata field, per section,
// per figure of the catalogue, per table and per chart, by their Swedish names in lower case with
// underscores, in double braces ({{titel}}, {{förslag_till_beslut}}, {{kostnad_per_deltagare}},
// {{tabell_kostnader}}, {{diagram_prognos}}). å, ä and ö may be written a, a and o, and case and
// spaces round the name do not matter. Pure: the list for README and the app, and the lookup the
// template fill (src/api/export/memoTemplate.ts) uses.
import { MEMO_FIGURES } from './figureCatalogue.ts';
import type { MemoChartKind, MemoTableKind, SectionKey } from './model.ts';

export type PlaceholderKind = 'metadata' | 'section' | 'figure' | 'table' | 'chart';

export type MetadataField =
  | 'titel'
  | 'underrubrik'
  | 'dokumenttyp'
  | 'forvaltning'
  | 'avdelning'
  | 'dnr'
  | 'datum'
  | 'datum_text'
  | 'namnd'
  | 'till'
  | 'handlaggare'
  | 'telefon'
  | 'underskrifter'
  | 'bilagor'
  | 'attesterat_av'
  | 'maskning';

/** What a placeholder stands for, once its name is recognised. */
export type PlaceholderTarget =
  | { kind: 'metadata'; field: MetadataField }
  | { kind: 'section'; section: SectionKey }
  | { kind: 'figure'; figure: string }
  | { kind: 'table'; table: MemoTableKind }
  | { kind: 'chart'; chart: MemoChartKind };

export interface TemplatePlaceholder {
  /** As written in README and the app: "{{förslag_till_beslut}}". */
  placeholder: string;
  kind: PlaceholderKind;
  /** What it is replaced with, in Swedish. */
  description: string;
  target: PlaceholderTarget;
}

/**
 * The canonical form of a placeholder's name: without braces and surrounding spaces, in lower
 * case, å and ä as a, ö as o, spaces and hyphens as underscores. "{{ Förslag till beslut }}" and
 * "forslag_till_beslut" are the same placeholder.
 */
export function normalizePlaceholder(raw: string): string {
  return raw
    .replace(/^\s*\{\{/, '')
    .replace(/\}\}\s*$/, '')
    .trim()
    .toLocaleLowerCase('sv-SE')
    .normalize('NFC')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[\s\u00a0-]+/g, '_');
}

const METADATA: { name: string; field: MetadataField; description: string }[] = [
  { name: 'titel', field: 'titel', description: 'Ärendets rubrik.' },
  { name: 'underrubrik', field: 'underrubrik', description: 'Underrubriken, till exempel ”Svar på skrivelse från …”.' },
  { name: 'dokumenttyp', field: 'dokumenttyp', description: 'Dokumentets typ: ”Tjänsteutlåtande”.' },
  { name: 'förvaltning', field: 'forvaltning', description: 'Förvaltningens namn, till exempel ”Rinkeby-Kista stadsdelsförvaltning”.' },
  { name: 'avdelning', field: 'avdelning', description: 'Avdelningens namn.' },
  { name: 'dnr', field: 'dnr', description: 'Diarienumret.' },
  { name: 'datum', field: 'datum', description: 'Datum som i sidhuvudet: 2020-01-22.' },
  { name: 'datum_text', field: 'datum_text', description: 'Datum i löpande text: 22 januari 2020.' },
  { name: 'nämnd', field: 'namnd', description: 'Nämnden som tjänsteutlåtandet går till, till exempel ”Rinkeby-Kista stadsdelsnämnd”.' },
  { name: 'till', field: 'till', description: 'Mottagarraden: ”Till Rinkeby-Kista stadsdelsnämnd”.' },
  { name: 'handläggare', field: 'handlaggare', description: 'Handläggarens namn.' },
  { name: 'telefon', field: 'telefon', description: 'Handläggarens telefonnummer.' },
  { name: 'underskrifter', field: 'underskrifter', description: 'Underskrifterna sida vid sida: namn och titel (ska stå ensam i ett stycke).' },
  { name: 'bilagor', field: 'bilagor', description: 'Bilagorna som en lista (ska stå ensam i ett stycke).' },
  { name: 'attesterat_av', field: 'attesterat_av', description: 'Tabellen ”Attesterat av” med namn och datum (ska stå ensam i ett stycke).' },
  { name: 'maskning', field: 'maskning', description: 'Noten om att små antal är maskerade; tom när inget är maskerat.' },
];

const SECTIONS: { name: string; section: SectionKey; description: string }[] = [
  { name: 'förslag_till_beslut', section: 'forslagTillBeslut', description: 'Förslagen till beslut som numrerad lista.' },
  { name: 'sammanfattning', section: 'sammanfattning', description: 'Avsnittet Sammanfattning.' },
  { name: 'bakgrund', section: 'bakgrund', description: 'Avsnittet Bakgrund.' },
  { name: 'ärendets_beredning', section: 'arendetsBeredning', description: 'Avsnittet Ärendets beredning.' },
  { name: 'ärendet', section: 'arendet', description: 'Avsnittet Ärendet, med de tabeller och diagram som valts.' },
  { name: 'jämställdhetsanalys', section: 'jamstalldhetsanalys', description: 'Avsnittet Jämställdhetsanalys.' },
  { name: 'barnrättsperspektiv', section: 'barnrattsperspektiv', description: 'Avsnittet Barnrättsperspektiv.' },
  {
    name: 'förvaltningens_synpunkter_och_förslag',
    section: 'synpunkter',
    description: 'Avsnittet Förvaltningens synpunkter och förslag (även {{synpunkter}}).',
  },
  { name: 'bilagor_avsnitt', section: 'bilagor', description: 'Avsnittet Bilagor så som det skrivits i Lotsplan.' },
];

/** Other names a section is known by. */
const SECTION_ALIASES: Record<string, SectionKey> = { synpunkter: 'synpunkter', synpunkter_och_forslag: 'synpunkter' };

const TABLES: { name: string; table: MemoTableKind; description: string }[] = [
  { name: 'tabell_kostnader', table: 'staffing', description: 'Tabellen över bemanning och kostnader.' },
  { name: 'tabell_kön', table: 'gender', description: 'Tabellen över deltagare efter kön.' },
  { name: 'tabell_statistik', table: 'statistics', description: 'Tabellen med månadsstatistiken under året.' },
  { name: 'tabell_scenarier', table: 'scenarios', description: 'Tabellen som jämför scenarierna.' },
  { name: 'tabell_prognos', table: 'forecast', description: 'Tabellen med prognosen per månad.' },
];

const CHARTS: { name: string; chart: MemoChartKind; description: string }[] = [
  { name: 'diagram_prognos', chart: 'forecastFan', description: 'Diagrammet över prognosen för kön (medelvärde och 90:e percentil), som Word-diagram.' },
  { name: 'diagram_risk', chart: 'queueRisk', description: 'Diagrammet över risken att behöva vänta per månad, som Word-diagram.' },
  { name: 'diagram_scenarier', chart: 'scenarioCost', description: 'Diagrammet över kostnaden per scenario, som Word-diagram.' },
];

const braces = (name: string) => `{{${name}}}`;

/** Every placeholder Lotsplan fills, with its Swedish description, for README and the app. */
export const TEMPLATE_PLACEHOLDER_LIST: readonly TemplatePlaceholder[] = [
  ...METADATA.map((m) => ({
    placeholder: braces(m.name),
    kind: 'metadata' as const,
    description: m.description,
    target: { kind: 'metadata' as const, field: m.field },
  })),
  ...SECTIONS.map((s) => ({
    placeholder: braces(s.name),
    kind: 'section' as const,
    description: s.description,
    target: { kind: 'section' as const, section: s.section },
  })),
  ...TABLES.map((t) => ({
    placeholder: braces(t.name),
    kind: 'table' as const,
    description: t.description,
    target: { kind: 'table' as const, table: t.table },
  })),
  ...CHARTS.map((c) => ({
    placeholder: braces(c.name),
    kind: 'chart' as const,
    description: c.description,
    target: { kind: 'chart' as const, chart: c.chart },
  })),
  ...MEMO_FIGURES.map((f) => ({
    placeholder: braces(f.placeholder),
    kind: 'figure' as const,
    description: `${f.name}: ${f.definition}`,
    target: { kind: 'figure' as const, figure: f.key },
  })),
];

let byName: Map<string, PlaceholderTarget> | null = null;

function index(): Map<string, PlaceholderTarget> {
  if (byName) return byName;
  const map = new Map<string, PlaceholderTarget>();
  for (const p of TEMPLATE_PLACEHOLDER_LIST) map.set(normalizePlaceholder(p.placeholder), p.target);
  for (const [alias, section] of Object.entries(SECTION_ALIASES)) map.set(alias, { kind: 'section', section });
  byName = map;
  return map;
}

/**
 * What a placeholder of a template stands for, or null when Lotsplan does not know it. Figures
 * are looked up in `figurePlaceholders` too (a memo's own figures, doc.figures[].placeholder), so
 * a figure the catalogue gained later is still filled.
 */
export function lookupPlaceholder(raw: string, figurePlaceholders: readonly { key: string; placeholder: string }[] = []): PlaceholderTarget | null {
  const name = normalizePlaceholder(raw);
  const known = index().get(name);
  if (known) return known;
  const figure = figurePlaceholders.find((f) => normalizePlaceholder(f.placeholder) === name);
  return figure ? { kind: 'figure', figure: figure.key } : null;
}

/** A markdown table of every placeholder, for README. */
export function placeholderListMarkdown(): string {
  const kinds: Record<PlaceholderKind, string> = { metadata: 'Uppgift', section: 'Avsnitt', table: 'Tabell', chart: 'Diagram', figure: 'Siffra' };
  const rows = TEMPLATE_PLACEHOLDER_LIST.map((p) => `| \`${p.placeholder}\` | ${kinds[p.kind]} | ${p.description.replace(/\|/g, '\\|')} |`);
  return ['| Platshållare | Slag | Ersätts med |', '|---|---|---|', ...rows].join('\n');
}
