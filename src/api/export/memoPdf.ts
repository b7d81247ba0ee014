// The memo as a PDF: the HTML print view (the same page the editor previews) printed by the host's
// Chromium, tagged and with a document outline, its running header carrying förvaltning,
// "Tjänsteutlåtande", Dnr and "Sida X (Y)" (only the printer knows the page numbers).
import type { MemoDocument } from '../../core/memo/document.ts';
import { escapeHtml, MEMO_PAGE_MARGINS_MM, renderMemoHtml } from '../../core/memo/html.ts';
import type { ApiContext, PrintPdfOptions } from '../context.ts';
import { ApiFailure } from '../envelope.ts';
import { memoDocumentTitle } from './memoDocx.ts';

export const NO_PDF_PRINTER_MESSAGE =
  'PDF kan inte skapas här eftersom det inte finns någon Chromium att skriva ut med. Exportera som Word-fil i stället, eller installera Chromium.';

/** The running header of every page: förvaltning and Tjänsteutlåtande to the left, Dnr and Sida X (Y) to the right. */
export function memoPdfHeaderTemplate(doc: MemoDocument): string {
  const left = [doc.forvaltning, doc.documentKind || 'Tjänsteutlåtande']
    .filter((t) => t !== '')
    .map(escapeHtml)
    .join(' · ');
  const right = [doc.dnr === '' ? '' : `Dnr ${escapeHtml(doc.dnr)}`, 'Sida <span class="pageNumber"></span> (<span class="totalPages"></span>)']
    .filter((t) => t !== '')
    .join(' · ');
  // Chromium draws the template at its own scale with no page styles: everything is inline.
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${MEMO_PAGE_MARGINS_MM.right}mm 0 ${MEMO_PAGE_MARGINS_MM.left}mm;margin-top:9mm;` +
    "font-family:Arial,'Liberation Sans','DejaVu Sans',sans-serif;font-size:8.5pt;color:#000;display:flex;justify-content:space-between;\">" +
    `<span>${left}</span><span>${right}</span></div>`
  );
}

export function memoPdfOptions(doc: MemoDocument): PrintPdfOptions {
  return {
    title: memoDocumentTitle(doc),
    headerTemplate: memoPdfHeaderTemplate(doc),
    footerTemplate: '<span></span>',
    marginsMm: { ...MEMO_PAGE_MARGINS_MM },
  };
}

/** The memo as PDF bytes, printed by the host; a Swedish refusal where the host cannot print. */
export async function exportMemoPdf(doc: MemoDocument, printPdf: ApiContext['printPdf']): Promise<Uint8Array> {
  if (!printPdf) throw new ApiFailure('INTERNAL', NO_PDF_PRINTER_MESSAGE);
  return printPdf(renderMemoHtml(doc), memoPdfOptions(doc));
}
