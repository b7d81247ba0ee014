// One memo to one file: the resolved document (core) rendered as HTML (core), as Word (the docx
// export or the district's template) or as PDF printed from the HTML by the host's Chromium.
import type { ApiContext } from '../context.ts';
import type { StoredMemo } from '../../store/contract.ts';
import { checkMemoForExport, resolveMemo } from '../../core/memo/index.ts';
import { renderMemoHtml } from '../../core/memo/html.ts';
import { fileSlug } from '../../core/format/index.ts';
import { exportMemoDocx } from '../export/memoDocx.ts';
import { exportMemoPdf } from '../export/memoPdf.ts';
import { fillTemplate } from '../export/memoTemplate.ts';

export type MemoFormat = 'docx' | 'pdf' | 'html';

export const MEMO_FORMAT_LABELS: Record<MemoFormat, string> = { docx: 'Word-fil', pdf: 'PDF', html: 'HTML' };
const MIME: Record<MemoFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export interface MemoFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  formatLabel: string;
  warnings: string[];
}

export async function exportMemoFile(
  ctx: ApiContext,
  memo: StoredMemo,
  format: MemoFormat,
  template: { name: string; bytes: Uint8Array } | null,
  outdatedText: string | null = null,
): Promise<MemoFile> {
  const doc = resolveMemo(memo.content);
  const warnings = [...checkMemoForExport(memo.content, outdatedText)];
  let bytes: Uint8Array;
  if (format === 'html') bytes = new TextEncoder().encode(renderMemoHtml(doc));
  else if (format === 'docx') {
    if (template) {
      const filled = await fillTemplate(template.bytes, doc);
      bytes = filled.bytes;
      warnings.push(...filled.warnings);
    } else bytes = await exportMemoDocx(doc);
  } else {
    bytes = await exportMemoPdf(doc, ctx.printPdf?.bind(ctx));
  }
  const fileName = `tjansteutlatande-${fileSlug(memo.unit)}-${memo.year}-${memo.id}.${format}`;
  return { fileName, bytes, mimeType: MIME[format], formatLabel: MEMO_FORMAT_LABELS[format], warnings };
}
