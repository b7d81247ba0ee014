// A resolved memo in the style of the reference memo (svar på skrivelse, Rinkeby-Kista), built by hand so the
// export tests do not depend on the drafting code: two charts (the forecast fan: the mean queue and
// the 90th percentile over the band from the median; and the cost of the scenarios) and three
// tables (staffing and cost, participants by gender, the forecast by month).
import type { MemoChart, MemoDocument, MemoTable, ResolvedInline, ResolvedParagraph } from '../../src/core/memo/document.ts';

const p = (...parts: (string | ResolvedInline)[]): ResolvedParagraph => parts.map((part) => (typeof part === 'string' ? { text: part } : part));

export const FORECAST_MONTHS = [
  'jan 2020',
  'feb 2020',
  'mar 2020',
  'apr 2020',
  'maj 2020',
  'jun 2020',
  'jul 2020',
  'aug 2020',
  'sep 2020',
  'okt 2020',
  'nov 2020',
  'dec 2020',
];
export const QUEUE_P50 = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3];
export const QUEUE_P90 = [1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7];
export const QUEUE_MEAN = [0.2, 0.5, 0.8, 1.1, 1.4, 1.6, 1.8, 2.1, 2.3, 2.5, 2.7, 2.9];
export const SCENARIO_COSTS = [4_482_155, 5_103_310];

export const staffingTable: MemoTable = {
  kind: 'staffing',
  caption: 'Bemanning och kostnader 2020',
  columns: [
    { heading: 'Befattning', align: 'left' },
    { heading: 'Sysselsättningsgrad', align: 'right' },
    { heading: 'Månader', align: 'right' },
    { heading: 'Kostnad inkl. PO', align: 'right' },
  ],
  rows: [
    ['Lots', '4,0', 'jan–dec', '2\u00a0412\u00a0800 kr'],
    ['Biträdande enhetschef', '1,0', 'jan–dec', '732\u00a0500 kr'],
    ['Enhetschef', '0,1', 'jan–dec', '96\u00a0400 kr'],
    ['Behandlare', '1,0', 'jan–dec', '640\u00a0300 kr'],
  ],
  totals: ['Summa', '6,1', '', '3\u00a0882\u00a0000 kr'],
  footnote: null,
};

export const genderTable: MemoTable = {
  kind: 'gender',
  caption: 'Inskrivna deltagare efter kön',
  columns: [
    { heading: 'Kön', align: 'left' },
    { heading: 'Antal', align: 'right' },
    { heading: 'Andel', align: 'right' },
  ],
  rows: [
    ['Män', '24', '89 %'],
    ['Kvinnor', '<3', '<3'],
  ],
  totals: ['Totalt', '27', '100 %'],
  footnote: 'Antal under tre redovisas som <3.',
};

export const forecastTable: MemoTable = {
  kind: 'forecast',
  caption: 'Prognos för kön per månad',
  columns: [
    { heading: 'Månad', align: 'left' },
    { heading: 'Kö, median', align: 'right' },
    { heading: 'Kö, 90:e percentil', align: 'right' },
  ],
  rows: FORECAST_MONTHS.map((month, i) => [month, String(QUEUE_P50[i]), String(QUEUE_P90[i])]),
  totals: null,
  footnote: null,
};

export const forecastChart: MemoChart = {
  kind: 'forecastFan',
  title: 'Prognos för kön 2020 (medelvärde och 90:e percentil)',
  type: 'line',
  categories: FORECAST_MONTHS,
  series: [
    { name: 'Kö, medelvärde', values: QUEUE_MEAN },
    { name: 'Kö, 90:e percentilen', values: QUEUE_P90 },
  ],
  band: { name: 'Mellan medianen och 90:e percentilen', lowerName: 'Kö, median', lower: QUEUE_P50, upper: QUEUE_P90 },
  valueFormat: 'count',
  description:
    'Diagrammet visar att kön enligt prognosen växer från noll i januari till tre personer i december (median), och till sju personer i det högre utfallet.',
};

export const scenarioChart: MemoChart = {
  kind: 'scenarioCost',
  title: 'Total kostnad per scenario 2020',
  type: 'bar',
  categories: ['Fyra lotsar', 'Fem lotsar'],
  series: [{ name: 'Total kostnad', values: SCENARIO_COSTS }],
  valueFormat: 'kronor',
  description: 'Diagrammet visar att en femte lots höjer den totala kostnaden från 4,5 mnkr till 5,1 mnkr.',
};

export function sampleMemo(): MemoDocument {
  return {
    type: 'skrivelse',
    title: 'Utöka Sociala insatsgruppen',
    subtitle: 'Svar på skrivelse från Niklas Thorén m.fl. (V)',
    forvaltning: 'Rinkeby-Kista stadsdelsförvaltning',
    avdelning: 'Avdelningen individ och familj',
    documentKind: 'Tjänsteutlåtande',
    dnr: 'RK 2019/1234',
    dateTable: '2020-01-22',
    dateText: '22 januari 2020',
    handlaggare: { name: 'Kim Lindqvist', phone: '08-508 01 234' },
    addressee: 'Till Rinkeby-Kista stadsdelsnämnd',
    sections: [
      {
        key: 'forslagTillBeslut',
        heading: 'Förslag till beslut',
        blocks: [
          {
            kind: 'numbered',
            items: [
              p('Skrivelsen besvaras med förvaltningens tjänsteutlåtande.'),
              p('Stadsdelsnämnden överlämnar tjänsteutlåtandet till socialnämnden för kännedom.'),
            ],
          },
        ],
      },
      {
        key: 'sammanfattning',
        heading: 'Sammanfattning',
        blocks: [
          {
            kind: 'paragraph',
            inlines: p(
              'I en skrivelse daterad 2019-10-24 önskar Niklas Thorén m.fl. (V) att förvaltningen ska besvara ett antal frågor om sociala insatsgruppen (SIG).',
            ),
          },
          {
            kind: 'paragraph',
            inlines: p(
              'Förvaltningen har ansökt och beviljats ',
              { text: '4,5\u00a0mnkr', figure: 'finansiering' },
              ' från socialförvaltningen. I nuläget finns ingen kö och de personer som ansöker till SIG tas in.',
            ),
          },
        ],
      },
      {
        key: 'arendetsBeredning',
        heading: 'Ärendets beredning',
        blocks: [{ kind: 'paragraph', inlines: p('Skrivelsen har beretts inom avdelningen individ och familj.') }],
      },
      {
        key: 'arendet',
        heading: 'Ärendet',
        blocks: [
          {
            kind: 'paragraph',
            inlines: p(
              'En skrivelse från Niklas Thorén m.fl. (V) inlämnades till stadsdelsnämnden vid dess sammanträde den 24 oktober 2019. Skrivelsen önskar svar på följande frågor.',
            ),
          },
          {
            kind: 'quote',
            paragraphs: [p({ text: 'Bedömer förvaltningen att SIG är befriade från besparingskraven som råder i övriga verksamheter?', italic: true })],
          },
          { kind: 'bullets', items: [p('Tilldelad budget omfattar fyra lotsar.'), p('En biträdande enhetschef och en enhetschef på 10 procent.')] },
          {
            kind: 'paragraph',
            inlines: p(
              'SIG har ',
              { text: 'fyra', figure: 'lotsar' },
              ' lotsar som arbetar med deltagarna. I nuläget är ',
              { text: '27', figure: 'inskrivna' },
              ' personer inskrivna varav ',
              { text: '24', figure: 'man' },
              ' män och ',
              { text: 'färre än tre', figure: 'kvinnor' },
              ' kvinnor. Varje lots arbetar med cirka sju deltagare. I dag finns ingen kö till SIG.',
            ),
          },
          { kind: 'table', table: staffingTable },
          { kind: 'table', table: genderTable },
          { kind: 'chart', chart: forecastChart },
          { kind: 'table', table: forecastTable },
          { kind: 'chart', chart: scenarioChart },
        ],
      },
      {
        key: 'synpunkter',
        heading: 'Förvaltningens synpunkter och förslag',
        blocks: [
          {
            kind: 'paragraph',
            inlines: p(
              'Förvaltningen bedömer att det inte finns behov av att anställa fler lotsar eftersom det i nuläget inte är kö till SIG.',
              { text: '', lineBreak: true },
              'Om efterfrågan ökar kommer fler lotsar att behöva anställas.',
            ),
          },
        ],
      },
      {
        key: 'bilagor',
        heading: 'Bilagor',
        blocks: [{ kind: 'numbered', items: [p('Skrivelse från Niklas Thorén m.fl. (V) om att utöka sociala insatsgruppen')] }],
      },
    ],
    signatories: [
      { name: 'Susanne Leinsköld', title: 'stadsdelsdirektör' },
      { name: 'Anna Mattsson', title: 'avdelningschef' },
    ],
    bilagor: ['Skrivelse från Niklas Thorén m.fl. (V) om att utöka sociala insatsgruppen'],
    attestations: [
      { name: 'Susanne Leinsköld', title: 'stadsdelsdirektör', date: '2020-01-22' },
      { name: 'Anna Mattsson', title: 'avdelningschef', date: '2020-01-22' },
    ],
    maskNote: 'Antal under tre redovisas som ”färre än tre” (i tabeller <3), liksom antal som de skulle kunna räknas fram ur.',
    tables: { staffing: staffingTable, gender: genderTable, forecast: forecastTable },
    charts: { forecastFan: forecastChart, scenarioCost: scenarioChart },
    figures: [
      { key: 'lotsar', name: 'Lotsar', placeholder: 'lotsar', text: 'fyra' },
      { key: 'inskrivna', name: 'Inskrivna', placeholder: 'inskrivna', text: '27' },
      { key: 'kostnadPerDeltagare', name: 'Kostnad per deltagare', placeholder: 'kostnad_per_deltagare', text: '143\u00a0778 kronor' },
      { key: 'finansiering', name: 'Finansiering', placeholder: 'finansiering', text: '4,5\u00a0mnkr' },
    ],
    language: 'sv-SE',
    author: 'Kim Lindqvist',
  };
}
