// The memo functions of core that the editor calls in the renderer (no round trip): resolving
// the current content for the preview and the chips, the A4 HTML, the figure catalogue, the
// check before export and the sanitiser of pasted rich text. One place, so the editor depends on
// core's memo module through these few names only.
import {
  memoChecks,
  memoChecksCountText,
  FIGURE_GROUP_LABELS,
  MEMO_FIGURES,
  resolveMemo,
  sanitizeRichText,
  type MemoCheck,
  type MemoDocument,
} from '../../core/memo/index.ts';
import type { MemoContent, RichText } from '../../core/memo/model.ts';
import { renderMemoHtml } from '../../core/memo/html.ts';
import { TEMPLATE_PLACEHOLDER_LIST, type PlaceholderKind } from '../../core/memo/placeholders.ts';

export type { MemoDocument };

export interface CatalogueFigure {
  key: string;
  name: string;
  definition: string;
  /** "Bemanning", "Ekonomi" … */
  group: string;
}

export const CATALOGUE: readonly CatalogueFigure[] = MEMO_FIGURES.map((f) => ({
  key: f.key,
  name: f.name,
  definition: f.definition,
  group: FIGURE_GROUP_LABELS[f.group],
}));

export function resolveContent(content: MemoContent): MemoDocument {
  return resolveMemo(content);
}

export function memoHtml(doc: MemoDocument): string {
  return renderMemoHtml(doc);
}

/** What the memo still lacks, in Swedish, with its severity; never blocks an export. */
export function exportChecks(content: MemoContent, outdatedText: string | null): MemoCheck[] {
  return memoChecks(content, outdatedText);
}

/** The badge's name for the checks: "en anmärkning", "tre anmärkningar". */
export function checksCountText(n: number): string {
  return memoChecksCountText(n);
}

/** Rich text as the schema accepts it (a paste from Word loses styles, images and links). */
export function sanitize(json: unknown): RichText {
  const text = sanitizeRichText(json);
  return text;
}

export interface PlaceholderHelp {
  /** "{{titel}}" */
  placeholder: string;
  kind: PlaceholderKind;
  description: string;
  /** For a figure: as this memo prints it now. */
  current: string | null;
}

/** Every placeholder a Word template may hold (core's list), with a figure's value in this memo. */
export function placeholderHelp(doc: MemoDocument): PlaceholderHelp[] {
  const printed = new Map(doc.figures.map((f) => [f.key, f.text]));
  return TEMPLATE_PLACEHOLDER_LIST.map((p) => ({
    placeholder: p.placeholder,
    kind: p.kind,
    description: p.description,
    current: p.target.kind === 'figure' ? (printed.get(p.target.figure) ?? null) : null,
  }));
}

export const PLACEHOLDER_KIND_LABELS: Record<PlaceholderKind, string> = {
  metadata: 'Uppgifter om ärendet',
  section: 'Avsnitt',
  table: 'Tabeller',
  chart: 'Diagram',
  figure: 'Siffror',
};
