// The default texts of every memo type for units with one and with several lotsar, with and without
// a queue, with a surplus and a deficit: they read as complete Swedish sentences, never "1 lotsar"
// or "0 personer", cite figures as chips, and every type but eget fills every standard section.
import { describe, expect, it } from 'vitest';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { resolveMemo } from '../../../src/core/memo/resolve.ts';
import { memoContentSchema, SECTION_KEYS, type MemoContent, type MemoType, type RichText } from '../../../src/core/memo/model.ts';
import type { ResolvedParagraph } from '../../../src/core/memo/document.ts';
import type { UnitYearPlan } from '../../../src/core/plan/model.ts';
import { lots } from '../support/plans.ts';
import { DEFAULTS, documentText, extraLotsScenario, seedPlan, sourcesOf } from './support.ts';

const paragraphText = (p: ResolvedParagraph) => p.map((i) => (i.lineBreak ? ' ' : i.text)).join('');

function figureKeys(text: RichText | null): string[] {
  const keys: string[] = [];
  const visit = (n: unknown) => {
    const node = n as { type?: string; attrs?: { key: string }; content?: unknown[] };
    if (node.type === 'figure') keys.push(node.attrs!.key);
    node.content?.forEach(visit);
  };
  if (text) visit(text);
  return keys;
}

function variant(lotsar: 1 | 4, queue: 0 | 5, balance: 'surplus' | 'deficit'): UnitYearPlan {
  const p = seedPlan();
  const staff = [...Array.from({ length: lotsar }, () => lots()), ...p.staff.filter((s) => s.role !== 'lots')];
  const enrolled = lotsar === 1 ? 7 : 27;
  const women = lotsar === 1 ? 3 : 3;
  return {
    ...p,
    staff,
    participants: { enrolled, men: enrolled - women, women, otherGender: 0, genderUnknown: 0, queue, touched: 0 },
    funding: [{ source: 'Socialförvaltningen', amount: balance === 'surplus' ? (lotsar === 1 ? 2_500_000 : 4_500_000) : 1_000_000, period: null }],
    demand: lotsar === 1 ? { arrivalsPerMonth: 0.6, meanStayMonths: 10 } : { arrivalsPerMonth: 2.25, meanStayMonths: 12 },
  };
}

const TYPES: MemoType[] = ['skrivelse', 'redovisning', 'bemanning'];
const CASES = TYPES.flatMap((type) =>
  ([1, 4] as const).flatMap((lotsar) =>
    ([0, 5] as const).flatMap((queue) => (['surplus', 'deficit'] as const).map((balance) => ({ type, lotsar, queue, balance }))),
  ),
);

describe.each(CASES)('$type, $lotsar lotsar, queue $queue, $balance', ({ type, lotsar, queue, balance }) => {
  const content = draftMemo(type, sourcesOf(variant(lotsar, queue, balance)), DEFAULTS, { skrivelse: null });
  const doc = resolveMemo(content);
  const text = documentText(doc);

  it('is a valid memo with every standard section drafted (Bilagor only with attachments)', () => {
    expect(memoContentSchema.safeParse(content).success).toBe(true);
    for (const key of SECTION_KEYS) {
      if (key === 'bilagor') expect(content.sections.bilagor !== null).toBe(type === 'skrivelse');
      else expect(doc.sections.find((s) => s.key === key)?.blocks.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('never writes a number that disagrees with its noun, nor a missing figure', () => {
    expect(text).not.toMatch(/\b(1|en|ett) (lotsar|personer|platser|deltagare inskrivna)\b/);
    expect(text).not.toMatch(/\b0 (lotsar|personer|platser)|noll |\bsaknas\b|undefined|NaN|null|\[siffra/);
    expect(text).not.toMatch(/−/); // a deficit is written as "underskott på …", never as a negative amount
  });

  it('states staffing, enrolment and the queue as the reference memo does', () => {
    expect(text).toContain(lotsar === 1 ? 'SIG har en lots som arbetar med deltagarna.' : 'SIG har fyra lotsar som arbetar med deltagarna.');
    expect(text).toContain(
      lotsar === 1
        ? 'I nuläget är sju personer inskrivna, varav fyra män och tre kvinnor.'
        : 'I nuläget är 27 personer inskrivna, varav 24 män och tre kvinnor.',
    );
    expect(text).toContain(queue === 0 ? 'I dag finns ingen kö till SIG.' : 'I dag finns fem personer i kö till SIG.');
    expect(text).not.toContain(queue === 0 ? 'personer i kö' : 'ingen kö');
    const arendet = figureKeys(content.sections.arendet);
    for (const key of ['lotsar', 'inskrivna', 'man', 'kvinnor']) expect(arendet).toContain(key);
    expect(arendet.includes('ko')).toBe(queue > 0);
  });

  it('writes a surplus or a deficit as it is', () => {
    if (type === 'skrivelse') {
      expect(text.includes('Kostnaderna överstiger finansieringen med')).toBe(balance === 'deficit');
    } else {
      expect(text).toMatch(balance === 'surplus' ? /överskott på \d/ : /underskott på \d/);
      expect(text).not.toMatch(balance === 'surplus' ? /underskott/ : /överskott/);
    }
  });

  it('proposes its decisions as a numbered list of complete sentences', () => {
    const forslag = doc.sections.find((s) => s.key === 'forslagTillBeslut')!;
    expect(forslag.blocks).toHaveLength(1);
    const list = forslag.blocks[0]!;
    expect(list.kind).toBe('numbered');
    if (list.kind !== 'numbered') return;
    for (const item of list.items) expect(paragraphText(item)).toMatch(/^[A-ZÅÄÖ].*\.$/);
  });

  it('answers with the forecast and one more lots where the type calls for it', () => {
    if (type === 'redovisning') return;
    // The months are named, so that a reader does not count "om sex månader" from the memo's date.
    expect(text).toMatch(
      /är risken (under 0,1|över 99,9|\d+(,\d)?) procent att den som anmäls i juni 2021 behöver vänta på en plats, och (under 0,1|över 99,9|\d+(,\d)?) procent för den som anmäls i december 2021\./,
    );
    expect(text).toMatch(/Om efterfrågan ökar med 30 procent är risken/);
    expect(text).toMatch(/En lots till från februari kostar [\d ]+ kronor i år/);
  });
});

describe('per type', () => {
  const sources = () => sourcesOf(seedPlan());

  it('skrivelse: quotes each question and answers the two standard ones from the plan and the forecast', () => {
    const content = draftMemo('skrivelse', sources(), DEFAULTS, {
      skrivelse: {
        date: '2019-10-24',
        authors: 'Niklas Thorén m.fl. (V)',
        background: 'Enligt information från polis som varnar för att det kommer att ske en upptrappning av våldet i Järva.',
        questions: [
          'Bedömer förvaltningen att SIG är befriade från besparingskraven?',
          'Är verksamheten rustad för ett högre tryck?',
          'Hur många deltagare har arbete?',
        ],
      },
    });
    const arendet = content.sections.arendet!.content;
    const quotes = arendet.filter((b) => b.type === 'blockquote');
    expect(quotes).toHaveLength(4); // the background and three questions
    const text = documentText(resolveMemo(content));
    expect(text).toContain('I en skrivelse daterad den 24 oktober 2019 önskar Niklas Thorén m.fl. (V) att förvaltningen');
    expect(text).toContain('SIG har inget besparingskrav för 2020.');
    expect(text).toContain('Skrivelsen besvaras med förvaltningens tjänsteutlåtande.');
    expect(content.metadata.subtitle).toBe('Svar på skrivelse från Niklas Thorén m.fl. (V)');
    expect(content.metadata.bilagor).toEqual(['Skrivelse från Niklas Thorén m.fl. (V)']);
    // The third question is not a standard one: an empty paragraph for the answer follows it.
    const third = arendet.findIndex((b) => b.type === 'blockquote' && JSON.stringify(b).includes('arbete'));
    expect(arendet[third + 1]).toEqual({ type: 'paragraph' });
  });

  it('skrivelse without questions: the two standard questions', () => {
    const text = documentText(resolveMemo(draftMemo('skrivelse', sources(), DEFAULTS, { skrivelse: null })));
    expect(text).toContain('Bedömer förvaltningen att SIG är befriade från besparingskraven som råder i övriga verksamheter?');
    expect(text).toContain('Är verksamheten rustad för ett eventuellt högre tryck eller riskerar man att få en ”väntelista”?');
  });

  it('skrivelse: an exempt unit and a unit with a savings requirement', () => {
    const exempt = documentText(
      resolveMemo(
        draftMemo('skrivelse', sourcesOf(seedPlan(), { settings: { savingsExempt: true, savingsRequirementPercent: 2 } }), DEFAULTS, { skrivelse: null }),
      ),
    );
    expect(exempt).toContain('SIG är befriad från de besparingskrav som gäller för övriga verksamheter.');
    const saving = documentText(
      resolveMemo(draftMemo('skrivelse', sourcesOf(seedPlan(), { settings: { savingsRequirementPercent: 2 } }), DEFAULTS, { skrivelse: null })),
    );
    expect(saving).toContain('SIG omfattas av besparingskravet på 2 procent, vilket motsvarar 90 000 kronor för 2020.');
  });

  it('redovisning: the year, costs against funding, gender, the decision', () => {
    const content = draftMemo('redovisning', sources(), DEFAULTS, { skrivelse: null });
    const text = documentText(resolveMemo(content));
    expect(text).toContain('Stadsdelsnämnden godkänner redovisningen.');
    expect(text).toContain('Förvaltningen har ansökt om och beviljats 4,5 mnkr från socialförvaltningen.');
    expect(text).toContain('Med fyra lotsar och sju deltagare per heltidslots har SIG 28 platser.');
    expect(text).toContain('Majoriteten av deltagarna i SIG är män.');
    expect(content.options).toEqual({ mask: true, maskBelow: 3, tables: ['staffing', 'gender'], charts: [] });
  });

  it('redovisning with monthly statistics states the referrals, enrolments and discharges', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2020-${String(i + 1).padStart(2, '0')}`,
      referrals: 4,
      newEnrolments: 3,
      discharges: i === 0 ? 4 : 3,
      enrolledAtMonthEnd: 27,
      queueAtMonthEnd: 0,
      dischargesByStay: null,
    }));
    const text = documentText(resolveMemo(draftMemo('redovisning', sourcesOf(seedPlan(), { statistics: months }), DEFAULTS, { skrivelse: null })));
    expect(text).toContain('Enligt månadsstatistiken har SIG under 2020 tagit emot 48 anmälningar, skrivit in 36 nya deltagare och haft 37 avslut.');
  });

  it('bemanning: recommendation, marginal cost and a decision to apply for funds when more lotsar are needed', () => {
    const content = draftMemo('bemanning', sources(), DEFAULTS, { skrivelse: null });
    const text = documentText(resolveMemo(content));
    expect(text).toContain('För att högst 10 procent av dem som anmäls ska behöva vänta behövs på lång sikt fem lotsar.');
    expect(text).toContain('Det är en lots fler än i dag, vilket kostar omkring 643 000 kronor per år.');
    expect(text).toContain(
      'Stadsdelsnämnden ger förvaltningen i uppdrag att hos socialförvaltningen ansöka om medel för ytterligare en lots, omkring 643 000 kronor per år.',
    );
    // The judgement names the target it rests on; fewer lotsar than that do not make waiting impossible.
    expect(text).toContain('Förvaltningen bedömer att SIG behöver fem lotsar för att högst 10 procent av dem som anmäls ska behöva vänta på en plats.');
    expect(text).not.toContain('utan att de som anmäls riskerar');
    expect(text).toContain('Det ökar kostnaderna med omkring 643 000 kronor per år.');
    // No scenario, so no scenario result.
    expect(text).not.toContain('blir resultatet');
    // The long run at today's demand (Erlang C), beside the months ahead.
    expect(text).toMatch(/På lång sikt behöver \d+ procent av dem som anmäls vänta på en plats med dagens efterfrågan och bemanning\./);
    expect(text).toMatch(/med dagens efterfrågan och \d+ procent om efterfrågan ökar med 30 procent\./);
    expect(content.options.charts).toEqual(['forecastFan', 'queueRisk']);
    expect(content.options.tables).toEqual(['staffing', 'forecast']);
  });

  it('skrivelse: Förvaltningens synpunkter say the queue once, with the cost of one more lots', () => {
    const doc = resolveMemo(draftMemo('skrivelse', sources(), DEFAULTS, { skrivelse: null }));
    const views = documentText({ ...doc, sections: doc.sections.filter((s) => s.key === 'synpunkter') });
    expect(views.match(/kö/g)).toHaveLength(1);
    expect(views).toContain(
      'Om efterfrågan på platser i SIG ökar kommer fler lotsar att behöva anställas, vilket ökar kostnaderna; en lots till kostar 642 873 kronor för ett helt år.',
    );
    expect(views).not.toContain('medveten om');
  });

  it('bemanning: the decision cites the recommendation’s cost as a figure and names the one funding source that is an organisation', () => {
    const content = draftMemo('bemanning', sources(), DEFAULTS, { skrivelse: null });
    const decision = JSON.stringify(content.sections.forslagTillBeslut);
    // The amount is a chip, so that Uppdatera siffror keeps it current.
    expect(decision).toContain('"key":"kostnadRekommendation"');
    const decisionOf = (funding: { source: string; amount: number; period: null }[]) => {
      const plan = seedPlan();
      plan.funding = funding;
      const doc = resolveMemo(draftMemo('bemanning', sourcesOf(plan), DEFAULTS, { skrivelse: null }));
      return documentText({ ...doc, sections: doc.sections.filter((s) => s.key === 'forslagTillBeslut') });
    };
    expect(decisionOf([{ source: 'Stadsledningskontoret, sociala investeringar', amount: 4_500_000, period: null }])).toContain(
      'att hos Stadsledningskontoret ansöka om medel för ytterligare en lots, omkring 643 000 kronor per år.',
    );
    // Two sources, or a source that is no organisation: the decision names no recipient.
    const two = decisionOf([
      { source: 'Socialförvaltningen', amount: 3_000_000, period: null },
      { source: 'Stadsdelsförvaltningens budget', amount: 1_500_000, period: null },
    ]);
    expect(two).toContain('ger förvaltningen i uppdrag att ansöka om medel för ytterligare en lots, omkring 643 000 kronor per år.');
    expect(decisionOf([{ source: 'Statsbidrag', amount: 4_500_000, period: null }])).toContain('i uppdrag att ansöka om medel för ytterligare en lots');
  });

  it('bemanning with a scenario that adds a lots and shows a deficit: Förvaltningens synpunkter cite its result', () => {
    const content = draftMemo('bemanning', sourcesOf(seedPlan(), { scenarios: [extraLotsScenario(7)], scenarioId: 7 }), DEFAULTS, { skrivelse: null });
    expect(content.figures.values.scenarioSaldo!.value!).toBeLessThan(0);
    expect(JSON.stringify(content.sections.synpunkter)).toContain('"key":"scenarioSaldo"');
    const doc = resolveMemo(content);
    const views = documentText({ ...doc, sections: doc.sections.filter((s) => s.key === 'synpunkter') });
    expect(views).toContain(
      'I scenariot ”En lots till”, med fem lotsar, blir resultatet för 2020 −171 980 kronor. Bemanningen i scenariot ryms därmed inte inom tilldelade medel.',
    );
  });

  it('bemanning with enough lotsar: no application for funds', () => {
    const plan = seedPlan();
    plan.staff = [...plan.staff, lots(), lots()];
    const text = documentText(resolveMemo(draftMemo('bemanning', sourcesOf(plan), DEFAULTS, { skrivelse: null })));
    expect(text).toContain('Dagens bemanning räcker för det.');
    expect(text).toContain('Förvaltningen bedömer att dagens bemanning räcker för den efterfrågan som kan förutses.');
    expect(text).not.toContain('ansöka om medel');
  });

  it('a memo with a scenario cites the scenario figures and compares scenarios', () => {
    const content = draftMemo('bemanning', sourcesOf(seedPlan(), { scenarios: [extraLotsScenario(7)], scenarioId: 7 }), DEFAULTS, { skrivelse: null });
    const text = documentText(resolveMemo(content));
    expect(text).toContain('I scenariot ”En lots till” har SIG fem lotsar och 35 platser');
    expect(text).toMatch(/Risken att den som anmäls i december 2021 behöver vänta är då (under 0,1|\d+(,\d)?) procent\./);
    const risk = content.figures.values.scenarioRiskVanta12!.value!;
    expect(risk).toBeLessThan(content.figures.values.riskVanta12!.value!); // one more lots from April lowers the risk
    expect(content.options.tables).toContain('scenarios');
    expect(content.options.charts).toContain('scenarioCost');
  });

  it('a unit without demand or statistics says that no forecast can be made', () => {
    const plan = seedPlan();
    plan.demand = null;
    const content = draftMemo('skrivelse', sourcesOf(plan), DEFAULTS, { skrivelse: null });
    const text = documentText(resolveMemo(content));
    expect(text).toContain('så förvaltningen kan i nuläget inte bedöma risken att behöva vänta framåt.');
    expect(content.options.charts).toEqual([]);
    expect(content.options.tables).toEqual([]);
  });

  it('eget: the standard headings with empty texts, masked like every memo to the nämnd', () => {
    const content = draftMemo('eget', sources(), DEFAULTS, { skrivelse: null });
    expect(content.options.mask).toBe(true);
    expect(content.sections.bilagor).toBeNull();
    const doc = resolveMemo(content);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Förslag till beslut',
      'Sammanfattning',
      'Bakgrund',
      'Ärendets beredning',
      'Ärendet',
      'Jämställdhetsanalys',
      'Barnrättsperspektiv',
      'Förvaltningens synpunkter och förslag',
    ]);
    expect(
      documentText(doc)
        .split('\n')
        .filter((l) => !doc.sections.some((s) => s.heading === l) && l !== ''),
    ).toEqual([]);
  });

  it('no defaults: empty metadata fields rather than invented names', () => {
    const content: MemoContent = draftMemo('redovisning', sources(), null, { skrivelse: null, mask: false });
    expect(content.metadata.namnd).toBe('');
    expect(content.metadata.signatories).toEqual([]);
    expect(content.options.mask).toBe(false);
    expect(documentText(resolveMemo(content))).toContain('Nämnden godkänner redovisningen.');
  });
});

describe('text helpers', () => {
  it('writes funding sources and the nämnd as running text does', async () => {
    const { sourceInText, definiteNamnd, avdelningInText } = await import('../../../src/core/memo/draftTexts.ts');
    expect(sourceInText('Socialförvaltningen')).toBe('socialförvaltningen');
    expect(sourceInText('Stadsdelsförvaltningens budget')).toBe('stadsdelsförvaltningens budget');
    expect(sourceInText('Rinkeby-Kista stadsdelsförvaltning')).toBe('Rinkeby-Kista stadsdelsförvaltning');
    expect(sourceInText('Kriminalvården')).toBe('Kriminalvården');
    expect(definiteNamnd('Rinkeby-Kista stadsdelsnämnd')).toBe('stadsdelsnämnden');
    expect(definiteNamnd('Socialnämnden')).toBe('socialnämnden');
    expect(definiteNamnd('')).toBe('nämnden');
    expect(avdelningInText('Avdelningen individ och familj')).toBe('avdelningen individ och familj');
    expect(avdelningInText('')).toBe('förvaltningen');
  });

  it('names several funding sources', () => {
    const plan = seedPlan();
    plan.funding = [
      { source: 'Socialförvaltningen', amount: 3_000_000, period: '1' },
      { source: 'Stadsdelsförvaltningens budget', amount: 1_500_000, period: null },
    ];
    const text = documentText(resolveMemo(draftMemo('redovisning', sourcesOf(plan), DEFAULTS, { skrivelse: null })));
    expect(text).toContain('Verksamheten finansieras 2020 med sammanlagt 4,5 mnkr från socialförvaltningen och stadsdelsförvaltningens budget.');
  });
});

describe('figures are chips', () => {
  it.each(['skrivelse', 'redovisning', 'bemanning'] as const)('%s: no figure of the plan is typed into the text', (type) => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2020-${String(i + 1).padStart(2, '0')}`,
      referrals: 3,
      newEnrolments: 2,
      discharges: 2,
      enrolledAtMonthEnd: 27,
      queueAtMonthEnd: 0,
      dischargesByStay: null,
    }));
    const content = draftMemo(type, sourcesOf(seedPlan(), { statistics: months, scenarios: [extraLotsScenario(7)], scenarioId: 7 }), DEFAULTS, {
      skrivelse: { date: '2019-10-24', authors: 'Niklas Thorén m.fl. (V)', background: '', questions: [] },
    });
    const typed: string[] = [];
    const visit = (n: unknown) => {
      const node = (n ?? {}) as { type?: string; text?: string; content?: unknown[] };
      if (node.type === 'text') typed.push(node.text!);
      node.content?.forEach(visit);
    };
    Object.values(content.sections).forEach(visit);
    const rest = typed
      .join(' ')
      .replace(/\b(19|20)\d\d\b/g, '') // years
      .replace(/\d+ (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)/g, '') // the skrivelse's date
      .replace(/\d+–\d+ år/g, '') // the unit's ages
      .replace(/\d+ procent/g, ''); // the staff roster ("en enhetschef på 10 procent")
    expect(rest.match(/.{0,40}\d.{0,20}/g)).toBeNull();
    expect(rest).not.toMatch(/\b(fyra|sju|27|24|tre kvinnor|28 platser)\b/);
  });
});

describe('a plan without staff or costs (the 2016 seed plans)', () => {
  it('says what the plan lacks instead of "0 kronor" or "as many women as men"', async () => {
    const { demoUnitYears } = await import('../../../src/api/demo/demoData.ts');
    const unit = demoUnitYears().find((u) => u.plan.year === 2016 && u.plan.staff.length === 0 && u.plan.participants.genderUnknown > 0)!;
    const text = documentText(resolveMemo(draftMemo('redovisning', sourcesOf(unit.plan), DEFAULTS, { skrivelse: null })));
    expect(text).toContain('Planen för 2016 anger inga lotsar för SIG.');
    expect(text).toContain('Planen för 2016 redovisar inga kostnader.');
    expect(text).toContain('Uppgift om deltagarnas kön saknas');
    expect(text).not.toMatch(/0 kronor|lika många|överskott|personer med okänt kön/);
  });
});
