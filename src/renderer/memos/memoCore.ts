// The memo functions of core that the editor calls in the renderer (no round trip): resolving
// the current content for the preview and the chips, the A4 HTML, the figure catalogue, the
// check before export and the sanitiser of pasted rich text. One place, so the editor depends on
// core's memo module through these few names only.
import type { MemoDocument } from '../../core/memo/document.ts';
import type { MemoContent, RichText } from '../../core/memo/model.ts';
import { renderMemoHtml } from '../../core/memo/html.ts';
import { FIGURE_GROUP_LABELS, MEMO_FIGURES } from '../../core/memo/figureCatalogue.ts';

// TEMPORARY until core's resolveMemo, checkMemoForExport and sanitizeRichText land.
const resolveMemo = (_content: MemoContent): MemoDocument => {
  throw new Error('Förhandsgranskningen är inte klar ännu.');
};
const checkMemoForExport = (_content: MemoContent): { level: 'error' | 'warning'; message: string }[] => [];
const sanitizeRichText = (json: unknown): RichText => json as RichText;

export type { MemoDocument };

export interface CatalogueFigure {
  key: string;
  name: string;
  definition: string;
  /** "Bemanning", "Ekonomi" … */
  group: string;
}

export interface ExportCheck {
  /** 'error' for what a finished memo must have, 'warning' for what it probably should. */
  level: 'error' | 'warning';
  message: string;
}

export function resolveContent(content: MemoContent): MemoDocument {
  return resolveMemo(content);
}

export function memoHtml(doc: MemoDocument): string {
  return renderMemoHtml(doc);
}

export const CATALOGUE: readonly CatalogueFigure[] = MEMO_FIGURES.map((f) => ({ key: f.key, name: f.name, definition: f.definition, group: FIGURE_GROUP_LABELS[f.group] }));

export function exportChecks(content: MemoContent): ExportCheck[] {
  return checkMemoForExport(content).map((c) => ({ level: c.level, message: c.message }));
}

export function sanitize(json: unknown): RichText {
  return sanitizeRichText(json);
}

/** Every placeholder a Word template may hold, with what it is filled with. */
export function placeholderHelp(doc: MemoDocument): { placeholder: string; description: string }[] {
  return doc.figures.map((f) => ({ placeholder: f.placeholder, description: `${f.name} (nu ${f.text})` }));
}
