// The check before export: a Swedish list of what a memo still lacks (Dnr, date, signatories, an
// empty section, a chip whose figure no longer exists or has no value). It never blocks a draft;
// the editor shows the list and the export proceeds when the user chooses.
import { figureByKey } from './figureCatalogue.ts';
import { SECTION_HEADINGS, SECTION_KEYS, type MemoContent, type RichText } from './model.ts';
import { citedFigureKeys } from './figureChanges.ts';
import { richTextPlainText } from './sanitize.ts';
import { STANDARD_QUESTIONS } from './drafts.ts';

function isEmpty(text: RichText): boolean {
  return richTextPlainText(text, () => 'x').replace(/^(\d+\.|–|>)\s*/gm, '').trim() === '';
}

export function checkMemoForExport(content: MemoContent): string[] {
  const m = content.metadata;
  const problems: string[] = [];
  if (m.title.trim() === '') problems.push('Titel saknas.');
  if (m.dnr.trim() === '') problems.push('Dnr saknas.');
  if (m.date === '') problems.push('Datum saknas.');
  if (m.namnd.trim() === '') problems.push('Nämnd saknas (raden ”Till …”).');
  if (m.forvaltning.trim() === '') problems.push('Förvaltning saknas.');
  if (m.handlaggare.name.trim() === '') problems.push('Handläggare saknas.');
  if (m.signatories.length === 0 || m.signatories.every((s) => s.name.trim() === '')) problems.push('Underskrifter saknas.');
  else m.signatories.forEach((s, i) => {
    if (s.name.trim() === '' || s.title.trim() === '') problems.push(`Underskrift ${i + 1} saknar ${s.name.trim() === '' ? 'namn' : 'titel'}.`);
  });
  for (const key of SECTION_KEYS) {
    const text = content.sections[key];
    if (text !== null && isEmpty(text)) problems.push(`Avsnittet ${SECTION_HEADINGS[key]} är tomt.`);
  }
  if (content.sections.forslagTillBeslut === null) problems.push('Förslag till beslut saknas.');
  for (const question of unansweredQuestions(content)) {
    problems.push(`Frågan ”${question.length > 80 ? `${question.slice(0, 80)}…` : question}” saknar svar under Ärendet.`);
  }
  for (const key of citedFigureKeys(content)) {
    const def = figureByKey(key);
    if (!def) problems.push(`Siffran ”${key}” finns inte längre i Lotsplan; ta bort den eller välj en annan.`);
    else if ((content.figures.values[key]?.value ?? null) === null) problems.push(`Siffran ${def.name} har inget värde för enheten och skrivs som ”saknas”.`);
  }
  return problems;
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
