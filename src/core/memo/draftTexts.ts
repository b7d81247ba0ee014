// The paragraphs the default texts share, written in the style of the reference memo and the city's 2016 report (docs/DOMAIN.md): plain,
// factual, third person, present tense, figures as chips. Each function looks at the snapshot's
// values to choose singular or plural, "ingen kö" or "X personer i kö", a deficit or a surplus,
// and leaves out what the unit has no figures for.
import { formatPercentValue, monthName } from '../format/index.ts';
import type { FundingLine } from '../plan/model.ts';
import type { YearSettings } from '../staffing/settings.ts';
import { marginalFromMonth } from './computeFigures.ts';
import type { MemoFigures, MemoForecastStart } from './model.ts';
import { forecastStartBasisText, referralMonthText } from './forecastStartNote.ts';
import { fig, p, sentences, type Part } from './richTextBuild.ts';
import type { ParagraphNode } from './model.ts';

export interface DraftContext {
  year: number;
  /** The unit as the memo names it: "SIG". */
  unit: string;
  values: MemoFigures['values'];
  funding: readonly FundingLine[];
  settings: YearSettings;
  ageFrom: number | null;
  ageTo: number | null;
  /** "stadsdelsnämnden", "socialnämnden". */
  namndDefinite: string;
  /** "avdelningen individ och familj", or "förvaltningen". */
  avdelningText: string;
  staff: MemoFigures['series']['staff'];
  /** Where the forecast's demand comes from: the plan's assumption or the statistics' estimate. */
  demandSource: 'plan' | 'statistics' | null;
  /** Where the forecast starts (the plan or a statistics month); null without a forecast. */
  forecastStart: MemoForecastStart | null;
  /** Figures the memo hides (small-count masking), so that no sentence gives them away. */
  masked: ReadonlySet<string>;
  now: Date;
}

export const v = (ctx: DraftContext, key: string): number | null => ctx.values[key]?.value ?? null;
const has = (ctx: DraftContext, key: string) => v(ctx, key) !== null;
const positive = (ctx: DraftContext, key: string) => (v(ctx, key) ?? 0) > 0;

/** "Rinkeby-Kista stadsdelsnämnd" → "stadsdelsnämnden"; "Socialnämnden" → "socialnämnden". */
export function definiteNamnd(namnd: string): string {
  const last = namnd.trim().split(/\s+/).at(-1) ?? '';
  if (last === '') return 'nämnden';
  const lower = last.charAt(0).toLocaleLowerCase('sv') + last.slice(1);
  return /nämnd$/.test(lower) ? `${lower}en` : lower;
}

/** "Avdelningen individ och familj" → "avdelningen individ och familj"; "" → "förvaltningen". */
export function avdelningInText(avdelning: string): string {
  const a = avdelning.trim();
  if (a === '') return 'förvaltningen';
  return /^Avdelning/.test(a) ? a.charAt(0).toLowerCase() + a.slice(1) : a;
}

/**
 * A funding source in running text: an administration or board named by its common noun is
 * written in lower case ("Socialförvaltningen" → "socialförvaltningen", "Stadsdelsförvaltningens
 * budget" → "stadsdelsförvaltningens budget"); names ("Rinkeby-Kista stadsdelsförvaltning",
 * "Kriminalvården", "Jobbtorg") stay as written.
 */
export function sourceInText(source: string): string {
  // The organisation only: "Socialförvaltningen, gemensam ansökan med Farsta (…)" → "socialförvaltningen".
  const s = source.split(/[,(;:]/)[0]!.trim();
  const first = s.split(/\s+/)[0] ?? '';
  return /^[A-ZÅÄÖ][a-zåäö]*(förvaltningen|förvaltningens|nämnden|nämndens)$/.test(first) ? s.charAt(0).toLocaleLowerCase('sv') + s.slice(1) : s;
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** "personer 19–29 år", "vuxna från 18 år", "vuxna". */
export function ageText(ctx: DraftContext): string {
  if (ctx.ageFrom !== null && ctx.ageTo !== null) return `personer ${ctx.ageFrom}–${ctx.ageTo} år`;
  if (ctx.ageFrom !== null) return `personer från ${ctx.ageFrom} år`;
  return 'personer';
}

/** The reference memo (docs/DOMAIN.md): "SIG har fyra lotsar … I dag finns ingen kö till SIG." */
export function stateParagraph(ctx: DraftContext, withIntake = false): ParagraphNode {
  const enrolled = v(ctx, 'inskrivna') ?? 0;
  const queue = v(ctx, 'ko') ?? 0;
  const genders: Part[][] = [];
  for (const key of ['man', 'kvinnor', 'annanKonstillhorighet', 'konUppgiftSaknas']) {
    if (positive(ctx, key)) genders.push([fig(key)]);
  }
  const genderParts: Part[] = [];
  genders.forEach((g, i) => {
    if (i > 0) genderParts.push(i === genders.length - 1 ? ' och ' : ', ');
    genderParts.push(...g);
  });
  const intake =
    queue === 0
      ? ['Alla som anmäler intresse och bedöms ha behov av stöd och hjälp från sociala insatsgruppen tas in.']
      : ['De som inte kan tas in direkt står i kö tills en plats blir ledig.'];
  const onlyUnknown = genders.length === 1 && positive(ctx, 'konUppgiftSaknas');
  return sentences(
    positive(ctx, 'lotsar')
      ? [`${ctx.unit} har `, fig('lotsar'), ' som arbetar med deltagarna.']
      : [`Planen för ${ctx.year} anger inga lotsar för ${ctx.unit}.`],
    enrolled === 0
      ? ['I nuläget är inga personer inskrivna.']
      : onlyUnknown
        ? ['I nuläget är ', fig('inskrivna'), '. Uppgift om deltagarnas kön saknas.']
        : ['I nuläget är ', fig('inskrivna'), genders.length > 0 && ', varav ', ...genderParts, '.'],
    enrolled > 0 && has(ctx, 'deltagarePerLots') && !ctx.masked.has('deltagarePerLots') && ['Varje lots arbetar med cirka ', fig('deltagarePerLots'), '.'],
    queue === 0 ? [`I dag finns ingen kö till ${ctx.unit}.`] : ['I dag finns ', fig('ko'), ` till ${ctx.unit}.`],
    withIntake && intake,
  );
}

/** "Förvaltningen har ansökt om och beviljats 4,5 mnkr från socialförvaltningen." */
/** The plan's funding sources as the text names them ("socialförvaltningen"), each once. */
function fundingSources(ctx: DraftContext): string[] {
  return [
    ...new Set(
      ctx.funding
        .filter((f) => f.amount > 0)
        .map((f) => sourceInText(f.source))
        .filter((s) => s !== ''),
    ),
  ];
}

/** An organisation one can apply to: "socialförvaltningen", "Stadsledningskontoret", not "Statsbidrag". */
const ORGANISATION = /^\S*(förvaltningen|nämnden|kontoret|styrelsen|verket|myndigheten)(\s|$)/i;

/**
 * Where more money is applied for: the plan's one funding source when it is an organisation
 * ("socialförvaltningen"); null when the plan has none, several, or one that is not (a grant).
 */
export function applicationRecipient(ctx: DraftContext): string | null {
  const sources = fundingSources(ctx);
  return sources.length === 1 && ORGANISATION.test(sources[0]!) ? sources[0]! : null;
}

export function fundingSentence(ctx: DraftContext): Part[] {
  const sources = fundingSources(ctx);
  if (!positive(ctx, 'finansiering')) return [`${ctx.unit} har ingen särskild finansiering i planen för ${ctx.year}.`];
  if (sources.length === 1) return ['Förvaltningen har ansökt om och beviljats ', fig('finansiering'), ` från ${sources[0]}.`];
  return [`Verksamheten finansieras ${ctx.year} med sammanlagt `, fig('finansiering'), sources.length > 0 ? ` från ${listText(sources)}.` : '.'];
}

/** Costs against funding, with a surplus or a deficit. */
export function costParagraph(ctx: DraftContext): ParagraphNode {
  const balance = v(ctx, 'saldo') ?? 0;
  const rounded = Math.round(balance);
  if (!positive(ctx, 'totalKostnad')) return sentences(fundingSentence(ctx), [`Planen för ${ctx.year} redovisar inga kostnader.`]);
  return sentences(
    fundingSentence(ctx),
    [
      `Verksamhetens kostnader för ${ctx.year} beräknas till `,
      fig('totalKostnad'),
      positive(ctx, 'personalkostnad') && ', varav ',
      positive(ctx, 'personalkostnad') && fig('personalkostnad'),
      positive(ctx, 'personalkostnad') && ' för personal',
      '.',
    ],
    positive(ctx, 'besparingskrav') && ['Besparingskravet uppgår till ', fig('besparingskrav'), '.'],
    rounded > 0
      ? [`Det ger ett överskott på `, fig('overskott'), '.']
      : rounded < 0
        ? [`Det ger ett underskott på `, fig('underskott'), '.']
        : ['Kostnaderna motsvarar finansieringen.'],
  );
}

/** The answer to "är SIG befriat från besparingskraven?" (the reference memo). */
export function savingsParagraph(ctx: DraftContext): ParagraphNode {
  const s = ctx.settings;
  const deficit = Math.round(v(ctx, 'saldo') ?? 0) < 0;
  const first: Part[] = s.savingsExempt
    ? [`${ctx.unit} är befriad från de besparingskrav som gäller för övriga verksamheter.`]
    : s.savingsRequirementPercent > 0
      ? [
          `${ctx.unit} omfattas av besparingskravet på ${formatPercentValue(s.savingsRequirementPercent, { style: 'text', minDecimals: 0, maxDecimals: 1 })}, vilket motsvarar `,
          fig('besparingskrav'),
          ` för ${ctx.year}.`,
        ]
      : [`${ctx.unit} har inget besparingskrav för ${ctx.year}.`];
  const full = !deficit && (s.savingsExempt || s.savingsRequirementPercent === 0) && positive(ctx, 'finansiering');
  return sentences(
    first,
    fundingSentence(ctx),
    full && [
      `Detta är medel för personal som arbetar med ${ctx.unit}, vilket innebär att ${ctx.unit} har full bemanning för att bedriva verksamhet utan besparingskrav.`,
    ],
    deficit && ['Kostnaderna överstiger finansieringen med ', fig('underskott'), '.'],
  );
}

/** The forecast at today's and at a raised demand; null without a forecast. */
export function forecastParagraphs(ctx: DraftContext): ParagraphNode[] {
  if (!has(ctx, 'riskVanta6')) {
    return [
      p(
        'Det finns inga antaganden om efterfrågan i planen och ingen månadsstatistik att skatta den från, ' +
          'så förvaltningen kan i nuläget inte bedöma risken att behöva vänta framåt.',
      ),
    ];
  }
  return [
    sentences(
      [
        `Förvaltningens prognos utgår från läget${ctx.forecastStart ? ` enligt ${forecastStartBasisText(ctx.forecastStart)}` : ' i dag'} och från en efterfrågan på i genomsnitt `,
        fig('anmalningarPerManad'),
        ' per månad och en genomsnittlig vistelsetid på ',
        fig('vistelsetid'),
        ctx.demandSource === 'statistics' ? ', skattade ur månadsstatistiken.' : ', enligt planens antaganden.',
      ],
      [
        'Med dagens efterfrågan och bemanning är risken ',
        fig('riskVanta6'),
        ` att den som anmäls ${referralMonthText(ctx.forecastStart, 6)} behöver vänta på en plats, och `,
        fig('riskVanta12'),
        ` för den som anmäls ${referralMonthText(ctx.forecastStart, 12)}.`,
      ],
      has(ctx, 'riskVanta6Okad') && [
        'Om efterfrågan ökar med ',
        fig('okadEfterfragan'),
        ' är risken ',
        fig('riskVanta6Okad'),
        ` ${referralMonthText(ctx.forecastStart, 6)} och `,
        fig('riskVanta12Okad'),
        ` ${referralMonthText(ctx.forecastStart, 12)}.`,
      ],
      longRunSentence(ctx),
    ),
  ];
}

/** The long run at today's demand and staffing (Erlang C), or that the places do not suffice in the long run. */
function longRunSentence(ctx: DraftContext): Part[] | null {
  const risk = v(ctx, 'riskVantaLangSikt');
  if (risk === null) return null;
  // Erlang C is exactly 1 only without a steady state: the demand then fills more than every place.
  return risk >= 1
    ? ['På lång sikt räcker platserna inte med dagens efterfrågan och bemanning: kön fortsätter att växa.']
    : ['På lång sikt behöver ', fig('riskVantaLangSikt'), ' av dem som anmäls vänta på en plats med dagens efterfrågan och bemanning.'];
}

/** What one more lots costs and changes; null without lotsar to take a salary from. */
export function extraLotsParagraph(ctx: DraftContext): ParagraphNode | null {
  if (!has(ctx, 'marginalkostnadLotsHeltAr')) return null;
  const from = marginalFromMonth(ctx.year, ctx.now);
  const cost: Part[] =
    from === 1
      ? ['En lots till kostar ', fig('marginalkostnadLotsHeltAr'), ' för ett helt år och ger ', fig('marginalPlatser'), ' till.']
      : [
          `En lots till från ${monthName(from)} kostar `,
          fig('marginalkostnadLotsResterandeAr'),
          ' i år och ',
          fig('marginalkostnadLotsHeltAr'),
          ' för ett helt år, och ger ',
          fig('marginalPlatser'),
          ' till.',
        ];
  return sentences(
    cost,
    has(ctx, 'riskVanta12EnLotsTill') && [
      'Med ytterligare en lots blir risken ',
      fig('riskVanta12EnLotsTill'),
      ` för den som anmäls ${referralMonthText(ctx.forecastStart, 12)} med dagens efterfrågan och `,
      fig('riskVanta12OkadEnLotsTill'),
      ' om efterfrågan ökar med ',
      fig('okadEfterfragan'),
      '.',
    ],
  );
}

/** The recommended staffing for the risk target; null without a recommendation. */
export function recommendationParagraph(ctx: DraftContext): ParagraphNode | null {
  if (!has(ctx, 'rekommenderadeLotsar')) return null;
  const more = (v(ctx, 'lotsarUtoverRekommendation') ?? 0) > 0;
  return sentences(
    ['För att högst ', fig('malRisk'), ' av dem som anmäls ska behöva vänta behövs på lång sikt ', fig('rekommenderadeLotsar'), '.'],
    more
      ? [
          'Det är ',
          fig('lotsarUtoverRekommendation'),
          ' fler än i dag',
          has(ctx, 'kostnadRekommendation') && ', vilket kostar omkring ',
          has(ctx, 'kostnadRekommendation') && fig('kostnadRekommendation'),
          has(ctx, 'kostnadRekommendation') && ' per år',
          '.',
        ]
      : ['Dagens bemanning räcker för det.'],
  );
}

/** The reference memo (docs/DOMAIN.md): "Tilldelad budget omfattar personalkostnader för fyra lotsar, en biträdande enhetschef och en enhetschef på 10 procent." */
export function budgetStaffSentence(ctx: DraftContext): Part[] | null {
  const others = ctx.staff.filter((s) => s.role !== 'Lots');
  if (!positive(ctx, 'lotsar') && others.length === 0) return null;
  const items: Part[][] = [];
  if (positive(ctx, 'lotsar')) items.push([fig('lotsar')]);
  const byRole = new Map<string, number[]>();
  for (const s of others) byRole.set(s.role, [...(byRole.get(s.role) ?? []), s.fte]);
  for (const [role, ftes] of byRole) {
    const name = role.charAt(0).toLocaleLowerCase('sv') + role.slice(1);
    for (const fte of ftes) {
      items.push([fte === 1 ? `en ${name}` : `en ${name} på ${formatPercentValue(fte * 100, { style: 'text', minDecimals: 0, maxDecimals: 1 })}`]);
    }
  }
  const parts: Part[] = ['Tilldelad budget omfattar personalkostnader för '];
  items.forEach((item, i) => {
    if (i > 0) parts.push(i === items.length - 1 ? ' och ' : ', ');
    parts.push(...item);
  });
  parts.push('.');
  return parts;
}

/** Jämställdhetsanalys: the gender figures and what they say. */
export function genderParagraphs(ctx: DraftContext): ParagraphNode[] {
  const men = v(ctx, 'man') ?? 0;
  const women = v(ctx, 'kvinnor') ?? 0;
  const enrolled = v(ctx, 'inskrivna') ?? 0;
  if (enrolled === 0) return [p(`I nuläget är inga personer inskrivna i ${ctx.unit}, så det finns inga uppgifter om deltagarnas kön att redovisa.`)];
  if (men + women + (v(ctx, 'annanKonstillhorighet') ?? 0) === 0) {
    return [
      sentences(
        ['I nuläget är ', fig('inskrivna'), ` i ${ctx.unit}.`],
        ['Uppgift om deltagarnas kön saknas, så förvaltningen kan inte redovisa fördelningen mellan kvinnor och män.'],
        ['Insatserna utformas utifrån varje deltagares behov oavsett kön.'],
      ),
    ];
  }
  const conclusion: Part[] | null =
    men > women
      ? [
          `Majoriteten av deltagarna i ${ctx.unit} är män. Kvinnor som vill lämna en kriminell livsstil ska erbjudas samma möjligheter som männen, ` +
            `och för att fler kvinnor ska ta del av ${ctx.unit} sprids goda exempel till målgruppen.`,
        ]
      : women > men
        ? [`Majoriteten av deltagarna i ${ctx.unit} är kvinnor. För att fler män ska ta del av ${ctx.unit} sprids goda exempel till målgruppen.`]
        : // "As many women as men" would give two hidden small counts away (both one, say).
          ctx.masked.has('man') || ctx.masked.has('kvinnor')
          ? null
          : [`I ${ctx.unit} deltar lika många kvinnor som män.`];
  return [stateGenderOnly(ctx), sentences(conclusion, ['Insatserna utformas utifrån varje deltagares behov oavsett kön.'])];
}

function stateGenderOnly(ctx: DraftContext): ParagraphNode {
  const keys = ['man', 'kvinnor', 'annanKonstillhorighet', 'konUppgiftSaknas'].filter((k) => positive(ctx, k));
  const parts: Part[] = ['I nuläget är ', fig('inskrivna'), ` i ${ctx.unit}`];
  if (keys.length > 0) parts.push(', varav ');
  keys.forEach((k, i) => {
    if (i > 0) parts.push(i === keys.length - 1 ? ' och ' : ', ');
    parts.push(fig(k));
  });
  parts.push('.');
  return p(...parts);
}

/** Barnrättsperspektiv: the unit works with adults; the statistics hold no count of parents. */
export function childParagraph(ctx: DraftContext): ParagraphNode {
  const adults = ctx.ageFrom === null || ctx.ageFrom >= 18;
  return adults
    ? p(
        `${ctx.unit} arbetar med ${ageText(ctx)}. En del av deltagarna kan vara föräldrar, och när en förälder lämnar en kriminell livsstil ` +
          'förbättras också barnets situation. Förvaltningen för ingen statistik över hur många av de inskrivna som är föräldrar. ' +
          'Förvaltningen bedömer att ärendet i övrigt inte har några särskilda konsekvenser för barn.',
      )
    : p(
        `${ctx.unit} arbetar med ${ageText(ctx)}, och barnets bästa är utgångspunkten för arbetet med de deltagare som är under 18 år. ` +
          'Vårdnadshavarna involveras i insatserna.',
      );
}

/** Bakgrund: what SIG is (the reference memos). */
export function backgroundParagraph(ctx: DraftContext): ParagraphNode {
  return p(
    `Förvaltningen har en egen social insatsgrupp (${ctx.unit}) som arbetar med ${ageText(ctx)} som vill lämna en kriminell livsstil. ` +
      'I sociala insatsgrupper samordnar socialtjänsten, polisen, Kriminalvården och andra aktörer stödet till den enskilde, ' +
      'och varje inskriven har en lots som samordnar insatserna.',
  );
}

/** Ärendets beredning. */
export function preparationParagraph(ctx: DraftContext, what: 'Ärendet' | 'Skrivelsen'): ParagraphNode {
  return p(`${what} har beretts inom ${ctx.avdelningText}.`);
}

// ---- Vad krävs? (the hiring plan of the memo's scenario, or of the plan) --------------------

/**
 * Whether the bemanning draft proposes the hiring plan rather than the long-run recommendation
 * (by default "ytterligare en lots"): when the hiring plan asks for more lotsar than that.
 */
export function usesHiringPlan(ctx: DraftContext): boolean {
  const add = v(ctx, 'lotsarForMalet');
  if (add === null || add <= 0 || !has(ctx, 'lotsarForMaletBorjarSenast')) return false;
  return add > (v(ctx, 'lotsarUtoverRekommendation') ?? 0);
}

/** "I scenariot ”Ökat tryck”" or "Med planens bemanning och efterfrågan": whose forecast the hiring plan is. */
function hiringBasisText(scenarioName: string | null): string {
  return scenarioName === null ? 'med planens bemanning och efterfrågan' : `i scenariot ”${scenarioName}”`;
}

/** The year a month figure falls in (202103 → 2021), or null. */
function yearOf(ctx: DraftContext, key: string): number | null {
  const value = v(ctx, key);
  return value === null ? null : Math.floor(value / 100);
}

/** True when the target is exceeded already in the forecast's first month. */
export function targetExceededAtStart(ctx: DraftContext): boolean {
  const from = v(ctx, 'malOverskridsFran');
  const first = ctx.forecastStart?.firstMonth;
  if (from === null || first === undefined) return false;
  const [y, m] = first.split('-').map(Number) as [number, number];
  return from === y * 100 + m;
}

/** "Kostnaden beräknas till omkring 1 462 000 kronor för 2021 och omkring 1 754 000 kronor för ett helt år." */
export function hiringCostSentence(ctx: DraftContext): Part[] | null {
  if (!has(ctx, 'lotsarForMaletKostnadHeltAr') || !has(ctx, 'lotsarForMaletKostnadStartar')) return null;
  const year = yearOf(ctx, 'lotsarForMaletBorjarSenast');
  return [
    'Kostnaden beräknas till omkring ',
    fig('lotsarForMaletKostnadStartar'),
    year === null ? ' det år de börjar' : ` för ${year}`,
    ' och omkring ',
    fig('lotsarForMaletKostnadHeltAr'),
    ' för ett helt år.',
  ];
}

/** When recruitment must begin: "Målet överskrids redan i januari 2021; rekryteringen behöver påbörjas nu." or "… senast i januari 2021." */
function recruitmentSentence(ctx: DraftContext): Part[] | null {
  if (targetExceededAtStart(ctx)) return ['Målet överskrids redan i ', fig('malOverskridsFran'), '; rekryteringen behöver påbörjas nu.'];
  return has(ctx, 'lotsarForMaletRekryteringSenast')
    ? ['Med hänsyn till rekryteringstiden behöver rekryteringen påbörjas senast i ', fig('lotsarForMaletRekryteringSenast'), '.']
    : null;
}

/**
 * The hiring plan in Ärendet: how many lotsar more, from when, when recruitment must begin and
 * the cost; or that none is needed. Null without a hiring plan (no forecast, or no plan that
 * holds the target within ten lotsar).
 */
export function hiringParagraph(ctx: DraftContext, scenarioName: string | null): ParagraphNode | null {
  const add = v(ctx, 'lotsarForMalet');
  if (add === null || !has(ctx, 'malRisk')) return null;
  const basis = hiringBasisText(scenarioName);
  if (add <= 0) {
    return sentences(
      [
        `Enligt prognosen ${basis} stannar risken att behöva vänta under `,
        fig('malRisk'),
        ' varje månad från det att en lots som rekryteras nu kan börja till prognosperiodens slut.',
      ],
      ['Ingen ytterligare lots behövs för att hålla målet.'],
    );
  }
  if (!has(ctx, 'lotsarForMaletBorjarSenast')) return null;
  return sentences(
    [
      `För att risken att behöva vänta ska stanna under `,
      fig('malRisk'),
      ` varje månad under prognosperioden behöver ${ctx.unit} enligt prognosen ${basis} `,
      fig('lotsarForMalet'),
      ' till, som börjar senast i ',
      fig('lotsarForMaletBorjarSenast'),
      '.',
    ],
    recruitmentSentence(ctx),
    hiringCostSentence(ctx),
  );
}

/** Förvaltningens synpunkter when the hiring plan is proposed: how many, from when, when to recruit and the cost. */
export function hiringJudgement(ctx: DraftContext, scenarioName: string | null): (Part[] | null)[] {
  const basis = scenarioName === null ? '' : `, med de förutsättningar som scenariot ”${scenarioName}” anger,`;
  return [
    [
      `Förvaltningen bedömer att ${ctx.unit}${basis} behöver `,
      fig('lotsarForMalet'),
      ' till, som börjar senast i ',
      fig('lotsarForMaletBorjarSenast'),
      ', för att högst ',
      fig('malRisk'),
      ' av dem som anmäls ska behöva vänta på en plats.',
    ],
    recruitmentSentence(ctx),
    hiringCostSentence(ctx),
  ];
}
