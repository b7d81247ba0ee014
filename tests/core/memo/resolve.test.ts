// resolveMemo on the Rinkeby-Kista demo (resources/demo): the reference memo's sentences with the demo's
// figures, chips capitalised at the start of a sentence, masking in text and tables with the
// footnote, tables and charts after Ärendet, left-out sections, and the header fields.
import { describe, expect, it } from 'vitest';
import { demoStatistics, demoUnitYears, DEMO_MAIN } from '../../../src/api/demo/demoData.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { resolveMemo } from '../../../src/core/memo/resolve.ts';
import { MEMO_FIGURES } from '../../../src/core/memo/figureCatalogue.ts';
import type { MemoContent } from '../../../src/core/memo/model.ts';
import { DEFAULTS, documentText, extraLotsScenario, seedPlan, smallPlan, sourcesOf } from './support.ts';

function demoSources() {
  const stored = demoUnitYears().find((u) => u.plan.district === DEMO_MAIN.district && u.plan.year === DEMO_MAIN.year)!;
  const statistics = demoStatistics().find((s) => s.district === DEMO_MAIN.district)!.months;
  return sourcesOf(stored.plan, { statistics });
}

describe('resolveMemo on the demo unit', () => {
  const content = draftMemo('skrivelse', demoSources(), DEFAULTS, {
    skrivelse: { date: '2019-10-24', authors: 'Niklas Thorén m.fl. (V)', background: 'Enligt information från polis …', questions: [] },
  });
  const doc = resolveMemo(content);
  const text = documentText(doc);

  it('writes the sentences of the reference memo', () => {
    expect(text).toContain(
      'SIG har fyra lotsar som arbetar med deltagarna. I nuläget är 27 personer inskrivna, varav 24 män och tre kvinnor. ' +
        'Varje lots arbetar med cirka sju deltagare. I dag finns ingen kö till SIG.',
    );
    expect(text).toContain('Förvaltningen har ansökt om och beviljats 4,5 mnkr från socialförvaltningen');
    expect(text).toContain('Skrivelsen besvaras med förvaltningens tjänsteutlåtande.');
    expect(text).toContain('Tilldelad budget omfattar personalkostnader för fyra lotsar, en biträdande enhetschef och en enhetschef på 10 procent.');
  });

  it('uses non-breaking spaces inside amounts', () => {
    const inlines = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.inlines : [])));
    expect(inlines.find((i) => i.figure === 'finansiering')?.text).toBe('4,5\u00a0mnkr');
  });

  it('has the header fields and the addressee', () => {
    expect(doc.documentKind).toBe('Tjänsteutlåtande');
    expect(doc.addressee).toBe('Till Rinkeby-Kista stadsdelsnämnd');
    expect(doc.dateTable).toBe('2020-01-22');
    expect(doc.dateText).toBe('22 januari 2020');
    expect(doc.language).toBe('sv-SE');
    expect(doc.author).toBe('Anna Andersson');
    expect(doc.maskNote).toBeNull();
    expect(doc.figures.map((f) => f.key)).toEqual(MEMO_FIGURES.map((f) => f.key));
    expect(doc.figures.find((f) => f.placeholder === 'lotsar')?.text).toBe('fyra lotsar');
    expect(doc.figures.find((f) => f.placeholder === 'lotsar')?.tableText).toBe('4,0');
    expect(doc.figures.find((f) => f.placeholder === 'kostnad_per_deltagare')?.tableText).toBe('155\u00a0179\u00a0kr');
  });

  it('places the tables and charts after the text of Ärendet, with the snapshot numbers', () => {
    const arendet = doc.sections.find((s) => s.key === 'arendet')!;
    const kinds = arendet.blocks.map((b) => b.kind);
    const firstExtra = kinds.findIndex((k) => k === 'table' || k === 'chart');
    expect(kinds.slice(firstExtra)).toEqual(['table', 'chart', 'chart']);
    expect(kinds.slice(0, firstExtra).every((k) => k !== 'table' && k !== 'chart')).toBe(true);
    const fan = doc.charts.forecastFan!;
    expect(fan.series[1]!.values).toEqual(content.figures.series.queueP90.slice(0, 12));
    expect(fan.categories[0]).toMatch(/^jan 2021$/);
    expect(fan.description).toMatch(/^Diagrammet visar kön enligt prognosen per månad från jan 2021 till dec 2021/);
    const table = doc.tables.forecast!;
    expect(table.rows).toHaveLength(12);
    expect(table.columns.slice(1).every((c) => c.align === 'right')).toBe(true);
  });
});

describe('resolveMemo rules', () => {
  const base = (): MemoContent => draftMemo('redovisning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });

  it('capitalises a chip that starts a sentence', () => {
    const content = base();
    content.sections.sammanfattning = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'figure', attrs: { key: 'kvinnor' } },
            { type: 'text', text: ' är inskrivna. Av dem har ' },
            { type: 'figure', attrs: { key: 'kvinnor' } },
            { type: 'text', text: ' arbete.' },
          ],
        },
      ],
    };
    const para = resolveMemo(content).sections.find((s) => s.key === 'sammanfattning')!.blocks[0]!;
    expect(para.kind === 'paragraph' && para.inlines.map((i) => i.text).join('')).toBe('Tre kvinnor är inskrivna. Av dem har tre kvinnor arbete.');
  });

  it('leaves out sections that are null and keeps the fixed order', () => {
    const content = base();
    content.sections.bakgrund = null;
    content.sections.barnrattsperspektiv = null;
    expect(resolveMemo(content).sections.map((s) => s.key)).toEqual([
      'forslagTillBeslut',
      'sammanfattning',
      'arendetsBeredning',
      'arendet',
      'jamstalldhetsanalys',
      'synpunkter',
    ]);
  });

  it('masks small counts in text and tables and adds the footnote', () => {
    const content = draftMemo('redovisning', sourcesOf(smallPlan()), DEFAULTS, { skrivelse: null });
    const doc = resolveMemo(content);
    const text = documentText(doc);
    expect(text).toContain('varav ett ej redovisat antal män och färre än tre kvinnor');
    expect(text).toContain('I dag finns färre än tre personer i kö till SIG.');
    expect(text).not.toMatch(/\btvå kvinnor|fem män\b/);
    expect(doc.tables.gender!.rows).toEqual([
      ['Män', '..'],
      ['Kvinnor', '<3'],
    ]);
    expect(doc.tables.gender!.totals).toEqual(['Totalt', '7']);
    expect(doc.maskNote).toMatch(/^Antal under tre redovisas som ”färre än tre”/);
    expect(doc.tables.gender!.footnote).toBe(doc.maskNote);
    // The same memo unmasked shows the counts.
    const open = documentText(resolveMemo({ ...content, options: { ...content.options, mask: false } }));
    expect(open).toContain('varav fem män och två kvinnor');
  });

  it('gives no hidden count away in words: no "as many women as men" between two small counts', () => {
    const plan = seedPlan();
    plan.participants = { ...plan.participants, enrolled: 2, men: 1, women: 1 };
    const masked = documentText(resolveMemo(draftMemo('redovisning', sourcesOf(plan), DEFAULTS, { skrivelse: null })));
    expect(masked).toContain('I nuläget är färre än tre personer inskrivna, varav färre än tre män och färre än tre kvinnor.');
    expect(masked).not.toMatch(/lika många|Varje lots arbetar med cirka|\ben (man|kvinna)\b/);
    const open = documentText(resolveMemo(draftMemo('redovisning', sourcesOf(plan), DEFAULTS, { skrivelse: null, mask: false })));
    expect(open).toContain('I SIG deltar lika många kvinnor som män.');
    expect(open).toContain('I nuläget är två personer inskrivna, varav en man och en kvinna.');
  });

  it('a chip whose figure no longer exists prints a visible marker', () => {
    const content = base();
    content.sections.sammanfattning = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Se ' },
            { type: 'figure', attrs: { key: 'borttagen' } },
            { type: 'text', text: '.' },
          ],
        },
      ],
    };
    expect(documentText(resolveMemo(content))).toContain('Se [siffra saknas].');
  });
});

describe('tables and charts from the snapshot', () => {
  const content = draftMemo('bemanning', sourcesOf(seedPlan(), { scenarios: [extraLotsScenario(7)], scenarioId: 7 }), DEFAULTS, { skrivelse: null });
  const doc = resolveMemo(content);
  const NB = '\u00a0';

  it('staffing and costs: one row per position, other costs, the total in bold and the funding', () => {
    const t = doc.tables.staffing!;
    expect(t.columns.map((c) => c.align)).toEqual(['left', 'right', 'left', 'right']);
    expect(t.rows[0]).toEqual(['Lots', '1,0', 'jan–dec', `642${NB}873${NB}kr`]);
    expect(t.rows.at(-1)).toEqual(['Övriga kostnader', '', '', `730${NB}000${NB}kr`]);
    expect(t.totals).toEqual(['Summa', '5,1', '', `4${NB}189${NB}826${NB}kr`]);
    expect(t.footnote).toBe(`Finansiering: 4${NB}500${NB}000${NB}kr. Överskott: 310${NB}174${NB}kr.`);
    expect(t.columns.at(-1)!.heading).toBe('Årskostnad inkl. PO-pålägg');
  });

  it('scenario comparison: the plan first, then each scenario; a bar chart of their costs', () => {
    const t = doc.tables.scenarios!;
    expect(t.rows.map((r) => r[0])).toEqual(['Planen', 'En lots till']);
    expect(t.rows[1]![1]).toBe('5,0');
    const chart = doc.charts.scenarioCost!;
    expect(chart.type).toBe('bar');
    expect(chart.categories).toEqual(['Planen', 'En lots till']);
    expect(chart.series[0]!.values[1]! - chart.series[0]!.values[0]!).toBeCloseTo(38500 * 9 * 1.3915, 6);
    expect(chart.description).toMatch(/^Diagrammet jämför den totala kostnaden i två alternativ, från 4\u00a0189\u00a0826\u00a0kr \(Planen\)/);
  });

  it('the risk chart carries shares of one, as the snapshot has them', () => {
    const chart = doc.charts.queueRisk!;
    expect(chart.valueFormat).toBe('percent');
    expect(chart.series[0]!.values).toEqual(content.figures.series.probabilityOfWaiting.slice(0, 12));
    expect(chart.series[0]!.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(doc.tables.forecast!.rows[5]!.at(-1)).toBe(`46${NB}%`);
  });

  it('a table the memo has no figures for is left out', () => {
    const plan = seedPlan();
    plan.demand = null;
    const c = draftMemo('bemanning', sourcesOf(plan), DEFAULTS, { skrivelse: null });
    const d = resolveMemo({ ...c, options: { ...c.options, tables: ['forecast', 'scenarios'], charts: ['forecastFan'] } });
    expect(d.tables).toEqual({});
    expect(d.charts).toEqual({});
  });
});
