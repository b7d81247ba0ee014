// The plain text of each section as the memo prints it (figures as their text), for comparing
// two versions. Resolved by core, so a figure reads the same here as in the document.
import { SECTION_KEYS, type MemoContent, type SectionKey } from '../../core/memo/model.ts';
import type { ResolvedBlock, ResolvedParagraph } from '../../core/memo/document.ts';
import { resolveContent } from './memoCore.ts';

function paragraph(p: ResolvedParagraph): string {
  return p.map((i) => (i.lineBreak ? '\n' : i.text)).join('');
}

function block(b: ResolvedBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(b.inlines);
    case 'bullets':
      return b.items.map((i) => `• ${paragraph(i)}`).join('\n');
    case 'numbered':
      return b.items.map((i, n) => `${n + 1}. ${paragraph(i)}`).join('\n');
    case 'quote':
      return b.paragraphs.map((p) => `”${paragraph(p)}”`).join('\n');
    case 'table':
      return `[Tabell: ${b.table.caption}]`;
    case 'chart':
      return `[Diagram: ${b.chart.title}]`;
  }
}

/** null for a section that is left out. */
export function sectionTexts(content: MemoContent): Record<SectionKey, string | null> {
  const doc = resolveContent(content);
  const out = Object.fromEntries(SECTION_KEYS.map((k) => [k, null])) as Record<SectionKey, string | null>;
  for (const s of doc.sections) out[s.key] = s.blocks.map(block).join('\n\n');
  return out;
}
