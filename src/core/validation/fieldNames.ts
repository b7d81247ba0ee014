// Swedish names of the fields that validation messages name: the one table from which the API,
// the CLI and the exchange file name a field ("Tjänst 1, sysselsättningsgrad: får vara högst 1"),
// never by its path in the data ("staff[0].fte"). Every path of every contract's input has a name
// here; a test walks the contracts and fails on a path without one.

/**
 * The two gender terms beside men and women, as running text writes them: the one definition that
 * field names, messages, labels, headings and memos use ("3 med annan könstillhörighet").
 */
export const GENDER_TERMS = { otherGender: 'annan könstillhörighet', genderUnknown: 'okänt kön' } as const;

/** The gender terms as headings and labels: "Annan könstillhörighet", "Okänt kön". */
export const GENDER_HEADINGS = {
  otherGender: capitalize(GENDER_TERMS.otherGender),
  genderUnknown: capitalize(GENDER_TERMS.genderUnknown),
} as const;

/** The last key of a path, in Swedish. */
const KEY_NAMES: Record<string, string> = {
  format: 'format',
  version: 'version',
  district: 'stadsdelsförvaltning',
  unit: 'enhet',
  year: 'år',
  ageFrom: 'nedre åldersgräns',
  ageTo: 'övre åldersgräns',
  caseloadPerLots: 'deltagare per lots på heltid',
  caseload: 'deltagare per lots på heltid',
  poPercent: 'PO-pålägg',
  role: 'roll',
  title: 'titel',
  fte: 'sysselsättningsgrad',
  monthlySalary: 'månadslön',
  fromMonth: 'första månad',
  toMonth: 'sista månad',
  vacant: 'vakant',
  fundingSource: 'finansieras av',
  label: 'benämning',
  amount: 'belopp',
  source: 'källa',
  period: 'ansökningsperiod',
  enrolled: 'inskrivna',
  men: 'män',
  women: 'kvinnor',
  otherGender: GENDER_TERMS.otherGender,
  genderUnknown: GENDER_TERMS.genderUnknown,
  queue: 'i kö',
  touched: 'berörda',
  arrivalsPerMonth: 'anmälningar per månad',
  meanStayMonths: 'genomsnittlig vistelsetid',
  exampleValues: 'exempelvärden',
  name: 'namn',
  scenario: 'scenario',
  forecast: 'prognos',
  lotsar: 'lotsar',
  arrivals: 'anmälningar',
  recruitmentLeadTimeMonths: 'rekryteringstid',
  salaryRevisionPercent: 'löneökning',
  savingsTarget: 'besparingskrav',
  extraLots: 'en lots till',
  text: 'filens innehåll',
  fileName: 'filnamn',
  newDistrict: 'ny stadsdel',
  force: 'ersätt befintliga uppgifter',
  position: 'tjänst',
  index: 'plats i listan',
  positionId: 'tjänst',
  changes: 'ändringar',
  toIndex: 'ny plats i listan',
  savingsRequirementPercent: 'besparingskrav i procent',
  savingsExempt: 'undantag från besparingskravet',
  id: 'id',
  preset: 'scenariotyp',
  presets: 'scenariotyper',
  overrides: 'scenariots ändringar',
  removePositionIds: 'borttagna tjänster',
  addPositions: 'tillagda tjänster',
  changePositions: 'ändrade tjänster',
  addOtherCosts: 'tillagda kostnadsposter',
  removeOtherCostIds: 'borttagna kostnadsposter',
  changeOtherCosts: 'ändrade kostnadsposter',
  addFunding: 'tillagda finansieringsrader',
  removeFundingIds: 'borttagna finansieringsrader',
  fundingChangePercent: 'ändring av finansieringen i procent',
  arrivalsChangePercent: 'ändring av anmälningarna i procent',
  extraArrivals: 'extra anmälningar per månad',
  trendPercent: 'förändring av anmälningarna per år i procent',
  season: 'säsongsvariation',
  settings: 'inställningar',
  inputs: 'prognosens värden',
  lotsarByMonth: 'lotsar månad för månad',
  targetProbability: 'högsta risk att behöva vänta',
  targetWaitWeeks: 'högsta genomsnittliga väntetid i veckor',
  horizon: 'prognosperiod i månader',
  stayDistribution: 'fördelning av vistelsetiden',
  staySpread: 'spridning (variationskoefficient) av vistelsetiden',
  stayBands: 'avslut efter vistelsetid',
  fromMonths: 'från månad',
  toMonths: 'till månad',
  count: 'antal',
  readingMonth: 'avläsningsmånad',
  targetServiceLevel: 'servicenivå: andel inskrivna inom servicetiden',
  targetServiceWeeks: 'servicetid i veckor',
  abandonment: 'avhopp från kön per månad',
  absence: 'frånvaro',
  leadTime: 'rekryteringstid i månader',
  priorityShare: 'andel med förtur',
  backlog: 'mål för kön',
  targetQueue: 'högsta antal i kö',
  byMonth: 'senast i månad',
  summary: 'prognosens sammanfattning',
  model: 'beräkningsmodell',
  probabilityOfWaiting: 'risk att behöva vänta',
  meanWaitWeeks: 'genomsnittlig väntetid i veckor',
  recommendation: 'rekommendation',
  capacity: 'antal platser',
  firstMonthOverTarget: 'första månad över målet',
  reading: 'avläsning',
  savedAt: 'sparad',
  runs: 'antal simuleringar',
  seed: 'startvärde för simuleringen',
  newScenarioName: 'namn på det nya scenariot',
  scenarios: 'scenarier',
  base64: 'filens innehåll',
  action: 'slag av ändring',
  from: 'från och med',
  to: 'till och med',
  limit: 'antal rader',
  offset: 'hoppa över antal rader',
  estimateMonths: 'antal månader i skattningen',
  months: 'månader',
  month: 'månad',
  referrals: 'anmälningar',
  newEnrolments: 'nya inskrivningar',
  discharges: 'avslut',
  enrolledAtMonthEnd: 'inskrivna vid månadens slut',
  queueAtMonthEnd: 'i kö vid månadens slut',
  dischargesByStay: 'avslut efter vistelsetid',
  maskBelow: 'dölj antal under',
  type: 'slag av tjänsteutlåtande',
  scenarioId: 'scenario',
  skrivelse: 'skrivelse',
  date: 'datum',
  authors: 'författare',
  background: 'bakgrund',
  questions: 'frågor',
  mask: 'dölj små antal',
  baseVersion: 'version som ändringen bygger på',
  edit: 'ändringen',
  metadata: 'uppgifter om ärendet',
  namnd: 'nämnd',
  forvaltning: 'förvaltning',
  avdelning: 'avdelning',
  subtitle: 'underrubrik',
  dnr: 'diarienummer',
  handlaggare: 'handläggare',
  phone: 'telefon',
  signatories: 'undertecknare',
  bilagor: 'bilagor',
  attestations: 'attesteringar',
  sections: 'avsnitt',
  forslagTillBeslut: 'förslag till beslut',
  content: 'innehåll',
  marks: 'formatering',
  attrs: 'egenskaper',
  key: 'siffrans nyckel',
  start: 'första numret',
  sammanfattning: 'sammanfattning',
  bakgrund: 'bakgrund',
  arendetsBeredning: 'ärendets beredning',
  arendet: 'ärendet',
  jamstalldhetsanalys: 'jämställdhetsanalys',
  barnrattsperspektiv: 'barnrättsperspektiv',
  synpunkter: 'synpunkter',
  options: 'val för dokumentet',
  tables: 'tabeller',
  stay: 'genomsnittlig vistelsetid',
  trend: 'förändring av anmälningarna per år i procent',
  json: 'svar som JSON',
  charts: 'diagram',
  templateId: 'Word-mall',
  template: 'Word-mall',
  makeDefault: 'gör till standardmall',
  memoId: 'tjänsteutlåtande',
  defaults: 'standardvärden',
  place: 'plats i appen',
  path: 'sida',
  suggestedName: 'föreslaget filnamn',
  encoding: 'teckenkodning',
  filterName: 'filtyp',
  extensions: 'filändelser',
  participants: 'deltagare',
  demand: 'efterfrågan',
  plan: 'plan',
  staff: 'bemanning',
  otherCosts: 'övriga kostnader',
  funding: 'finansiering',
  surges: 'tillfälliga ökningar',
  unsaved: 'osparade ändringar',
  savable: 'kan sparas före stängningen',
};

/** Containers of rows, named by the row: staff[0] → "tjänst 1". */
const ROW_NAMES: Record<string, string> = {
  staff: 'tjänst',
  otherCosts: 'kostnadspost',
  funding: 'finansieringsrad',
  changePositions: 'ändrad tjänst',
  addPositions: 'tillagd tjänst',
  removePositions: 'borttagen tjänst',
  surges: 'tillfällig ökning',
  months: 'månad',
  removePositionIds: 'borttagen tjänst',
  addOtherCosts: 'tillagd kostnadspost',
  changeOtherCosts: 'ändrad kostnadspost',
  removeOtherCostIds: 'borttagen kostnadspost',
  addFunding: 'tillagd finansieringsrad',
  removeFundingIds: 'borttagen finansieringsrad',
  presets: 'scenariotyp',
  season: 'säsongsfaktor för månad',
  lotsarByMonth: 'lotsar i prognosmånad',
  stayBands: 'vistelseintervall',
  scenarios: 'scenario',
  dischargesByStay: 'vistelseintervall',
  authors: 'författare',
  questions: 'fråga',
  signatories: 'undertecknare',
  bilagor: 'bilaga',
  attestations: 'attestering',
  content: 'del',
  marks: 'formatering',
  extensions: 'filändelse',
  arrivals: 'anmälningar i prognosmånad',
  lotsar: 'lotsar i prognosmånad',
  tables: 'tabell',
  charts: 'diagram',
  unsaved: 'osparad ändring',
};

/** Containers whose name adds nothing to the field's ("participants.queue" is "kö"). */
const SILENT = new Set([
  'participants',
  'demand',
  'position',
  'changes',
  'overrides',
  'settings',
  'plan',
  'inputs',
  'summary',
  'edit',
  'metadata',
  'sections',
  'options',
  'skrivelse',
  'place',
]);

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
}

/**
 * The Swedish name of a path written as formatPath writes it ("staff[0].fte" → "tjänst 1,
 * sysselsättningsgrad"); null when a part of it has no Swedish name.
 */
export function swedishFieldName(path: string): string | null {
  const tokens: ({ key: string } | { index: number })[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let consumed = 0;
  for (let m = re.exec(path); m !== null; m = re.exec(path)) {
    const between = path.slice(consumed, m.index);
    if (between !== '' && between !== '.') return null;
    consumed = m.index + m[0].length;
    tokens.push(m[1] !== undefined ? { key: m[1] } : { index: Number(m[2]) });
  }
  if (consumed !== path.length || tokens.length === 0) return null;
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const last = next === undefined;
    if ('index' in token) {
      const previous = tokens[i - 1];
      // A list at the top (the rows of a file or a batch) is counted in rows: "[2].month" is "rad 3, månad".
      const row = previous === undefined ? 'rad' : 'key' in previous ? ROW_NAMES[previous.key] : undefined;
      if (row === undefined) return null;
      parts.push(`${row} ${token.index + 1}`);
      continue;
    }
    // A list followed by a row is named by the row ("tjänst 1"); a container by its fields.
    if (next !== undefined && 'index' in next && ROW_NAMES[token.key] !== undefined) continue;
    if (!last && SILENT.has(token.key)) continue;
    const name = KEY_NAMES[token.key];
    if (name === undefined) return null;
    parts.push(name);
  }
  return capitalize(parts.join(', '));
}

/**
 * A message about one field: "Tjänst 1, sysselsättningsgrad: får vara högst 1", the field named in
 * Swedish. A path without a Swedish name (a test keeps every contract's paths named) falls back to
 * "Fältet <path>: …" rather than losing where the problem is.
 */
export function fieldMessage(path: string, text: string): string {
  const name = swedishFieldName(path);
  return name === null ? `Fältet ${path}: ${text}` : `${name}: ${text}`;
}

/**
 * A message line as the app shows it. Messages already name their fields in Swedish; a line of the
 * fallback form "Fältet <path>: …" gets the Swedish name where there is one (with the path in
 * parentheses where it points into rows). Straight quotation marks around a quoted name become ”…”.
 */
export function presentFieldMessage(line: string): string {
  const quoted = line.replace(/"([^"\n]*)"/g, '”$1”');
  const m = /^Fältet ([^:]+): (.*)$/s.exec(quoted);
  if (!m) return quoted;
  const [, path, text] = m as unknown as [string, string, string];
  const name = swedishFieldName(path);
  if (name === null) return quoted;
  return path.includes('[') ? `${name} (${path}): ${text}` : `${name}: ${text}`;
}

export const STAFF_ROLES = ['lots', 'bitradande_enhetschef', 'enhetschef', 'behandlare', 'samordnare', 'annan'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Swedish labels for the roles, as shown in the UI and in documents. */
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  lots: 'Lots',
  bitradande_enhetschef: 'Biträdande enhetschef',
  enhetschef: 'Enhetschef',
  behandlare: 'Behandlare',
  samordnare: 'Samordnare',
  annan: 'Annan',
};
