// The memo functions of core that the editor calls in the renderer (no round trip): resolving
// the current content for the preview and the chips, the A4 HTML, the figure catalogue, the
// check before export and the sanitiser of pasted rich text. One place, so the editor depends on
// core's memo module through these few names only.
import { checkMemoForExport, FIGURE_GROUP_LABELS, MEMO_FIGURES, resolveMemo, sanitizeRichText, type MemoDocument } from '../../core/memo/index.ts';
import type { MemoContent, RichText } from '../../core/memo/model.ts';
import { renderMemoHtml } from '../../core/memo/html.ts';

export type { MemoDocument };

export interface CatalogueFigure {
  key: string;
  name: string;
  definition: string;
  /** "Bemanning", "Ekonomi" … */
  group: string;
}

export const CATALOGUE: readonly CatalogueFigure[] = MEMO_FIGURES.map((f) => ({ key: f.key, name: f.name, definition: f.definition, group: FIGURE_GROUP_LABELS[f.group] }));

export function resolveContent(content: MemoContent): MemoDocument {
  return resolveMemo(content);
}

export function memoHtml(doc: MemoDocument): string {
  return renderMemoHtml(doc);
}

/** What the memo still lacks, in Swedish; never blocks an export. */
export function exportChecks(content: MemoContent): string[] {
  return checkMemoForExport(content);
}

/** Rich text as the schema accepts it (a paste from Word loses styles, images and links). */
export function sanitize(json: unknown): RichText {
  const text = sanitizeRichText(json);
  return text;
}

/** Every placeholder a Word template may hold, with what it is filled with. */
export function placeholderHelp(doc: MemoDocument): { placeholder: string; description: string }[] {
  return doc.figures.map((f) => ({ placeholder: f.placeholder, description: `${f.name} (nu ${f.text})` }));
}
