// "Vad krävs?" in the memo: the hiring plan of the memo's basis (its scenario, or the plan) as
// catalogue figures, and the bemanning draft that proposes it when it asks for more lotsar than the
// long-run recommendation ("ytterligare en lots"); older snapshots without the figures still print.
import { describe, expect, it } from 'vitest';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { figureByKey, monthFigureValue, monthOfFigureValue } from '../../../src/core/memo/figureCatalogue.ts';
import { figureChanges } from '../../../src/core/memo/figureChanges.ts';
import { figurePrinter } from '../../../src/core/memo/figurePrinter.ts';
import { memoContentSchema, type SECTION_KEYS, type MemoContent } from '../../../src/core/memo/model.ts';
import { lookupPlaceholder } from '../../../src/core/memo/placeholders.ts';
import { resolveMemo } from '../../../src/core/memo/resolve.ts';
import { figureTableText, figureText } from '../../../src/core/memo/textFormat.ts';
import { scenarioForecastFromStatistics } from '../../../src/core/scenarios/forecast.ts';
import { emptyOverrides } from '../../../src/core/scenarios/overrides.ts';
import type { ScenarioRecord } from '../../../src/core/scenarios/types.ts';
import { DEFAULTS, documentText, PLAN_UPDATED_AT, paragraphText, seedPlan, sourcesOf } from './support.ts';

const HIRING_KEYS = [
  'lotsarForMalet',
  'lotsarForMaletBorjarSenast',
  'lotsarForMaletRekryteringSenast',
  'malOverskridsFran',
  'lotsarForMaletKostnadStartar',
  'lotsarForMaletKostnadHeltAr',
] as const;

/** "Ökat tryck": referrals +30 procent. */
function raisedScenario(id = 9, percent = 30): ScenarioRecord {
  const overrides = emptyOverrides();
  overrides.arrivalsChangePercent = percent;
  return { id, name: 'Ökat tryck', preset: 'custom', overrides, createdAt: PLAN_UPDATED_AT, updatedAt: PLAN_UPDATED_AT };
}

const raisedSources = () => sourcesOf(seedPlan(), { scenarios: [raisedScenario()], scenarioId: 9 });
/** The reference unit with 12 enrolled: the queue builds up later, so recruitment can wait. */
const laterPlan = () => ({ ...seedPlan(), participants: { ...seedPlan().participants, enrolled: 12, men: 9, women: 3 } });
/** The reference unit with one referral a month: today's lotsar hold the target. */
const quietPlan = () => ({ ...seedPlan(), demand: { arrivalsPerMonth: 1, meanStayMonths: 12 } });

function sectionText(content: MemoContent, key: (typeof SECTION_KEYS)[number]): string {
  const section = resolveMemo(content).sections.find((s) => s.key === key)!;
  return section.blocks
    .flatMap((b) => (b.kind === 'paragraph' ? [paragraphText(b.inlines)] : b.kind === 'numbered' || b.kind === 'bullets' ? b.items.map(paragraphText) : []))
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

describe('hiring plan figures', () => {
  it('are those of Vad krävs? for the memo’s scenario: 2,5 lotsar from mars 2021 at +30 procent', () => {
    const sources = raisedSources();
    const figures = computeMemoFigures(sources);
    const plan = sources.unitYear.plan;
    const expected = scenarioForecastFromStatistics(plan, sources.unitYear.state.settings, raisedScenario(), [], { horizon: 24 });
    if (!expected.ok || expected.hiring.plan === null) throw new Error('expected a hiring plan');
    const h = expected.hiring.plan;
    const value = (k: string) => figures.values[k]!.value;
    expect(value('lotsarForMalet')).toBe(h.addLotsar);
    expect(value('lotsarForMalet')).toBe(2.5);
    expect(value('lotsarForMaletBorjarSenast')).toBe(monthFigureValue(h.startYear, h.startMonth));
    expect(value('lotsarForMaletBorjarSenast')).toBe(202103);
    expect(value('lotsarForMaletRekryteringSenast')).toBe(monthFigureValue(h.recruitFromYear, h.recruitFromMonth));
    expect(value('malOverskridsFran')).toBe(202101);
    expect(value('lotsarForMaletKostnadStartar')).toBeCloseTo(h.costThisYear!, 6);
    expect(value('lotsarForMaletKostnadHeltAr')).toBeCloseTo(h.costFullYear!, 6);

    const printer = figurePrinter({ figures, options: { mask: true, maskBelow: 3, tables: [], charts: [] } });
    expect(printer.text('lotsarForMalet')).toBe('2,5 lotsar');
    expect(printer.text('lotsarForMaletBorjarSenast')).toBe('mars 2021');
    expect(printer.table('lotsarForMaletRekryteringSenast')).toBe('januari 2021');
    expect(printer.text('lotsarForMaletKostnadHeltAr').replace(/\u00a0/g, ' ')).toBe('1,6 mnkr');
  });

  it('are the plan’s own hiring plan when the memo has no scenario', () => {
    const figures = computeMemoFigures(sourcesOf(seedPlan(), { scenarios: [raisedScenario()] }));
    expect(figures.values.lotsarForMalet!.value).toBe(1);
    expect(figures.values.lotsarForMaletBorjarSenast!.value).toBe(202103);
  });

  it('are zero lotsar and no months or costs ("saknas") when no lots more is needed', () => {
    const figures = computeMemoFigures(sourcesOf(quietPlan()));
    expect(figures.values.lotsarForMalet!.value).toBe(0);
    for (const k of HIRING_KEYS.filter((k) => k !== 'lotsarForMalet' && k !== 'malOverskridsFran')) expect(figures.values[k]!.value).toBeNull();
    const printer = figurePrinter({ figures, options: { mask: true, maskBelow: 3, tables: [], charts: [] } });
    expect(printer.text('lotsarForMaletBorjarSenast')).toBe('saknas');
    expect(printer.table('lotsarForMaletKostnadHeltAr')).toBe('–');
  });

  it('are all missing without demand to forecast from', () => {
    const figures = computeMemoFigures(sourcesOf({ ...seedPlan(), demand: null }));
    for (const k of HIRING_KEYS) expect(figures.values[k]!.value).toBeNull();
  });

  it('have a Swedish name, a definition and a placeholder the template fill knows', () => {
    for (const k of HIRING_KEYS) {
      const def = figureByKey(k)!;
      expect(def.definition.length).toBeGreaterThan(40);
      expect(lookupPlaceholder(`{{${def.placeholder}}}`)).toEqual({ kind: 'figure', figure: k });
    }
    expect(figureByKey('lotsarForMalet')!.placeholder).toBe('ytterligare_lotsar_för_att_hålla_målet');
  });

  it('print months as "mars 2021", and a value that is no month as missing', () => {
    const def = figureByKey('lotsarForMaletBorjarSenast')!;
    expect(monthOfFigureValue(202103)).toEqual({ year: 2021, month: 3 });
    expect(monthOfFigureValue(202113)).toBeNull();
    expect(figureText(def, 202112)).toBe('december 2021');
    expect(figureTableText(def, 202101)).toBe('januari 2021');
    expect(figureText(def, 2021.5)).toBe('saknas');
    expect(figureText(def, null)).toBe('saknas');
  });
});

describe('bemanning draft with the hiring plan', () => {
  it('proposes 2,5 lotsar from mars 2021 with the cost, not "ytterligare en lots", when the scenario needs them', () => {
    const content = draftMemo('bemanning', raisedSources(), DEFAULTS, { skrivelse: null });
    expect(memoContentSchema.safeParse(content).success).toBe(true);
    const decision = sectionText(content, 'forslagTillBeslut');
    expect(decision).toContain(
      'Stadsdelsnämnden ger förvaltningen i uppdrag att hos socialförvaltningen ansöka om medel för ytterligare 2,5 lotsar från och med mars 2021, omkring 1,6 mnkr för ett helt år.',
    );
    expect(decision).not.toContain('ytterligare en lots');
    const views = sectionText(content, 'synpunkter');
    expect(views).toContain(
      'Förvaltningen bedömer att SIG, med de förutsättningar som scenariot ”Ökat tryck” anger, behöver 2,5 lotsar till, som börjar senast i mars 2021, för att högst 10 procent av dem som anmäls ska behöva vänta på en plats.',
    );
    expect(views).toContain('Målet överskrids redan i januari 2021; rekryteringen behöver påbörjas nu.');
    expect(views).toMatch(/Kostnaden beräknas till omkring 1,3 mnkr för 2021 och omkring 1,6 mnkr för ett helt år\./);
    expect(sectionText(content, 'arendet')).toContain('behöver SIG enligt prognosen i scenariot ”Ökat tryck” 2,5 lotsar till, som börjar senast i mars 2021.');
    expect(sectionText(content, 'sammanfattning')).toContain(
      'I scenariot ”Ökat tryck” behövs, för att hålla målet varje månad under prognosperioden, 2,5 lotsar till, som börjar senast i mars 2021.',
    );
  });

  it('says when recruitment must begin when the target is exceeded only later', () => {
    const content = draftMemo('bemanning', sourcesOf(laterPlan(), { scenarios: [raisedScenario()], scenarioId: 9 }), DEFAULTS, { skrivelse: null });
    const views = sectionText(content, 'synpunkter');
    expect(views).toContain('behöver två lotsar till, som börjar senast i augusti 2021,');
    expect(views).toContain('Med hänsyn till rekryteringstiden behöver rekryteringen påbörjas senast i juni 2021.');
    expect(views).not.toContain('påbörjas nu');
    expect(sectionText(content, 'forslagTillBeslut')).toContain('ytterligare två lotsar från och med augusti 2021');
  });

  it('keeps the one-lots proposal when the hiring plan asks for no more than the recommendation', () => {
    const content = draftMemo('bemanning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    expect(sectionText(content, 'forslagTillBeslut')).toMatch(/ansöka om medel för ytterligare en lots, omkring 643 000 kronor per år\./);
    expect(sectionText(content, 'sammanfattning')).not.toContain('lotsar till');
    // Ärendet still gives the hiring plan's timing.
    expect(sectionText(content, 'arendet')).toContain('Målet överskrids redan i januari 2021; rekryteringen behöver påbörjas nu.');
  });

  it('says that no lots more is needed, never "noll lotsar", when today’s staffing holds the target', () => {
    const text = documentText(resolveMemo(draftMemo('bemanning', sourcesOf(quietPlan()), DEFAULTS, { skrivelse: null })));
    expect(text).toContain('Ingen ytterligare lots behövs för att hålla målet.');
    expect(text).not.toMatch(/noll lotsar|saknas/);
  });
});

describe('memos stored before the hiring figures', () => {
  const old = (): MemoContent => {
    const content = draftMemo('bemanning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    // The default text as it was: no chip of the new figures, and a snapshot without them.
    const values = Object.fromEntries(Object.entries(content.figures.values).filter(([k]) => !(HIRING_KEYS as readonly string[]).includes(k)));
    const strip = (n: unknown): unknown => {
      const node = n as { type?: string; content?: unknown[] };
      if (!node.content) return node;
      return {
        ...node,
        content: node.content.filter((c) => !JSON.stringify(c).includes('lotsarForMalet') && !JSON.stringify(c).includes('malOverskrids')).map(strip),
      };
    };
    const sections = Object.fromEntries(Object.entries(content.sections).map(([k, s]) => [k, s && strip(s)])) as MemoContent['sections'];
    return { ...content, sections, figures: { ...content.figures, values } };
  };

  it('still parse, resolve and print, the new figures as "saknas"', () => {
    const content = old();
    expect(memoContentSchema.safeParse(JSON.parse(JSON.stringify(content))).success).toBe(true);
    const doc = resolveMemo(content);
    expect(documentText(doc)).not.toContain('saknas');
    expect(doc.figures.find((f) => f.key === 'lotsarForMaletBorjarSenast')!.text).toBe('saknas');
  });

  it('gain the figures on "Uppdatera siffror", listed as changed from "saknas"', () => {
    const content = old();
    const changes = figureChanges(content, computeMemoFigures(sourcesOf(seedPlan())));
    expect(changes.find((c) => c.key === 'lotsarForMalet')).toEqual({
      key: 'lotsarForMalet',
      name: 'Ytterligare lotsar för att hålla målet',
      before: 'saknas',
      after: 'en lots',
    });
    expect(changes.find((c) => c.key === 'lotsarForMaletBorjarSenast')?.after).toBe('mars 2021');
  });
});
