// Swedish names of the fields that validation messages name. The API, the CLI and the exchange
// file say "Fältet staff[0].fte: får vara högst 1" (the path is how the exchange file documents its
// fields, and what someone editing the file searches for); the app shows the same line in Swedish,
// "Tjänst 1, sysselsättningsgrad (staff[0].fte): får vara högst 1", and a form field without a
// technical path at all: "Namn: namnet ”X” är redan använt".

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
  otherGender: 'annan könstillhörighet',
  genderUnknown: 'okänt kön',
  queue: 'kö',
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
};

/** Containers whose name adds nothing to the field's ("participants.queue" is "kö"). */
const SILENT = new Set(['participants', 'demand', 'position', 'changes', 'overrides', 'settings', 'plan']);

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
}

/**
 * The Swedish name of a path written as formatPath writes it ("staff[0].fte" → "tjänst 1,
 * sysselsättningsgrad"); null when a part of it has no Swedish name.
 */
export function swedishFieldName(path: string): string | null {
  const parts: string[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let previous: string | null = null;
  let consumed = 0;
  for (let m = re.exec(path); m !== null; m = re.exec(path)) {
    const between = path.slice(consumed, m.index);
    if (between !== '' && between !== '.') return null;
    consumed = m.index + m[0].length;
    if (m[1] !== undefined) {
      previous = m[1];
      if (ROW_NAMES[m[1]] !== undefined || SILENT.has(m[1])) continue;
      const name = KEY_NAMES[m[1]];
      if (name === undefined) return null;
      parts.push(name);
    } else {
      const row = previous === null ? undefined : ROW_NAMES[previous];
      if (row === undefined) return null;
      parts.push(`${row} ${Number(m[2]) + 1}`);
    }
  }
  if (consumed !== path.length || parts.length === 0) return null;
  return capitalize(parts.join(', '));
}

/**
 * A message line as the app shows it: "Fältet <path>: …" with the field named in Swedish (and the
 * path in parentheses where it points into rows of a file); other lines, and paths without a
 * Swedish name, as they are. Straight quotation marks around a quoted name become ”…”.
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
