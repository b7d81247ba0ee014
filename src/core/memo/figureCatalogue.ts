// The catalogue of every figure a tjänsteutlåtande can cite: key (used by the `figure` chip and the
// snapshot), Swedish name, template placeholder ({{kostnad_per_deltagare}}), definition, source and
// how it prints (see textFormat.ts). Values are computed in computeFigures.ts; this file only says
// what each figure is. Keys are stable: stored memos cite them, so a key is never renamed.
import type { CountNoun } from '../format/index.ts';
import { GENDER_HEADINGS, GENDER_TERMS } from '../validation/fieldNames.ts';

/** How a figure prints. */
export type FigureFormat =
  /** A whole count with its noun: "fyra lotsar", "27 personer inskrivna"; tables: "27". */
  | { kind: 'count'; noun: CountNoun }
  /** Lots FTE: "fyra lotsar", "4,5 lotsar", "en lots"; tables: "4,0". */
  | { kind: 'fte'; noun: CountNoun }
  /**
   * Kronor: "4,5 mnkr" / "200 000 kronor" in text, "200 000 kr" in tables. An `approximate` amount
   * (an estimate, written after "omkring") is rounded in text to the nearest thousand kronor
   * (formatApproxAmountForText: "643 000 kronor"); its table cell stays exact.
   */
  | { kind: 'amount'; approximate?: true }
  /** A share of one: "38 procent" in text, "38 %" in tables. */
  | { kind: 'percent'; decimals: number }
  /** A probability (share of one): as percent, but never rounded to a misleading 0 or 100. */
  | { kind: 'probability' }
  /**
   * A decimal quantity: tables with `decimals`; text rounded to `textDecimals` (0: a whole
   * number, in words up to twelve) with the noun ("sju deltagare", "2,3 anmälningar").
   */
  | { kind: 'decimal'; decimals: number; textDecimals: number; noun: CountNoun | null }
  /**
   * A calendar month, stored as year × 100 + month (202103 for mars 2021; see monthFigureValue):
   * "mars 2021" in text and in tables.
   */
  | { kind: 'month' };

export type FigureGroup = 'bemanning' | 'deltagare' | 'ekonomi' | 'prognos' | 'statistik' | 'scenario';

export const FIGURE_GROUP_LABELS: Record<FigureGroup, string> = {
  bemanning: 'Bemanning',
  deltagare: 'Deltagare',
  ekonomi: 'Ekonomi',
  prognos: 'Prognos',
  statistik: 'Månadsstatistik',
  scenario: 'Scenario',
};

export interface MemoFigureDefinition {
  key: string;
  /** Swedish name as a heading or in the picker: "Kostnad per deltagare". */
  name: string;
  /** Template placeholder without braces: "kostnad_per_deltagare". */
  placeholder: string;
  group: FigureGroup;
  /** What the figure means, in one or two Swedish sentences. */
  definition: string;
  /** Where it comes from: "Planen", "Prognosen", "Månadsstatistiken", … */
  source: string;
  format: FigureFormat;
  /**
   * Small-count masking: 'count' is a count of people (masked below the threshold), and
   * 'perEnrolled' a figure from which the number enrolled follows (masked when the enrolled are).
   */
  masking?: 'count' | 'perEnrolled';
}

const noun = (singular: string, plural: string, gender: CountNoun['gender'] = 'common'): CountNoun => ({ singular, plural, gender });

const LOTS = noun('lots', 'lotsar');
const PLATS = noun('plats', 'platser');
const PERSON = noun('person', 'personer');
const MANAD = noun('månad', 'månader');

const PLAN = 'Planen för året';
const FORECAST = 'Prognosen (Lotsplan) från dagens läge, med planens eller statistikens efterfrågan';
const STATISTICS = 'Enhetens månadsstatistik';

const HIRING_SOURCE = 'Prognosen (Lotsplan) för tjänsteutlåtandets scenario, eller för planen när inget scenario är valt';
const HIRING_RISK = 'risken att behöva vänta';

const today = 'med dagens efterfrågan';
const raised = 'om efterfrågan ökar';

/** Raised demand in the memo's forecasts: arrivals +30 procent ("Ökat tryck"). */
export const RAISED_DEMAND_PERCENT = 30;

function risk(key: string, name: string, placeholder: string, months: 6 | 12, demand: 'today' | 'raised', extraLots: boolean): MemoFigureDefinition {
  return {
    key,
    name,
    placeholder,
    group: 'prognos',
    definition:
      `Sannolikheten att den som anmäls ${months === 6 ? 'om sex månader' : 'om tolv månader'} behöver vänta på en plats, ` +
      `${demand === 'today' ? today : `${raised} med ${RAISED_DEMAND_PERCENT} procent`}` +
      `${extraLots ? ' och med en lots till' : ' och med dagens bemanning'}.`,
    source: FORECAST,
    format: { kind: 'probability' },
  };
}

export const MEMO_FIGURES: readonly MemoFigureDefinition[] = [
  // Bemanning
  {
    key: 'lotsar',
    name: 'Lotsar',
    placeholder: 'lotsar',
    group: 'bemanning',
    definition: 'Lotsarnas sysselsättningsgrad sammanlagt (årsarbetare), tillsatta tjänster.',
    source: PLAN,
    format: { kind: 'fte', noun: LOTS },
  },
  {
    key: 'platser',
    name: 'Platser',
    placeholder: 'platser',
    group: 'bemanning',
    definition: 'Antal deltagare som lotsarna kan ta emot i december: lotsar × deltagare per heltidslots, avrundat nedåt.',
    source: PLAN,
    format: { kind: 'count', noun: PLATS },
  },
  {
    key: 'deltagarePerHeltidslots',
    name: 'Deltagare per heltidslots (planerat)',
    placeholder: 'deltagare_per_heltidslots',
    group: 'bemanning',
    definition: 'Hur många deltagare en lots på heltid planeras arbeta med.',
    source: PLAN,
    format: { kind: 'decimal', decimals: 1, textDecimals: 0, noun: noun('deltagare', 'deltagare') },
  },
  {
    key: 'rekommenderadeLotsar',
    name: 'Rekommenderat antal lotsar',
    placeholder: 'rekommenderat_antal_lotsar',
    group: 'bemanning',
    definition: 'Minsta antal lotsar på heltid som på lång sikt håller risken att behöva vänta och väntetiden inom målen.',
    source: FORECAST,
    format: { kind: 'fte', noun: LOTS },
  },
  {
    key: 'lotsarUtoverRekommendation',
    name: 'Lotsar som behövs utöver dagens',
    placeholder: 'lotsar_som_behovs_utover_dagens',
    group: 'bemanning',
    definition: 'Rekommenderat antal lotsar minus dagens lotsar; noll när dagens räcker.',
    source: FORECAST,
    format: { kind: 'fte', noun: LOTS },
  },
  // Vad krävs? (the hiring plan of the memo's scenario, or of the plan)
  {
    key: 'lotsarForMalet',
    name: 'Ytterligare lotsar för att hålla målet',
    placeholder: 'ytterligare_lotsar_för_att_hålla_målet',
    group: 'bemanning',
    definition: `Det minsta antalet lotsar till på heltid, i steg om en halv, som håller ${HIRING_RISK} inom målet varje månad från det att en lots som rekryteras nu kan börja, enligt ”Vad krävs?” i prognosen; noll när dagens bemanning räcker.`,
    source: HIRING_SOURCE,
    format: { kind: 'fte', noun: LOTS },
  },
  {
    key: 'lotsarForMaletBorjarSenast',
    name: 'Ytterligare lotsar börjar senast',
    placeholder: 'ytterligare_lotsar_börjar_senast',
    group: 'bemanning',
    definition: 'Den senaste månad då de ytterligare lotsarna måste börja ta emot deltagare för att målet ska hållas; saknas när ingen lots till behövs.',
    source: HIRING_SOURCE,
    format: { kind: 'month' },
  },
  {
    key: 'lotsarForMaletRekryteringSenast',
    name: 'Rekryteringen påbörjas senast',
    placeholder: 'rekryteringen_påbörjas_senast',
    group: 'bemanning',
    definition:
      'Den senaste månad då rekryteringen av de ytterligare lotsarna måste påbörjas: månaden de börjar minus rekryteringstiden; saknas när ingen lots till behövs.',
    source: HIRING_SOURCE,
    format: { kind: 'month' },
  },
  {
    key: 'malOverskridsFran',
    name: 'Målet överskrids från',
    placeholder: 'målet_överskrids_från',
    group: 'bemanning',
    definition: `Den första prognosmånad då ${HIRING_RISK} är över målet utan ytterligare lotsar; saknas när målet hålls hela prognosperioden.`,
    source: HIRING_SOURCE,
    format: { kind: 'month' },
  },
  {
    key: 'lotsarForMaletKostnadStartar',
    name: 'Kostnad för ytterligare lotsar det år de börjar',
    placeholder: 'kostnad_för_ytterligare_lotsar_det_år_de_börjar',
    group: 'ekonomi',
    definition:
      'Vad de ytterligare lotsarna kostar från månaden de börjar till årets slut, med medianlönen för planens lotsar, lönerevision och PO-pålägg; saknas när ingen lots till behövs. I löptext avrundat till tusental kronor.',
    source: HIRING_SOURCE,
    format: { kind: 'amount', approximate: true },
  },
  {
    key: 'lotsarForMaletKostnadHeltAr',
    name: 'Kostnad för ytterligare lotsar, helt år',
    placeholder: 'kostnad_för_ytterligare_lotsar_helt_år',
    group: 'ekonomi',
    definition:
      'Vad de ytterligare lotsarna kostar under ett helt år, med medianlönen för planens lotsar, lönerevision och PO-pålägg; saknas när ingen lots till behövs. I löptext avrundat till tusental kronor.',
    source: HIRING_SOURCE,
    format: { kind: 'amount', approximate: true },
  },
  // Deltagare
  {
    key: 'inskrivna',
    name: 'Inskrivna',
    placeholder: 'inskrivna',
    group: 'deltagare',
    definition: 'Personer som är inskrivna i SIG enligt planen.',
    source: PLAN,
    format: { kind: 'count', noun: noun('person inskriven', 'personer inskrivna') },
    masking: 'count',
  },
  {
    key: 'man',
    name: 'Män',
    placeholder: 'män',
    group: 'deltagare',
    definition: 'Inskrivna män.',
    source: PLAN,
    format: { kind: 'count', noun: noun('man', 'män') },
    masking: 'count',
  },
  {
    key: 'kvinnor',
    name: 'Kvinnor',
    placeholder: 'kvinnor',
    group: 'deltagare',
    definition: 'Inskrivna kvinnor.',
    source: PLAN,
    format: { kind: 'count', noun: noun('kvinna', 'kvinnor') },
    masking: 'count',
  },
  {
    key: 'annanKonstillhorighet',
    name: GENDER_HEADINGS.otherGender,
    placeholder: 'annan_könstillhörighet',
    group: 'deltagare',
    definition: `Inskrivna med ${GENDER_TERMS.otherGender} än man eller kvinna.`,
    source: PLAN,
    format: { kind: 'count', noun: noun(`person med ${GENDER_TERMS.otherGender}`, `personer med ${GENDER_TERMS.otherGender}`) },
    masking: 'count',
  },
  {
    key: 'konUppgiftSaknas',
    name: `Inskrivna med ${GENDER_TERMS.genderUnknown}`,
    // The placeholder keeps its first name: Word templates already use it.
    placeholder: 'inskrivna_utan_uppgift_om_kön',
    group: 'deltagare',
    definition: 'Inskrivna vars kön inte är redovisat.',
    source: PLAN,
    format: { kind: 'count', noun: noun(`person med ${GENDER_TERMS.genderUnknown}`, `personer med ${GENDER_TERMS.genderUnknown}`) },
    masking: 'count',
  },
  {
    key: 'deltagarePerLots',
    name: 'Deltagare per lots',
    placeholder: 'deltagare_per_lots',
    group: 'deltagare',
    definition: 'Inskrivna delat med lotsar (årsarbetare).',
    source: PLAN,
    format: { kind: 'decimal', decimals: 1, textDecimals: 0, noun: noun('deltagare', 'deltagare') },
    masking: 'perEnrolled',
  },
  {
    key: 'ko',
    name: 'Kö',
    placeholder: 'kö',
    group: 'deltagare',
    definition: 'Personer som väntar på en plats enligt planen.',
    source: PLAN,
    format: { kind: 'count', noun: noun('person i kö', 'personer i kö') },
    masking: 'count',
  },
  {
    key: 'berorda',
    name: 'Berörda',
    placeholder: 'berörda',
    group: 'deltagare',
    definition: 'Personer som berörts av arbetet utan att skrivas in.',
    source: PLAN,
    format: { kind: 'count', noun: PERSON },
    masking: 'count',
  },
  {
    key: 'belaggning',
    name: 'Beläggning',
    placeholder: 'beläggning',
    group: 'deltagare',
    definition: 'Belastningen (anmälningar per månad × vistelsetid) delad med platserna.',
    source: PLAN,
    format: { kind: 'percent', decimals: 0 },
  },
  {
    key: 'belastning',
    name: 'Belastning',
    placeholder: 'belastning',
    group: 'deltagare',
    definition: 'Hur många som i genomsnitt behöver en plats: anmälningar per månad × vistelsetid i månader.',
    source: PLAN,
    // People, not places: how many need a place at the same time (the places are platser).
    format: { kind: 'decimal', decimals: 1, textDecimals: 0, noun: noun('person som behöver en plats samtidigt', 'personer som behöver en plats samtidigt') },
  },
  // Ekonomi
  {
    key: 'personalkostnad',
    name: 'Personalkostnad',
    placeholder: 'personalkostnad',
    group: 'ekonomi',
    definition: 'Summan av sysselsättningsgrad × månadslön × månader × (1 + PO-pålägg) för alla tillsatta tjänster.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'ovrigaKostnader',
    name: 'Övriga kostnader',
    placeholder: 'övriga_kostnader',
    group: 'ekonomi',
    definition: 'Lokaler, aktiviteter, köpta tjänster och andra kostnader än personal.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'totalKostnad',
    name: 'Total kostnad',
    placeholder: 'total_kostnad',
    group: 'ekonomi',
    definition: 'Personalkostnad plus övriga kostnader.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'finansiering',
    name: 'Finansiering',
    placeholder: 'finansiering',
    group: 'ekonomi',
    definition: 'Summan av beviljade medel och annan finansiering, före besparingskrav.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'besparingskrav',
    name: 'Besparingskrav',
    placeholder: 'besparingskrav',
    group: 'ekonomi',
    definition: 'Finansieringen × besparingskravet i procent; noll när verksamheten är befriad.',
    source: 'Planens årsinställningar',
    format: { kind: 'amount' },
  },
  {
    key: 'saldo',
    name: 'Saldo',
    placeholder: 'saldo',
    group: 'ekonomi',
    definition: 'Finansiering efter besparingskrav minus total kostnad; negativt är ett underskott.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'overskott',
    name: 'Överskott',
    placeholder: 'överskott',
    group: 'ekonomi',
    definition: 'Resultatet när det är positivt, annars noll.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'underskott',
    name: 'Underskott',
    placeholder: 'underskott',
    group: 'ekonomi',
    definition: 'Resultatet med omvänt tecken när det är negativt, annars noll.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'kostnadPerDeltagare',
    name: 'Kostnad per deltagare',
    placeholder: 'kostnad_per_deltagare',
    group: 'ekonomi',
    definition: 'Total kostnad delad med antalet inskrivna.',
    source: PLAN,
    format: { kind: 'amount' },
    masking: 'perEnrolled',
  },
  {
    key: 'kostnadPerLots',
    name: 'Kostnad per lots',
    placeholder: 'kostnad_per_lots',
    group: 'ekonomi',
    definition: 'Lotsarnas personalkostnad delad med lotsarnas årsarbetare.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'marginalkostnadLotsResterandeAr',
    name: 'Marginalkostnad för en lots, resten av året',
    placeholder: 'marginalkostnad_för_en_lots_resten_av_året',
    group: 'ekonomi',
    definition:
      'Vad en lots till på heltid kostar från nästa månad till årets slut, med medianlönen för planens lotsar och PO-pålägg; gäller planen ett annat år än det innevarande räknas hela året.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'marginalkostnadLotsHeltAr',
    name: 'Marginalkostnad för en lots, helt år',
    placeholder: 'marginalkostnad_för_en_lots_helt_år',
    group: 'ekonomi',
    definition: 'Vad en lots till på heltid kostar under ett helt år, med medianlönen för planens lotsar och PO-pålägg.',
    source: PLAN,
    format: { kind: 'amount' },
  },
  {
    key: 'marginalPlatser',
    name: 'Platser som en lots till ger',
    placeholder: 'platser_som_en_lots_till_ger',
    group: 'bemanning',
    definition: 'Hur många platser en lots till på heltid ger, efter rekryteringstiden.',
    source: PLAN,
    format: { kind: 'count', noun: PLATS },
  },
  {
    key: 'kostnadRekommendation',
    name: 'Kostnad för rekommenderad bemanning',
    placeholder: 'kostnad_för_rekommenderad_bemanning',
    group: 'ekonomi',
    definition:
      'Skillnaden per år mellan rekommenderat och dagens antal lotsar, med medianlönen för planens lotsar och PO-pålägg; negativt är en besparing. I löptext avrundat till tusental kronor.',
    source: FORECAST,
    format: { kind: 'amount', approximate: true },
  },
  // Prognos
  {
    key: 'okadEfterfragan',
    name: 'Ökad efterfrågan',
    placeholder: 'ökad_efterfrågan',
    group: 'prognos',
    definition: 'Hur mycket fler anmälningar per månad prognosen med ökad efterfrågan räknar med.',
    source: 'Lotsplan',
    format: { kind: 'percent', decimals: 0 },
  },
  {
    key: 'malRisk',
    name: 'Mål för risk att behöva vänta',
    placeholder: 'mål_för_risk_att_behöva_vänta',
    group: 'prognos',
    definition: 'Högsta godtagbara andel av de sökande som behöver vänta, som rekommendationen räknar med.',
    source: 'Lotsplan',
    format: { kind: 'percent', decimals: 0 },
  },
  risk('riskVanta6', 'Risk att behöva vänta om 6 månader', 'risk_att_behöva_vänta_om_6_månader', 6, 'today', false),
  risk('riskVanta12', 'Risk att behöva vänta om 12 månader', 'risk_att_behöva_vänta_om_12_månader', 12, 'today', false),
  risk(
    'riskVanta6Okad',
    'Risk att behöva vänta om 6 månader vid ökad efterfrågan',
    'risk_att_behöva_vänta_om_6_månader_vid_ökad_efterfrågan',
    6,
    'raised',
    false,
  ),
  risk(
    'riskVanta12Okad',
    'Risk att behöva vänta om 12 månader vid ökad efterfrågan',
    'risk_att_behöva_vänta_om_12_månader_vid_ökad_efterfrågan',
    12,
    'raised',
    false,
  ),
  risk(
    'riskVanta12EnLotsTill',
    'Risk att behöva vänta om 12 månader med en lots till',
    'risk_att_behöva_vänta_om_12_månader_med_en_lots_till',
    12,
    'today',
    true,
  ),
  risk(
    'riskVanta12OkadEnLotsTill',
    'Risk att behöva vänta om 12 månader vid ökad efterfrågan med en lots till',
    'risk_att_behöva_vänta_om_12_månader_vid_ökad_efterfrågan_med_en_lots_till',
    12,
    'raised',
    true,
  ),
  {
    key: 'riskVantaLangSikt',
    name: 'Risk att behöva vänta på lång sikt',
    placeholder: 'risk_att_behöva_vänta_på_lång_sikt',
    group: 'prognos',
    definition: 'Andelen av de sökande som på lång sikt behöver vänta med dagens efterfrågan och bemanning (Erlang C).',
    source: FORECAST,
    format: { kind: 'probability' },
  },
  {
    key: 'koOm12ManaderP90',
    name: 'Kö om 12 månader (90:e percentil)',
    placeholder: 'kö_om_12_månader_90_percentil',
    group: 'prognos',
    definition: 'Kön om tolv månader som med 90 procents sannolikhet inte överskrids, med dagens efterfrågan.',
    source: FORECAST,
    format: { kind: 'count', noun: PERSON },
  },
  {
    key: 'anmalningarPerManad',
    name: 'Anmälningar per månad',
    placeholder: 'anmälningar_per_månad',
    group: 'prognos',
    definition: 'Efterfrågan som prognosen räknar med: planens antagande, eller annars skattningen från månadsstatistiken.',
    source: 'Planen eller månadsstatistiken',
    format: { kind: 'decimal', decimals: 2, textDecimals: 1, noun: noun('anmälan', 'anmälningar') },
  },
  {
    key: 'vistelsetid',
    name: 'Genomsnittlig vistelsetid',
    placeholder: 'genomsnittlig_vistelsetid',
    group: 'prognos',
    definition: 'Vistelsetiden i månader som prognosen räknar med: planens antagande, eller annars skattningen från månadsstatistiken.',
    source: 'Planen eller månadsstatistiken',
    format: { kind: 'decimal', decimals: 1, textDecimals: 1, noun: MANAD },
  },
  // Månadsstatistik
  {
    key: 'skattadeAnmalningarPerManad',
    name: 'Skattade anmälningar per månad',
    placeholder: 'skattade_anmälningar_per_månad',
    group: 'statistik',
    definition: 'Medelantalet anmälningar (eller nya inskrivningar) per månad under de senaste tolv månaderna med statistik.',
    source: STATISTICS,
    format: { kind: 'decimal', decimals: 2, textDecimals: 1, noun: noun('anmälan', 'anmälningar') },
  },
  {
    key: 'skattadVistelsetid',
    name: 'Skattad vistelsetid',
    placeholder: 'skattad_vistelsetid',
    group: 'statistik',
    definition: 'Medelantalet inskrivna delat med antalet avslut per månad (Littles lag), de senaste tolv månaderna.',
    source: STATISTICS,
    format: { kind: 'decimal', decimals: 1, textDecimals: 1, noun: MANAD },
  },
  {
    key: 'anmalningarAret',
    name: 'Anmälningar under året',
    placeholder: 'anmälningar_under_året',
    group: 'statistik',
    definition: 'Summan av anmälningarna under planens år, för de månader de är räknade.',
    source: STATISTICS,
    format: { kind: 'count', noun: noun('anmälan', 'anmälningar') },
    masking: 'count',
  },
  {
    key: 'nyaInskrivningarAret',
    name: 'Nya inskrivningar under året',
    placeholder: 'nya_inskrivningar_under_året',
    group: 'statistik',
    definition: 'Summan av nya inskrivningar under planens år.',
    source: STATISTICS,
    format: { kind: 'count', noun: noun('ny deltagare', 'nya deltagare') },
    masking: 'count',
  },
  {
    key: 'avslutAret',
    name: 'Avslut under året',
    placeholder: 'avslut_under_året',
    group: 'statistik',
    definition: 'Summan av avslut under planens år.',
    source: STATISTICS,
    format: { kind: 'count', noun: noun('avslut', 'avslut', 'neuter') },
    masking: 'count',
  },
  {
    key: 'statistikManader',
    name: 'Månader med statistik under året',
    placeholder: 'månader_med_statistik_under_året',
    group: 'statistik',
    definition: 'Antal månader av planens år som har månadsstatistik.',
    source: STATISTICS,
    format: { kind: 'count', noun: MANAD },
  },
  // Scenario
  {
    key: 'scenarioLotsar',
    name: 'Lotsar i scenariot',
    placeholder: 'lotsar_i_scenariot',
    group: 'scenario',
    definition: 'Lotsarnas årsarbetare i tjänsteutlåtandets scenario.',
    source: 'Scenariot',
    format: { kind: 'fte', noun: LOTS },
  },
  {
    key: 'scenarioPlatser',
    name: 'Platser i scenariot',
    placeholder: 'platser_i_scenariot',
    group: 'scenario',
    definition: 'Platser i december i scenariot.',
    source: 'Scenariot',
    format: { kind: 'count', noun: PLATS },
  },
  {
    key: 'scenarioTotalKostnad',
    name: 'Total kostnad i scenariot',
    placeholder: 'total_kostnad_i_scenariot',
    group: 'scenario',
    definition: 'Personalkostnad plus övriga kostnader i scenariot.',
    source: 'Scenariot',
    format: { kind: 'amount' },
  },
  {
    key: 'scenarioSaldo',
    name: 'Resultat i scenariot',
    placeholder: 'resultat_i_scenariot',
    group: 'scenario',
    definition: 'Finansiering efter besparingskrav minus total kostnad i scenariot.',
    source: 'Scenariot',
    format: { kind: 'amount' },
  },
  {
    key: 'scenarioKostnadsskillnad',
    name: 'Kostnadsskillnad mot planen',
    placeholder: 'kostnadsskillnad_mot_planen',
    group: 'scenario',
    definition: 'Scenariots totala kostnad minus planens.',
    source: 'Scenariot',
    format: { kind: 'amount' },
  },
  {
    key: 'scenarioRiskVanta12',
    name: 'Risk att behöva vänta om 12 månader i scenariot',
    placeholder: 'risk_att_behöva_vänta_om_12_månader_i_scenariot',
    group: 'scenario',
    definition: 'Sannolikheten att den som anmäls om tolv månader behöver vänta, med scenariots bemanning och efterfrågan.',
    source: FORECAST,
    format: { kind: 'probability' },
  },
];

/** A month as a figure's value: mars 2021 → 202103. */
export function monthFigureValue(year: number, month: number): number {
  return year * 100 + month;
}

/** A month figure's value as year and month: 202103 → { year: 2021, month: 3 }; null for no valid month. */
export function monthOfFigureValue(value: number): { year: number; month: number } | null {
  if (!Number.isInteger(value)) return null;
  const year = Math.floor(value / 100);
  const month = value - year * 100;
  return month >= 1 && month <= 12 && year >= 1900 && year <= 9999 ? { year, month } : null;
}

const BY_KEY = new Map(MEMO_FIGURES.map((f) => [f.key, f]));

/** The catalogue entry for a key, or undefined for a key that no longer exists. */
export function figureByKey(key: string): MemoFigureDefinition | undefined {
  return BY_KEY.get(key);
}

/** Every catalogue key, in the catalogue's order. */
export const MEMO_FIGURE_KEYS: readonly string[] = MEMO_FIGURES.map((f) => f.key);
