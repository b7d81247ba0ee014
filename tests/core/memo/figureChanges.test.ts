// "Uppdatera siffror" and the check before export: what changes as the memo prints it, whether the
// figures are older than the plan, and the Swedish list of what a memo still lacks.
import { describe, expect, it } from 'vitest';
import { checkMemoForExport, memoChecks } from '../../../src/core/memo/checks.ts';
import { computeMemoFigures } from '../../../src/core/memo/computeFigures.ts';
import { draftMemo } from '../../../src/core/memo/drafts.ts';
import { citedFigureKeys, figureChanges, figureChangesIntro } from '../../../src/core/memo/figureChanges.ts';
import { lots } from '../support/plans.ts';
import { DEFAULTS, extraLotsScenario, monthsOf, seedPlan, sourcesOf } from './support.ts';

describe('figureChanges', () => {
  const content = draftMemo('skrivelse', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });

  it('is empty when nothing changed', () => {
    expect(figureChanges(content, computeMemoFigures(sourcesOf(seedPlan())))).toEqual([]);
  });

  it('lists each changed figure as printed before and after, cited figures first', () => {
    const plan = seedPlan();
    plan.staff = [...plan.staff, lots()];
    const changes = figureChanges(content, computeMemoFigures(sourcesOf(plan)));
    expect(changes.find((c) => c.key === 'lotsar')).toEqual({ key: 'lotsar', name: 'Lotsar', before: 'fyra lotsar', after: 'fem lotsar' });
    const cited = citedFigureKeys(content);
    const firstUncited = changes.findIndex((c) => !cited.includes(c.key));
    expect(firstUncited).toBeGreaterThan(0);
    expect(changes.slice(firstUncited).every((c) => !cited.includes(c.key))).toBe(true);
    expect(changes.find((c) => c.key === 'kostnadPerLots')).toBeUndefined(); // same salary, same cost per lots
    expect(changes.find((c) => c.key === 'platser')).toEqual({ key: 'platser', name: 'Platser', before: '28 platser', after: '35 platser' });
    expect(changes.find((c) => c.key === 'lotsarUtoverRekommendation')?.after).toBe('inga lotsar');
  });

  it('writes ”saknas” for a figure without a value', () => {
    const plan = seedPlan();
    plan.demand = null;
    const change = figureChanges(content, computeMemoFigures(sourcesOf(plan))).find((c) => c.key === 'riskVanta6');
    expect(change).toEqual({ key: 'riskVanta6', name: 'Risk att behöva vänta om 6 månader', before: '46 procent', after: 'saknas' });
  });

  it('masks before and after as the memo does', () => {
    const plan = seedPlan();
    plan.participants = { ...plan.participants, enrolled: 26, men: 24, women: 2 };
    const changes = figureChanges(content, computeMemoFigures(sourcesOf(plan)));
    expect(changes.find((c) => c.key === 'kvinnor')).toEqual({ key: 'kvinnor', name: 'Kvinnor', before: 'tre kvinnor', after: 'färre än tre kvinnor' });
    expect(changes.find((c) => c.key === 'man')?.after).toBe('ett ej redovisat antal män');
  });
});

describe('figureChanges of the tables and charts the memo shows', () => {
  const withScenarioTable = (content: ReturnType<typeof draftMemo>) => ({
    ...content,
    options: { ...content.options, tables: ['staffing' as const, 'scenarios' as const] },
  });

  it('names the scenarios before and after when one is added, but only for a memo that shows them', () => {
    const plain = draftMemo('redovisning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    const after = computeMemoFigures(sourcesOf(seedPlan(), { scenarios: [extraLotsScenario()] }));
    // The plan's own figures do not change with a scenario beside it.
    expect(figureChanges({ ...plain, options: { ...plain.options, tables: [], charts: [] } }, after)).toEqual([]);
    expect(figureChanges(withScenarioTable(plain), after)).toEqual([
      { key: 'tabell_scenarios', name: 'Tabellen ”Jämförelse av scenarier”', before: 'inga scenarier', after: '”En lots till”' },
    ]);
    const chartOnly = { ...plain, options: { ...plain.options, tables: [], charts: ['scenarioCost' as const] } };
    expect(figureChanges(chartOnly, after).map((c) => c.name)).toEqual(['Diagrammet ”Kostnad per scenario”']);
  });

  it('says the values change when a table keeps its extent', () => {
    const content = withScenarioTable(draftMemo('redovisning', sourcesOf(seedPlan(), { scenarios: [extraLotsScenario()] }), DEFAULTS, { skrivelse: null }));
    const dearer = extraLotsScenario();
    dearer.overrides.addPositions[0]!.monthlySalary += 1000;
    const change = figureChanges(content, computeMemoFigures(sourcesOf(seedPlan(), { scenarios: [dearer] }))).find((c) => c.key === 'tabell_scenarios');
    expect(change).toEqual({
      key: 'tabell_scenarios',
      name: 'Tabellen ”Jämförelse av scenarier”',
      before: '”En lots till”',
      after: 'samma omfattning, ändrade värden',
    });
  });

  it('describes the staffing and statistics tables by their rows', () => {
    const base = draftMemo('redovisning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    const content = { ...base, options: { ...base.options, tables: ['staffing' as const, 'statistics' as const] } };
    const plan = seedPlan();
    plan.staff = plan.staff.slice(1);
    const changes = figureChanges(content, computeMemoFigures(sourcesOf(plan, { statistics: monthsOf(2020, [{}, {}, {}]) })));
    expect(changes.find((c) => c.key === 'tabell_staffing')).toMatchObject({
      before: expect.stringMatching(/^sex tjänster, [\d\u00a0]+kronor$/),
      after: expect.stringMatching(/^fem tjänster, /),
    });
    expect(changes.find((c) => c.key === 'tabell_statistics')).toMatchObject({ before: 'inga månader', after: 'tre månader, januari–mars 2020' });
  });

  it('introduces the list in Swedish, with the count in words', () => {
    expect(figureChangesIntro(1)).toBe(
      'En uppgift ändras när siffrorna räknas om från den aktuella planen och statistiken. Texterna ändras inte, bara siffrorna i dem.',
    );
    expect(figureChangesIntro(5).startsWith('Fem uppgifter ändras')).toBe(true);
    expect(figureChangesIntro(14).startsWith('14 uppgifter ändras')).toBe(true);
  });
});

describe('checkMemoForExport', () => {
  it('lists what is missing in a fresh draft without blocking', () => {
    const content = draftMemo('redovisning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    expect(checkMemoForExport(content)).toEqual(['Dnr saknas.']);
  });

  it('notes figures older than their sources, after what is missing', () => {
    const content = draftMemo('redovisning', sourcesOf(seedPlan()), DEFAULTS, { skrivelse: null });
    expect(checkMemoForExport(content, 'Planen har ändrats sedan siffrorna räknades kl. 14.05.')).toEqual([
      'Dnr saknas.',
      'Planen har ändrats sedan siffrorna räknades kl. 14.05. Välj Uppdatera siffror om utlåtandet ska bygga på dagens siffror.',
    ]);
    expect(memoChecks(content, 'Planen har ändrats sedan siffrorna räknades kl. 14.05.').at(-1)?.severity).toBe('notering');
  });

  it('names an empty section, missing signatories and date, and a chip that no longer exists', () => {
    const content = draftMemo('eget', sourcesOf(seedPlan()), null, { skrivelse: null });
    content.metadata.date = '';
    content.sections.sammanfattning = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'figure', attrs: { key: 'gammalSiffra' } }] }] };
    const problems = checkMemoForExport(content);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Titel saknas.',
        'Dnr saknas.',
        'Datum saknas.',
        'Underskrifter saknas.',
        'Avsnittet Förslag till beslut är tomt.',
        'Avsnittet Ärendet är tomt.',
        'Siffran ”gammalSiffra” finns inte längre i Lotsplan; ta bort den eller välj en annan.',
      ]),
    );
    expect(problems).not.toContain('Avsnittet Sammanfattning är tomt.');
  });

  it('names a cited figure without a value', () => {
    const plan = seedPlan();
    plan.demand = null;
    const content = draftMemo('redovisning', sourcesOf(plan), DEFAULTS, { skrivelse: null });
    content.metadata.dnr = '1.2.3-456/2020';
    content.sections.sammanfattning = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'figure', attrs: { key: 'riskVanta6' } }] }] };
    expect(checkMemoForExport(content)).toEqual(['Siffran Risk att behöva vänta om 6 månader har inget värde för enheten och skrivs som ”saknas”.']);
  });
});

describe('checkMemoForExport on a skrivelse', () => {
  it('names a quoted question without an answer', () => {
    const content = draftMemo('skrivelse', sourcesOf(seedPlan()), DEFAULTS, {
      skrivelse: {
        date: '2019-10-24',
        authors: 'Niklas Thorén m.fl. (V)',
        background: '',
        questions: ['Är verksamheten rustad för ett högre tryck?', 'Hur många deltagare har arbete?'],
      },
    });
    content.metadata.dnr = '1.2.3-456/2020';
    expect(checkMemoForExport(content)).toEqual(['Frågan ”Hur många deltagare har arbete?” saknar svar under Ärendet.']);
    const answered = structuredClone(content);
    const blocks = answered.sections.arendet!.content;
    const i = blocks.findIndex((b) => b.type === 'blockquote' && JSON.stringify(b).includes('arbete'));
    blocks[i + 1] = { type: 'paragraph', content: [{ type: 'text', text: 'Förvaltningen för ingen sådan statistik.' }] };
    expect(checkMemoForExport(answered)).toEqual([]);
  });
});

describe('memoChecks', () => {
  it('marks what the memo must have as saknas, first, and what is worth a look as notering', () => {
    const content = draftMemo('eget', sourcesOf(seedPlan()), null, { skrivelse: null });
    content.metadata.date = '';
    content.sections.sammanfattning = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'figure', attrs: { key: 'gammalSiffra' } },
            { type: 'text', text: ' och ' },
            { type: 'figure', attrs: { key: 'rekommenderadeLotsar' } },
          ],
        },
      ],
    };
    content.figures.values.rekommenderadeLotsar = { key: 'rekommenderadeLotsar', value: null, computedAt: '' };
    const checks = memoChecks(content);
    const of = (severity: string) => checks.filter((c) => c.severity === severity).map((c) => c.text);
    expect(of('saknas')).toEqual(
      expect.arrayContaining([
        'Dnr saknas.',
        'Datum saknas.',
        'Underskrifter saknas.',
        'Avsnittet Förslag till beslut är tomt.',
        'Siffran ”gammalSiffra” finns inte längre i Lotsplan; ta bort den eller välj en annan.',
      ]),
    );
    expect(of('notering')).toEqual(expect.arrayContaining(['Avsnittet Ärendet är tomt.', expect.stringMatching(/^Siffran .* har inget värde för enheten/)]));
    expect(of('notering')).not.toContain('Dnr saknas.');
    // Every saknas comes before every notering, and the sentences are checkMemoForExport's.
    const firstNote = checks.findIndex((c) => c.severity === 'notering');
    expect(checks.slice(firstNote).every((c) => c.severity === 'notering')).toBe(true);
    expect(checks.map((c) => c.text)).toEqual(checkMemoForExport(content));
  });
});

describe('a result that changed sign after Uppdatera siffror', () => {
  const withFunding = (amount: number) => {
    const plan = seedPlan();
    plan.funding = [{ source: 'Socialförvaltningen', amount, period: null }];
    return sourcesOf(plan);
  };

  it('is a saknas: the text written for a surplus now cites a deficit', () => {
    const content = draftMemo('redovisning', withFunding(4_500_000), DEFAULTS, { skrivelse: null });
    expect(checkMemoForExport(content).some((t) => t.startsWith('Texten talar om'))).toBe(false);
    // The plan loses funding; the memo's figures are brought up to date, its text is not.
    const updated = { ...content, figures: computeMemoFigures(withFunding(2_800_000)) };
    const check = memoChecks(updated).find((c) => c.text.startsWith('Texten talar om'));
    expect(check).toEqual({
      severity: 'saknas',
      text: 'Texten talar om ett överskott, men siffrorna visar nu ett underskott på 1,4\u00a0mnkr. Skriv om meningarna om ekonomin.',
    });
  });

  it('and the other way round, from a deficit to a surplus', () => {
    const content = draftMemo('redovisning', withFunding(2_800_000), DEFAULTS, { skrivelse: null });
    expect(checkMemoForExport(content).some((t) => t.startsWith('Texten talar om'))).toBe(false);
    const updated = { ...content, figures: computeMemoFigures(withFunding(4_500_000)) };
    expect(checkMemoForExport(updated)).toContain(
      'Texten talar om ett underskott, men siffrorna visar nu ett överskott på 310\u00a0174\u00a0kronor. Skriv om meningarna om ekonomin.',
    );
  });
});

describe('the plan and the monthly statistics giving two pictures of today', () => {
  it('is a notering that names both when the forecast starts from statistics that differ from the plan', () => {
    const plan = seedPlan();
    plan.participants = { ...plan.participants, enrolled: 27, queue: 2 };
    const statistics = monthsOf(
      2020,
      Array.from({ length: 12 }, () => ({})),
    );
    const content = draftMemo('bemanning', sourcesOf(plan, { statistics }), DEFAULTS, { skrivelse: null });
    expect(content.figures.forecastStart).toMatchObject({ source: 'statistics', basis: '2020-12' });
    expect(memoChecks(content)).toContainEqual({
      severity: 'notering',
      text:
        'Planen anger 2 i kö, men månadsstatistiken för december 2020 0 i kö. ' +
        'Texten om läget i dag bygger på planen och prognosen på statistiken; rätta den uppgift som inte stämmer.',
    });
    // Agreeing figures, or a forecast from the plan itself, give no such note.
    plan.participants = { ...plan.participants, queue: 0 };
    expect(checkMemoForExport(draftMemo('bemanning', sourcesOf(plan, { statistics }), DEFAULTS, { skrivelse: null })).join(' ')).not.toContain('Planen anger');
    plan.participants = { ...plan.participants, queue: 2 };
    expect(checkMemoForExport(draftMemo('bemanning', sourcesOf(plan), DEFAULTS, { skrivelse: null })).join(' ')).not.toContain('Planen anger');
  });
});
