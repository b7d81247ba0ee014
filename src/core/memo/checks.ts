// The check before export: a Swedish list of what a memo still lacks (Dnr, date, signatories, an
// empty section, a chip whose figure no longer exists or has no value). It never blocks a draft;
// the editor shows the list and the export proceeds when the user chooses. Each item is either
// 'saknas' (something the nämnd's memo must have: Dnr, date, signatories, a decision, an answer) or
// 'notering' (worth a look, but a finished memo may have it: an empty section, a figure without
// value, figures older than their sources, which a memo may keep on purpose).
import { figureByKey } from './figureCatalogue.ts';
import { SECTION_HEADINGS, SECTION_KEYS, type MemoContent, type RichText } from './model.ts';
import { citedFigureKeys } from './figureChanges.ts';
import { richTextPlainText } from './sanitize.ts';
import { STANDARD_QUESTIONS } from './drafts.ts';
import { countWithNoun, formatAmountForText, formatNumber } from '../format/index.ts';
import { statisticsMonthText } from '../statistics/monthly.ts';

function isEmpty(text: RichText): boolean {
  return (
    richTextPlainText(text, () => 'x')
      .replace(/^(\d+\.|–|>)\s*/gm, '')
      .trim() === ''
  );
}

export type MemoCheckSeverity = 'saknas' | 'notering';

export interface MemoCheck {
  severity: MemoCheckSeverity;
  /** One Swedish sentence. */
  text: string;
}

const REMARKS = { singular: 'anmärkning', plural: 'anmärkningar', gender: 'common' } as const;

/** How many checks the editor's badge names: "en anmärkning", "tre anmärkningar", "14 anmärkningar". */
export function memoChecksCountText(n: number): string {
  return countWithNoun(n, REMARKS);
}

/**
 * What a memo still lacks, 'saknas' first, each group in the memo's order. `outdatedText` is the
 * warning of figures older than their sources (sourceFingerprints.ts), null when they are current.
 */
export function memoChecks(content: MemoContent, outdatedText: string | null = null): MemoCheck[] {
  const m = content.metadata;
  const checks: MemoCheck[] = [];
  const missing = (text: string) => checks.push({ severity: 'saknas', text });
  const note = (text: string) => checks.push({ severity: 'notering', text });
  if (m.title.trim() === '') missing('Titel saknas.');
  if (m.dnr.trim() === '') missing('Dnr saknas.');
  if (m.date === '') missing('Datum saknas.');
  if (m.namnd.trim() === '') missing('Nämnd saknas (raden ”Till …”).');
  if (m.forvaltning.trim() === '') missing('Förvaltning saknas.');
  if (m.handlaggare.name.trim() === '') missing('Handläggare saknas.');
  if (m.signatories.length === 0 || m.signatories.every((s) => s.name.trim() === '')) missing('Underskrifter saknas.');
  else
    m.signatories.forEach((s, i) => {
      if (s.name.trim() === '' || s.title.trim() === '') missing(`Underskrift ${i + 1} saknar ${s.name.trim() === '' ? 'namn' : 'titel'}.`);
    });
  for (const key of SECTION_KEYS) {
    const text = content.sections[key];
    // An empty decision leaves the nämnd nothing to decide; any other empty section is a note.
    if (text !== null && isEmpty(text)) (key === 'forslagTillBeslut' ? missing : note)(`Avsnittet ${SECTION_HEADINGS[key]} är tomt.`);
  }
  if (content.sections.forslagTillBeslut === null) missing('Förslag till beslut saknas.');
  for (const question of unansweredQuestions(content)) {
    missing(`Frågan ”${question.length > 80 ? `${question.slice(0, 80)}…` : question}” saknar svar under Ärendet.`);
  }
  for (const key of citedFigureKeys(content)) {
    const def = figureByKey(key);
    if (!def) missing(`Siffran ”${key}” finns inte längre i Lotsplan; ta bort den eller välj en annan.`);
    else if ((content.figures.values[key]?.value ?? null) === null) note(`Siffran ${def.name} har inget värde för enheten och skrivs som ”saknas”.`);
  }
  const stale = staleResultText(content);
  if (stale !== null) missing(stale);
  const twoTodays = planAndStatisticsDifferText(content);
  if (twoTodays !== null) note(twoTodays);
  if (outdatedText !== null) note(`${outdatedText} Välj Uppdatera siffror om utlåtandet ska bygga på dagens siffror.`);
  const problem = content.figures.forecastProblem;
  if (problem !== undefined) note(`${problem} Utlåtandet saknar därför siffrorna om kö och väntan.`);
  return [...checks.filter((c) => c.severity === 'saknas'), ...checks.filter((c) => c.severity === 'notering')];
}

/**
 * A text written for a surplus that now cites a deficit, or the other way round: the sentences
 * that depend on the sign of the result cite Överskott or Underskott, which are zero on the other
 * side, so after Uppdatera siffror a memo could say "ett överskott på 0 kronor" beside a deficit.
 */
function staleResultText(content: MemoContent): string | null {
  const balance = content.figures.values.saldo?.value ?? null;
  if (balance === null) return null;
  const rounded = Math.round(balance);
  const cited = new Set(citedFigureKeys(content));
  const now =
    rounded > 0
      ? `ett överskott på ${formatAmountForText(balance)}`
      : rounded < 0
        ? `ett underskott på ${formatAmountForText(-balance)}`
        : 'att kostnaderna motsvarar finansieringen';
  const said = cited.has('overskott') && rounded <= 0 ? 'ett överskott' : cited.has('underskott') && rounded >= 0 ? 'ett underskott' : null;
  return said === null ? null : `Texten talar om ${said}, men siffrorna visar nu ${now}. Skriv om meningarna om ekonomin.`;
}

/**
 * The text's "i dag" comes from the plan (Inskrivna, Kö) and the forecast's start from the latest
 * monthly statistics: when they differ, the memo says one thing and forecasts from another.
 */
function planAndStatisticsDifferText(content: MemoContent): string | null {
  const start = content.figures.forecastStart;
  if (start?.source !== 'statistics') return null;
  const row = content.figures.series.statistics.find((r) => r.month === start.basis);
  if (!row) return null;
  const plan = (key: string) => content.figures.values[key]?.value ?? null;
  const pairs = [
    { what: 'inskrivna', plan: plan('inskrivna'), statistics: row.enrolledAtMonthEnd },
    { what: 'i kö', plan: plan('ko'), statistics: start.queueFromPlan ? null : row.queueAtMonthEnd },
  ].filter((p) => p.plan !== null && p.statistics !== null && Math.round(p.plan) !== p.statistics);
  if (pairs.length === 0) return null;
  const list = (side: 'plan' | 'statistics') => pairs.map((p) => `${formatNumber(Math.round(p[side]!))} ${p.what}`).join(' och ');
  return (
    `Planen anger ${list('plan')}, men månadsstatistiken för ${statisticsMonthText(start.basis)} ${list('statistics')}. ` +
    'Texten om läget i dag bygger på planen och prognosen på statistiken; rätta den uppgift som inte stämmer.'
  );
}

/** The checks as sentences (the export's warnings and the CLI). */
export function checkMemoForExport(content: MemoContent, outdatedText: string | null = null): string[] {
  return memoChecks(content, outdatedText).map((c) => c.text);
}

/** A skrivelse's questions quoted under Ärendet with no text before the next quotation or the end. */
function unansweredQuestions(content: MemoContent): string[] {
  if (content.type !== 'skrivelse' || content.sections.arendet === null) return [];
  const questions = content.skrivelse && content.skrivelse.questions.length > 0 ? content.skrivelse.questions : [...STANDARD_QUESTIONS];
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const wanted = new Set(questions.map(norm));
  const blocks = content.sections.arendet.content;
  const out: string[] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'blockquote') return;
    const text = norm(richTextPlainText({ type: 'doc', content: block.content }));
    if (!wanted.has(text)) return;
    let answered = false;
    for (let j = i + 1; j < blocks.length && blocks[j]!.type !== 'blockquote'; j++) {
      if (!isEmpty({ type: 'doc', content: [blocks[j]!] })) answered = true;
    }
    if (!answered) out.push(text);
  });
  return out;
}
