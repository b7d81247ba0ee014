// A new memo with the default texts of its type, drafted from the unit's live figures:
// - skrivelse (the reference memo): each question quoted and answered; the two standard questions (savings,
//   "rustad för ett högre tryck") answered from the plan and the forecasts;
// - redovisning (as the city's 2016 report, docs/DOMAIN.md): the year's figures, costs against funding, participants by gender, the
//   monthly statistics, and "… godkänner redovisningen";
// - bemanning: the case for or against more lotsar (marginal cost, forecasts with and without one
//   more lots, the recommended number, and the hiring plan of "Vad krävs?": how many, from when,
//   when recruitment must begin and the cost, proposed when it asks for more than the recommendation);
// - eget: the standard headings with empty texts.
// Every type but eget has every standard section with a text (Bilagor only when there are any).
// Figures are chips, so "Uppdatera siffror" updates them in place.
import { capitalizeFirst, formatDateText, formatDateTable } from '../format/index.ts';
import { DEFAULT_MASK_BELOW } from '../compilation/cityCompilation.ts';
import { computeMemoFigures } from './computeFigures.ts';
import { memoMasking } from './masking.ts';
import { referralMonthText } from './forecastStartNote.ts';
import {
  applicationRecipient,
  avdelningInText,
  backgroundParagraph,
  budgetStaffSentence,
  childParagraph,
  costParagraph,
  definiteNamnd,
  extraLotsParagraph,
  forecastParagraphs,
  fundingSentence,
  genderParagraphs,
  hiringCostSentence,
  hiringJudgement,
  hiringParagraph,
  preparationParagraph,
  recommendationParagraph,
  savingsParagraph,
  stateParagraph,
  usesHiringPlan,
  v,
  type DraftContext,
} from './draftTexts.ts';
import {
  MAX_FIELD_CHARS,
  SECTION_KEYS,
  type MemoContent,
  type MemoFigures,
  type MemoMetadata,
  type MemoOptions,
  type MemoSections,
  type MemoType,
  type ParagraphNode,
  type RichText,
  type Skrivelse,
} from './model.ts';
import { doc, fig, ol, p, paragraphsOf, quote, sentences, ul, type Part } from './richTextBuild.ts';
import type { MemoDefaults, MemoSources } from './sources.ts';

/** The two questions every unit gets (the reference memo), used when a skrivelse states none. */
export const STANDARD_QUESTIONS = [
  'Bedömer förvaltningen att SIG är befriade från besparingskraven som råder i övriga verksamheter?',
  'Är verksamheten rustad för ett eventuellt högre tryck eller riskerar man att få en ”väntelista”?',
] as const;

export interface DraftInput {
  skrivelse: Skrivelse | null;
  /** Mask small counts; default on for every type but eget. */
  mask?: boolean;
}

const UNIT = 'SIG';
const clip = (s: string) => s.slice(0, MAX_FIELD_CHARS);

function isoDate(d: Date): string {
  return formatDateTable(d);
}

function dateInText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatDateText({ year: y, month: m, day: d });
}

function metadataFor(type: MemoType, year: number, defaults: MemoDefaults | null, skrivelse: Skrivelse | null, now: Date): MemoMetadata {
  const authors = skrivelse?.authors.trim() ?? '';
  const titles: Record<MemoType, { title: string; subtitle: string }> = {
    skrivelse: { title: 'Sociala insatsgruppen (SIG)', subtitle: authors ? `Svar på skrivelse från ${authors}` : 'Svar på skrivelse' },
    redovisning: { title: `Redovisning av verksamheten i sociala insatsgruppen (SIG) ${year}`, subtitle: '' },
    bemanning: { title: `Bemanning i sociala insatsgruppen (SIG) ${year}`, subtitle: 'Underlag om bemanning och ansökan om medel' },
    eget: { title: '', subtitle: '' },
  };
  return {
    namnd: clip(defaults?.namnd ?? ''),
    forvaltning: clip(defaults?.forvaltning ?? ''),
    avdelning: clip(defaults?.avdelning ?? ''),
    title: clip(titles[type].title),
    subtitle: clip(titles[type].subtitle),
    dnr: '',
    date: isoDate(now),
    handlaggare: { name: clip(defaults?.handlaggare.name ?? ''), phone: clip(defaults?.handlaggare.phone ?? '') },
    signatories: (defaults?.signatories ?? []).slice(0, 2).map((s) => ({ name: clip(s.name), title: clip(s.title) })),
    bilagor: type === 'skrivelse' ? [clip(authors ? `Skrivelse från ${authors}` : 'Skrivelsen')] : [],
    attestations: [],
  };
}

/** The default options of a memo type (tables and charts only where the figures exist). */
export function defaultMemoOptions(type: MemoType, figures: MemoFigures, mask?: boolean): MemoOptions {
  const hasForecast = figures.series.forecastMonths.length > 0;
  const hasScenarios = figures.series.scenarios.length > 0;
  const hasStatistics = figures.series.statistics.length > 0;
  const forecastCharts = hasForecast ? (['forecastFan', 'queueRisk'] as const) : [];
  const byType: Record<MemoType, Pick<MemoOptions, 'tables' | 'charts'>> = {
    skrivelse: { tables: hasForecast ? ['forecast'] : [], charts: [...forecastCharts] },
    redovisning: { tables: ['staffing', 'gender', ...(hasStatistics ? (['statistics'] as const) : [])], charts: [] },
    bemanning: {
      tables: ['staffing', ...(hasScenarios ? (['scenarios'] as const) : []), ...(hasForecast ? (['forecast'] as const) : [])],
      charts: [...forecastCharts, ...(hasScenarios ? (['scenarioCost'] as const) : [])],
    },
    eget: { tables: [], charts: [] },
  };
  return { mask: mask ?? true, maskBelow: DEFAULT_MASK_BELOW, ...byType[type] };
}

function emptySections(): MemoSections {
  return Object.fromEntries(SECTION_KEYS.map((k) => [k, null])) as MemoSections;
}

const emptyDoc = (): RichText => doc([p()]);

function queueNowSentence(ctx: DraftContext): Part[] {
  return (v(ctx, 'ko') ?? 0) === 0
    ? [`I nuläget finns ingen kö och de personer som ansöker till ${ctx.unit} tas in.`]
    : ['I nuläget finns ', fig('ko'), ` till ${ctx.unit}.`];
}

function scenarioParagraph(ctx: DraftContext, scenarioName: string | null): ParagraphNode | null {
  if (scenarioName === null || v(ctx, 'scenarioLotsar') === null) return null;
  return sentences(
    [
      `I scenariot ”${scenarioName}” har ${ctx.unit} `,
      fig('scenarioLotsar'),
      ' och ',
      fig('scenarioPlatser'),
      ', och den totala kostnaden blir ',
      fig('scenarioTotalKostnad'),
      '.',
    ],
    v(ctx, 'scenarioRiskVanta12') !== null && [
      `Risken att den som anmäls ${referralMonthText(ctx.forecastStart, 12)} behöver vänta är då `,
      fig('scenarioRiskVanta12'),
      '.',
    ],
  );
}

function capacityParagraph(ctx: DraftContext): ParagraphNode | null {
  if ((v(ctx, 'lotsar') ?? 0) <= 0) return null;
  return sentences(
    ['Med ', fig('lotsar'), ' och ', fig('deltagarePerHeltidslots'), ` per heltidslots har ${ctx.unit} `, fig('platser'), '.'],
    v(ctx, 'belaggning') !== null && ['Beläggningen beräknas till ', fig('belaggning'), '.'],
  );
}

function statisticsParagraph(ctx: DraftContext): ParagraphNode | null {
  const months = v(ctx, 'statistikManader') ?? 0;
  if (months === 0) return null;
  const parts: Part[][] = [];
  if (v(ctx, 'anmalningarAret') !== null) parts.push(['tagit emot ', fig('anmalningarAret')]);
  parts.push(['skrivit in ', fig('nyaInskrivningarAret')], ['haft ', fig('avslutAret')]);
  const joined: Part[] = [];
  parts.forEach((x, i) => {
    if (i > 0) joined.push(i === parts.length - 1 ? ' och ' : ', ');
    joined.push(...x);
  });
  const lead: Part[] =
    months === 12
      ? [`Enligt månadsstatistiken har ${ctx.unit} under ${ctx.year} `]
      : ['Enligt månadsstatistiken för ', fig('statistikManader'), ` av ${ctx.year} har ${ctx.unit} `];
  return sentences([...lead, ...joined, '.'], (v(ctx, 'berorda') ?? 0) > 0 && ['Därutöver har ', fig('berorda'), ' berörts av arbetet utan att skrivas in.']);
}

function touchedParagraph(ctx: DraftContext): ParagraphNode | null {
  return (v(ctx, 'berorda') ?? 0) > 0 ? p('Därutöver har ', fig('berorda'), ' berörts av arbetet utan att skrivas in.') : null;
}

function answerFor(question: string, ctx: DraftContext): ParagraphNode[] {
  if (/besparing/i.test(question)) return [savingsParagraph(ctx)];
  if (/tryck|väntelista|kö\b|rustad/i.test(question)) {
    return [stateParagraph(ctx, true), ...forecastParagraphs(ctx), extraLotsParagraph(ctx), recommendationParagraph(ctx)].filter(
      (x): x is ParagraphNode => x !== null,
    );
  }
  return [p()];
}

function draftSkrivelse(ctx: DraftContext, skrivelse: Skrivelse | null, namnd: string, scenarioName: string | null): MemoSections {
  const s = emptySections();
  const authors = skrivelse?.authors.trim() || 'ledamöter i nämnden';
  const date = skrivelse?.date ? dateInText(skrivelse.date) : null;
  const questions = skrivelse && skrivelse.questions.length > 0 ? skrivelse.questions : [...STANDARD_QUESTIONS];
  const needMore = (v(ctx, 'lotsarUtoverRekommendation') ?? 0) > 0;
  const queue = v(ctx, 'ko') ?? 0;

  s.forslagTillBeslut = doc([ol([p('Skrivelsen besvaras med förvaltningens tjänsteutlåtande.')])]);
  s.sammanfattning = doc([
    p(
      `I en skrivelse${date ? ` daterad den ${date}` : ''} önskar ${authors} att förvaltningen ska besvara ett antal frågor om sociala insatsgruppen (${ctx.unit}).`,
    ),
    p('I tjänsteutlåtandet redogör förvaltningen för arbetet med sociala insatsgruppen.'),
    sentences(
      fundingSentence(ctx),
      queueNowSentence(ctx),
      v(ctx, 'riskVanta12') !== null && [
        'Med dagens efterfrågan är risken ',
        fig('riskVanta12'),
        ` att den som anmäls ${referralMonthText(ctx.forecastStart, 12)} behöver vänta på en plats`,
        ...(v(ctx, 'riskVanta12EnLotsTill') !== null ? [', och med ytterligare en lots ', fig('riskVanta12EnLotsTill')] : []),
        '.',
      ],
    ),
  ]);
  s.bakgrund = doc([backgroundParagraph(ctx)]);
  s.arendetsBeredning = doc([preparationParagraph(ctx, 'Skrivelsen')]);
  s.arendet = doc([
    sentences(
      [`En skrivelse från ${authors} inlämnades till ${namnd}${date ? ` vid dess sammanträde den ${date}` : ''}.`],
      ['Nämnden uppdrog åt förvaltningen att bereda ärendet.'],
      skrivelse?.background.trim() ? ['Skrivelsen är av följande lydelse.'] : null,
    ),
    skrivelse?.background.trim() ? quote(paragraphsOf(skrivelse.background)) : null,
    p('Skrivelsen önskar svar på följande frågor.'),
    ...questions.flatMap((q) => [quote(paragraphsOf(q)), ...answerFor(q, ctx)]),
    scenarioParagraph(ctx, scenarioName),
  ]);
  s.jamstalldhetsanalys = doc(genderParagraphs(ctx));
  s.barnrattsperspektiv = doc([childParagraph(ctx)]);
  const staff = budgetStaffSentence(ctx);
  s.synpunkter = doc([
    // The queue is said once: the judgement below says it when there is none.
    sentences(fundingSentence(ctx), queue > 0 && queueNowSentence(ctx)),
    sentences(
      queue === 0 && !needMore
        ? [`Förvaltningen bedömer att det inte finns behov av att anställa fler lotsar eftersom det i nuläget inte är kö till ${ctx.unit}.`]
        : queue === 0
          ? [
              `I nuläget är det inte kö till ${ctx.unit}, men verksamheten är nära sitt tak: med dagens efterfrågan är risken `,
              fig('riskVanta12'),
              ` att den som anmäls ${referralMonthText(ctx.forecastStart, 12)} behöver vänta på en plats.`,
            ]
          : ['Förvaltningen bedömer att fler lotsar behövs för att korta kön.'],
      staff,
      [
        `Om efterfrågan på platser i ${ctx.unit} ökar kommer fler lotsar att behöva anställas, vilket ökar kostnaderna`,
        ...(v(ctx, 'marginalkostnadLotsHeltAr') !== null ? ['; en lots till kostar ', fig('marginalkostnadLotsHeltAr'), ' för ett helt år.'] : ['.']),
      ],
    ),
    p(
      `För att upprätthålla god kvalitet i ${ctx.unit} görs uppföljningar av metoder och arbetssätt samt analyser av resultaten. ` +
        'Vidare är tät samverkan med polisen och Kriminalvården betydelsefull för att arbetet ska bedrivas effektivt.',
    ),
  ]);
  s.bilagor = doc([ul([p(authors === 'ledamöter i nämnden' ? 'Skrivelsen' : `Skrivelse från ${authors}`)])]);
  return s;
}

function draftRedovisning(ctx: DraftContext, namnd: string, scenarioName: string | null): MemoSections {
  const s = emptySections();
  const rounded = Math.round(v(ctx, 'saldo') ?? 0);
  s.forslagTillBeslut = doc([ol([p(`${capitalizeFirst(namnd)} godkänner redovisningen.`)])]);
  s.sammanfattning = doc([
    sentences(
      [`Förvaltningen redovisar i detta tjänsteutlåtande arbetet i sociala insatsgruppen (${ctx.unit}) under ${ctx.year}.`],
      (v(ctx, 'lotsar') ?? 0) > 0 && [`${ctx.unit} har `, fig('lotsar'), ' och ', fig('platser'), '.'],
      (v(ctx, 'inskrivna') ?? 0) > 0 ? ['I nuläget är ', fig('inskrivna'), '.'] : ['I nuläget är inga personer inskrivna.'],
      (v(ctx, 'totalKostnad') ?? 0) > 0
        ? [
            'Kostnaderna beräknas till ',
            fig('totalKostnad'),
            ' och finansieringen till ',
            fig('finansiering'),
            ...(rounded > 0 ? [', vilket ger ett överskott på ', fig('overskott')] : rounded < 0 ? [', vilket ger ett underskott på ', fig('underskott')] : []),
            '.',
          ]
        : (v(ctx, 'finansiering') ?? 0) > 0 && ['Finansieringen uppgår till ', fig('finansiering'), '.'],
    ),
  ]);
  s.bakgrund = doc([backgroundParagraph(ctx)]);
  s.arendetsBeredning = doc([preparationParagraph(ctx, 'Ärendet')]);
  const staff = budgetStaffSentence(ctx);
  s.arendet = doc([
    stateParagraph(ctx),
    capacityParagraph(ctx),
    staff && p(...staff),
    costParagraph(ctx),
    statisticsParagraph(ctx) ?? touchedParagraph(ctx),
    scenarioParagraph(ctx, scenarioName),
  ]);
  s.jamstalldhetsanalys = doc(genderParagraphs(ctx));
  s.barnrattsperspektiv = doc([childParagraph(ctx)]);
  s.synpunkter = doc([
    sentences(
      (v(ctx, 'totalKostnad') ?? 0) <= 0
        ? null
        : rounded >= 0
          ? [
              `Förvaltningen bedömer att verksamheten ryms inom tilldelade medel enligt planen för ${ctx.year}`,
              // The surplus is cited, so that a later deficit shows in the export's check (checks.ts).
              ...(rounded > 0 ? [', med ett överskott på ', fig('overskott')] : []),
              '.',
            ]
          : [
              'Verksamhetens kostnader överstiger finansieringen med ',
              fig('underskott'),
              '. Förvaltningen följer kostnaderna löpande och återkommer med förslag till åtgärder.',
            ],
      queueNowSentence(ctx),
    ),
    p(`Förvaltningen föreslår att ${namnd} godkänner redovisningen.`),
  ]);
  return s;
}

function draftBemanning(ctx: DraftContext, namnd: string, scenarioName: string | null): MemoSections {
  const s = emptySections();
  const needMore = (v(ctx, 'lotsarUtoverRekommendation') ?? 0) > 0;
  // The hiring plan ("Vad krävs?") when it asks for more lotsar than the long-run recommendation.
  const hire = usesHiringPlan(ctx);
  const hasRec = v(ctx, 'rekommenderadeLotsar') !== null;
  const N = capitalizeFirst(namnd);
  s.forslagTillBeslut = doc([
    ol([
      p(`${N} godkänner förvaltningens underlag om bemanningen i sociala insatsgruppen (${ctx.unit}).`),
      ...(hire ? [hiringApplicationDecision(ctx, N)] : needMore ? [applicationDecision(ctx, N)] : []),
    ]),
  ]);
  const marginal: Part[] | null =
    v(ctx, 'marginalkostnadLotsHeltAr') !== null ? ['En lots till kostar ', fig('marginalkostnadLotsHeltAr'), ' för ett helt år.'] : null;
  s.sammanfattning = doc([
    sentences(
      [`Förvaltningen redovisar i detta underlag behovet av lotsar i sociala insatsgruppen (${ctx.unit}).`],
      [`${ctx.unit} har i dag `, fig('lotsar'), ' och ', fig('platser'), '.'],
      queueNowSentence(ctx),
      hasRec && ['För att högst ', fig('malRisk'), ' av dem som anmäls ska behöva vänta behövs på lång sikt ', fig('rekommenderadeLotsar'), '.'],
      hire
        ? [
            `${scenarioName === null ? 'För' : `I scenariot ”${scenarioName}” behövs, för`} att hålla målet varje månad under prognosperioden${scenarioName === null ? ' behövs' : ','} `,
            fig('lotsarForMalet'),
            ' till, som börjar senast i ',
            fig('lotsarForMaletBorjarSenast'),
            '.',
          ]
        : marginal,
      hire && hiringCostSentence(ctx),
    ),
  ]);
  s.bakgrund = doc([backgroundParagraph(ctx)]);
  s.arendetsBeredning = doc([preparationParagraph(ctx, 'Ärendet')]);
  s.arendet = doc([
    stateParagraph(ctx),
    capacityParagraph(ctx),
    costParagraph(ctx),
    ...forecastParagraphs(ctx),
    extraLotsParagraph(ctx),
    recommendationParagraph(ctx),
    hiringParagraph(ctx, scenarioName),
    scenarioParagraph(ctx, scenarioName),
  ]);
  s.jamstalldhetsanalys = doc(genderParagraphs(ctx));
  s.barnrattsperspektiv = doc([childParagraph(ctx)]);
  s.synpunkter = doc([
    sentences(
      ...(hire
        ? hiringJudgement(ctx, scenarioName)
        : [
            needMore
              ? [
                  `Förvaltningen bedömer att ${ctx.unit} behöver `,
                  fig('rekommenderadeLotsar'),
                  ' för att högst ',
                  fig('malRisk'),
                  ' av dem som anmäls ska behöva vänta på en plats.',
                  ...(v(ctx, 'kostnadRekommendation') !== null ? [' Det ökar kostnaderna med omkring ', fig('kostnadRekommendation'), ' per år.'] : []),
                ]
              : hasRec
                ? ['Förvaltningen bedömer att dagens bemanning räcker för den efterfrågan som kan förutses.']
                : ['Förvaltningen kan i nuläget inte bedöma behovet av lotsar framåt, eftersom det saknas underlag om efterfrågan.'],
          ]),
      v(ctx, 'riskVanta12Okad') !== null && [
        'Om efterfrågan ökar med ',
        fig('okadEfterfragan'),
        ' är risken ',
        fig('riskVanta12Okad'),
        ` att den som anmäls ${referralMonthText(ctx.forecastStart, 12)} behöver vänta med dagens bemanning`,
        ...(v(ctx, 'riskVanta12OkadEnLotsTill') !== null ? [' och ', fig('riskVanta12OkadEnLotsTill'), ' med ytterligare en lots'] : []),
        '.',
      ],
      (needMore || hire) && scenarioDeficitSentence(ctx, scenarioName),
    ),
  ]);
  return s;
}

/**
 * The application for the hiring plan: "Stadsdelsnämnden ger förvaltningen i uppdrag att hos
 * socialförvaltningen ansöka om medel för ytterligare 2,5 lotsar från och med mars 2021, omkring
 * 1 754 000 kronor för ett helt år."
 */
function hiringApplicationDecision(ctx: DraftContext, namnd: string): ParagraphNode {
  const recipient = applicationRecipient(ctx);
  return p(
    `${namnd} ger förvaltningen i uppdrag att ${recipient === null ? '' : `hos ${recipient} `}ansöka om medel för ytterligare `,
    fig('lotsarForMalet'),
    ' från och med ',
    fig('lotsarForMaletBorjarSenast'),
    ...((v(ctx, 'lotsarForMaletKostnadHeltAr') ?? 0) > 0 ? [', omkring ', fig('lotsarForMaletKostnadHeltAr'), ' för ett helt år'] : []),
    '.',
  );
}

/**
 * "Stadsdelsnämnden ger förvaltningen i uppdrag att hos socialförvaltningen ansöka om medel för
 * ytterligare en lots, omkring 643 000 kronor per år." The recipient is the plan's funding source
 * (left out when it has none or several), the amount the recommendation's cost.
 */
function applicationDecision(ctx: DraftContext, namnd: string): ParagraphNode {
  const recipient = applicationRecipient(ctx);
  return p(
    `${namnd} ger förvaltningen i uppdrag att ${recipient === null ? '' : `hos ${recipient} `}ansöka om medel för ytterligare `,
    fig('lotsarUtoverRekommendation'),
    ...(v(ctx, 'kostnadRekommendation') !== null && (v(ctx, 'kostnadRekommendation') ?? 0) > 0 ? [', omkring ', fig('kostnadRekommendation'), ' per år'] : []),
    '.',
  );
}

/**
 * The economic consequence when the memo's scenario adds lotsar and then shows a deficit:
 * "I scenariot ”En lots till”, med 4,75 lotsar, blir resultatet för 2020 −171 980 kronor." Null otherwise.
 */
function scenarioDeficitSentence(ctx: DraftContext, scenarioName: string | null): Part[] | null {
  const balance = v(ctx, 'scenarioSaldo');
  const lotsar = v(ctx, 'scenarioLotsar');
  if (scenarioName === null || balance === null || lotsar === null || Math.round(balance) >= 0 || lotsar <= (v(ctx, 'lotsar') ?? 0)) return null;
  return [
    `I scenariot ”${scenarioName}”, med `,
    fig('scenarioLotsar'),
    `, blir resultatet för ${ctx.year} `,
    fig('scenarioSaldo'),
    '. Bemanningen i scenariot ryms därmed inte inom tilldelade medel.',
  ];
}

function draftEget(): MemoSections {
  const s = emptySections();
  s.forslagTillBeslut = doc([ol([p()])]);
  for (const key of SECTION_KEYS) if (key !== 'forslagTillBeslut' && key !== 'bilagor') s[key] = emptyDoc();
  return s;
}

/** A new memo of the given type with its default texts and a fresh snapshot of the figures. */
export function draftMemo(type: MemoType, sources: MemoSources, defaults: MemoDefaults | null, input: DraftInput): MemoContent {
  const figures = computeMemoFigures(sources);
  const options = defaultMemoOptions(type, figures, input.mask);
  const plan = sources.unitYear.plan;
  const metadata = metadataFor(type, plan.year, defaults, input.skrivelse, sources.now);
  const namnd = definiteNamnd(metadata.namnd);
  const ctx: DraftContext = {
    year: plan.year,
    unit: UNIT,
    values: figures.values,
    funding: plan.funding,
    settings: sources.unitYear.state.settings,
    ageFrom: plan.ageFrom,
    ageTo: plan.ageTo,
    namndDefinite: namnd,
    avdelningText: avdelningInText(metadata.avdelning),
    staff: figures.series.staff,
    demandSource: plan.demand ? 'plan' : figures.values.anmalningarPerManad?.value != null ? 'statistics' : null,
    forecastStart: figures.forecastStart ?? null,
    masked: new Set(memoMasking(figures, options).keys()),
    now: sources.now,
  };
  const scenario = sources.scenarioId === null ? undefined : sources.unitYear.state.scenarios.find((s) => s.id === sources.scenarioId);
  const scenarioName = scenario?.name ?? null;
  const sections =
    type === 'skrivelse'
      ? draftSkrivelse(ctx, input.skrivelse, namnd, scenarioName)
      : type === 'redovisning'
        ? draftRedovisning(ctx, namnd, scenarioName)
        : type === 'bemanning'
          ? draftBemanning(ctx, namnd, scenarioName)
          : draftEget();
  return {
    type,
    metadata,
    skrivelse: type === 'skrivelse' ? input.skrivelse : null,
    sections,
    options,
    figures,
  };
}
