// The memo printed to PDF by a real Chromium (as the CLI and the browser host do): tagged, with an
// outline, the title set, the running header with Dnr and "Sida X (Y)", and the memo's sentences.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMemoPdf, memoPdfHeaderTemplate, memoPdfOptions, NO_PDF_PRINTER_MESSAGE } from '../../src/api/export/memoPdf.ts';
import { createChromiumPdfPrinter, DEFAULT_CHROMIUM_PATH } from '../../src/hosts/shared/chromiumPdf.ts';
import { sampleMemo } from './memoFixture.ts';
import { HAS_POPPLER, pdfInfo, pdfPages, pdfText } from './office.ts';

const chromium = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const HAS_CHROMIUM = fs.existsSync(chromium);

describe('memo PDF', () => {
  it('puts förvaltning, Dnr and the page numbers in the header template, escaped', () => {
    const doc = sampleMemo();
    doc.dnr = 'RK <2019>/1234';
    const header = memoPdfHeaderTemplate(doc);
    expect(header).toContain('Rinkeby-Kista stadsdelsförvaltning · Tjänsteutlåtande');
    expect(header).toContain('Dnr RK &lt;2019&gt;/1234 · Sida <span class="pageNumber"></span> (<span class="totalPages"></span>)');
    expect(memoPdfOptions(doc)).toMatchObject({
      title: 'Utöka Sociala insatsgruppen – Svar på skrivelse från Niklas Thorén m.fl. (V)',
      marginsMm: { top: 24, left: 25 },
    });
  });

  it('refuses in Swedish where the host has no printer', async () => {
    await expect(exportMemoPdf(sampleMemo(), undefined)).rejects.toThrow(NO_PDF_PRINTER_MESSAGE);
  });

  it.skipIf(!HAS_CHROMIUM || !HAS_POPPLER)('prints a tagged A4 PDF with outline, title, header and the memo text', async () => {
    // Its speed is measured in npm run bench, not here.
    const pdf = await exportMemoPdf(sampleMemo(), createChromiumPdfPrinter());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Utöka Sociala insatsgruppen – Svar på skrivelse från Niklas Thorén m.fl. (V)');
    expect(info['Page size']).toMatch(/ pts \(A4\)/);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('SIG har fyra lotsar som arbetar med deltagarna. I nuläget är 27 personer inskrivna varav 24 män och färre än tre kvinnor.');
    expect(text).toContain('Till Rinkeby-Kista stadsdelsnämnd');
    expect(text).toContain(`Dnr RK 2019/1234 · Sida 1 (${pages})`);
    expect(text).toContain(`Sida ${pages} (${pages})`);
    expect(text).toContain('Susanne Leinsköld');
    // Tagged with headings, an outline (bookmarks from the headings) and the document language.
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(pdfPages(pdf, 'memo-pdf')).toHaveLength(pages);
  });

  it.skipIf(HAS_CHROMIUM && HAS_POPPLER)('needs Chromium and poppler-utils to print: .ci/run installs them', () => {
    console.warn('Chromium eller poppler-utils saknas: PDF-utskriften provas inte här. .ci/run installerar dem.');
  });
});
