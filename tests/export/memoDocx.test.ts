// The Word export read back part by part, then opened by LibreOffice as a real office suite does.
import { describe, expect, it } from 'vitest';
import { exportMemoDocx } from '../../src/api/export/memoDocx.ts';
import type { MemoTable } from '../../src/core/memo/document.ts';
import { sampleMemo, QUEUE_MEAN, QUEUE_P50, QUEUE_P90, SCENARIO_COSTS, FORECAST_MONTHS, forecastChart } from './memoFixture.ts';
import { paragraphs, unzip, unzipBytes } from './unzip.ts';
import { HAS_POPPLER, HAS_SOFFICE, officeBatch, pdfInfo, pdfPages, pdfText } from './office.ts';

const numbersOf = (xml: string, tag: 'c:val' | 'c:cat'): string[][] =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => [...m[1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]!));

/** A table too long to be kept on one page. */
const LONG_TABLE: MemoTable = {
  kind: 'statistics',
  caption: 'Lång tabell',
  columns: [
    { heading: 'Månad', align: 'left' },
    { heading: 'Antal', align: 'right' },
  ],
  rows: Array.from({ length: 20 }, (_, i) => [`Rad ${i + 1}`, String(i)]),
  totals: ['Summa', '190'],
  footnote: null,
};

/** The rows of the first table whose first cell is `first`: for each row, whether its paragraphs all keep with the next. */
function keepNextOfRows(document: string, first: string): boolean[] {
  const table = (document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => t.includes(`>${first}</w:t>`))!;
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => {
    const paras = paragraphs(row[0]);
    return paras.every((p) => p.xml.includes('<w:keepNext/>'));
  });
}

/** A memo with little in it, and charts with awkward numbers. */
function sparseMemo(): ReturnType<typeof sampleMemo> {
  const doc = sampleMemo();
  doc.type = 'eget';
  doc.dnr = '';
  doc.handlaggare = { name: '', phone: '' };
  doc.dateTable = '';
  doc.dateText = '';
  doc.signatories = [{ name: 'Anna Mattsson', title: 'avdelningschef' }];
  doc.attestations = [];
  doc.maskNote = null;
  doc.bilagor = [];
  doc.sections = [
    { key: 'forslagTillBeslut', heading: 'Förslag till beslut', blocks: [{ kind: 'numbered', items: [[{ text: 'Nämnden godkänner redovisningen.' }]] }] },
    {
      key: 'arendet',
      heading: 'Ärendet',
      blocks: [
        { kind: 'paragraph', inlines: [] },
        { kind: 'table', table: LONG_TABLE },
        {
          kind: 'chart',
          chart: {
            kind: 'queueRisk',
            title: 'Risk att behöva vänta',
            type: 'line',
            categories: [],
            series: [],
            valueFormat: 'percent',
            description: 'Det finns ingen prognos.',
          },
        },
        {
          kind: 'chart',
          chart: {
            kind: 'queueRisk',
            title: 'Risk per månad',
            type: 'line',
            categories: ['jan', 'feb', 'mar'],
            series: [{ name: 'Risk', values: [0.1, Number.NaN, 0.35, 0.9] }],
            valueFormat: 'percent',
            description: 'Risken stiger.',
          },
        },
        {
          kind: 'chart',
          chart: {
            kind: 'scenarioCost',
            title: 'Saldo',
            type: 'bar',
            categories: ['A', 'B'],
            series: [{ name: 'Saldo', values: [-250_000, 120_000] }],
            valueFormat: 'kronor',
            description: 'Ett underskott och ett överskott.',
          },
        },
      ],
    },
  ];
  return doc;
}

// Exported once, before the suites, so that the describe callbacks stay synchronous.
const bytes = await exportMemoDocx(sampleMemo());
const sparseBytes = await exportMemoDocx(sparseMemo());
// Both are opened by one LibreOffice run, when the first test asks.
const office = officeBatch();
office.add('memo-docx', bytes);
office.add('memo-docx-small', sparseBytes);

describe('exportMemoDocx', () => {
  const parts = unzip(bytes);
  const document = parts.get('word/document.xml')!;
  const body = paragraphs(document);

  it('writes the headings in order as Word heading styles, the title as Title', () => {
    expect(body.find((p) => p.style === 'Title')?.text).toBe('Utöka Sociala insatsgruppen');
    expect(body.find((p) => p.style === 'Subtitle')?.text).toBe('Svar på skrivelse från Niklas Thorén m.fl. (V)');
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Förslag till beslut',
      'Sammanfattning',
      'Ärendets beredning',
      'Ärendet',
      'Förvaltningens synpunkter och förslag',
      'Bilaga',
      'Attesterat av',
    ]);
    expect(parts.get('word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">/);
  });

  it('holds the figures and sentences of the text', () => {
    const text = body.map((p) => p.text).join('\n');
    expect(text).toContain('SIG har fyra lotsar som arbetar med deltagarna. I nuläget är 27 personer inskrivna varav 24 män och färre än tre kvinnor.');
    expect(text).toContain('Förvaltningen har ansökt och beviljats 4,5\u00a0mnkr från socialförvaltningen.');
    expect(text).toContain('Handläggare: Kim Lindqvist');
    expect(text).toContain('Till Rinkeby-Kista stadsdelsnämnd');
    expect(text).toContain('Susanne Leinsköld, stadsdelsdirektör');
    expect(text).toContain('Antal under tre redovisas som ”färre än tre”');
  });

  it('is in Swedish, in Times New Roman and Arial, with title and author in the properties', () => {
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"\/>[\s\S]*<\/w:docDefaults>/);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('w:ascii="Arial"');
    const core = parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Utöka Sociala insatsgruppen – Svar på skrivelse från Niklas Thorén m.fl. (V)</dc:title>');
    expect(core).toContain('<dc:creator>Kim Lindqvist</dc:creator>');
  });

  it('has förvaltning, Tjänsteutlåtande, Dnr, date and Sida PAGE (NUMPAGES) in the header', () => {
    const headerName = [...parts.keys()].find((k) => /^word\/header\d+\.xml$/.test(k))!;
    const header = parts.get(headerName)!;
    const text = paragraphs(header)
      .map((p) => p.text)
      .join('|');
    for (const t of ['Rinkeby-Kista stadsdelsförvaltning', 'Tjänsteutlåtande', 'Dnr RK 2019/1234', '2020-01-22', 'Sida ']) expect(text).toContain(t);
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(header).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const headerId = new RegExp(`Id="([^"]+)"[^>]*Target="${headerName.slice(5)}"`).exec(parts.get('word/_rels/document.xml.rels')!)?.[1];
    expect(document).toContain(`<w:headerReference w:type="default" r:id="${headerId}"/>`);
  });

  it('writes Förslag till beslut as a real numbered list', () => {
    const decisions = body.filter((p) => p.xml.includes('<w:numPr>') && /Skrivelsen besvaras|Stadsdelsnämnden överlämnar/.test(p.text));
    expect(decisions).toHaveLength(2);
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(decisions[0]!.xml)![1];
    expect(/<w:numId w:val="(\d+)"\/>/.exec(decisions[1]!.xml)![1]).toBe(numId);
    const numbering = parts.get('word/numbering.xml')!;
    const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    expect(abstract).toContain('<w:numFmt w:val="decimal"/>');
    expect(abstract).toContain('<w:lvlText w:val="%1."/>');
  });

  it('repeats each table header row and right-aligns numbers', () => {
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    const dataTables = tables.filter((t) => t.includes('<w:tblHeader/>'));
    expect(dataTables).toHaveLength(4); // three tables and Attesterat av
    for (const t of dataTables) {
      const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(t)![0];
      expect(firstRow).toContain('<w:tblHeader/>');
    }
    const cost = body.find((p) => p.text === '2\u00a0412\u00a0800 kr')!;
    expect(cost.xml).toContain('<w:jc w:val="right"/>');
    const title = body.find((p) => p.text === 'Biträdande enhetschef')!;
    expect(title.xml).not.toContain('<w:jc w:val="right"/>');
  });

  it('keeps a short table whole on one page with its note, and a quoted question with its answer', () => {
    // Every row but the last keeps with the next (the staffing table has no note); the gender table's last row keeps with its note.
    expect(keepNextOfRows(document, 'Befattning')).toEqual([true, true, true, true, true, false]);
    expect(keepNextOfRows(document, 'Kön')).toEqual([true, true, true, true]);
    const quote = body.find((p) => p.text.startsWith('Bedömer förvaltningen att SIG är befriade'))!;
    expect(quote.xml).toContain('<w:keepNext/>');
    // The paragraph that introduces the quotation keeps with it; an ordinary paragraph does not.
    const leadIn = body.find((p) => p.text.startsWith('En skrivelse från Niklas Thorén'))!;
    expect(leadIn.xml).toContain('<w:keepNext/>');
    expect(body.find((p) => p.text.startsWith('SIG har fyra lotsar'))!.xml).not.toContain('<w:keepNext/>');
  });

  it('writes a note paragraph only under a table with a note, and spaces the text after a table without one', () => {
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>(<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>)?/g)!.filter((t) => t.includes('<w:tblHeader/>'));
    const after = tables.map((t) => paragraphs(t.slice(t.lastIndexOf('</w:tbl>')))[0]);
    // The staffing table is followed by the gender table's caption, the gender table by its note, the forecast table by a chart.
    for (const p of after) expect(p === undefined || p.text !== '' || p.xml.includes('<w:drawing>')).toBe(true);
    expect(after.map((p) => p?.text)).toContain('Antal under tre redovisas som <3.');
  });

  it("gives an empty cell's paragraph the table's font and size, so its row is no taller", () => {
    const totals = (document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).find((r) => r.includes('>Summa</w:t>') && r.includes('3 882 000 kr'))!;
    const empty = paragraphs(totals).find((p) => p.text === '')!;
    expect(empty.xml).toMatch(/<w:pPr>[\s\S]*<w:rPr>[\s\S]*<w:rFonts w:ascii="Arial"[\s\S]*<w:sz w:val="19"\/>[\s\S]*<\/w:rPr>[\s\S]*<\/w:pPr>/);
  });

  it("keeps a table's note whole on one page", () => {
    const note = body.find((p) => p.text === 'Antal under tre redovisas som <3.')!;
    expect(note.xml).toContain('<w:keepLines/>');
  });

  it('writes each chart as a native chart part with the snapshot numbers and an editable workbook', () => {
    const charts = [...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k)).sort();
    expect(charts).toHaveLength(2);
    const [fan, cost] = charts.map((k) => parts.get(k)!);
    expect(fan).toContain('<c:lineChart>');
    // The band's two areas (the median, and the band's width on it), then the mean and the 90th percentile.
    expect(numbersOf(fan!, 'c:val')).toEqual([
      QUEUE_P50.map(String),
      QUEUE_P90.map((v, i) => String(v - QUEUE_P50[i]!)),
      QUEUE_MEAN.map(String),
      QUEUE_P90.map(String),
    ]);
    expect(numbersOf(fan!, 'c:cat')[0]).toEqual(FORECAST_MONTHS);
    expect(cost).toMatch(/<c:barChart>[\s\S]*<c:barDir val="col"\/>/);
    expect(numbersOf(cost!, 'c:val')).toEqual([SCENARIO_COSTS.map(String)]);
    expect([...parts.keys()].filter((k) => /^word\/embeddings\/.+\.xlsx$/.test(k))).toHaveLength(2);
    expect(document.match(/<c:chart [^>]*r:id="[^"]+"/g)).toHaveLength(2);
    expect(document).toContain('descr="Diagrammet visar att kön enligt prognosen växer');
    expect(fan).toMatch(/<c:valAx>[\s\S]*<c:title>[\s\S]*Antal personer i kö[\s\S]*<\/c:valAx>/);
    expect(parts.get('[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  });

  describe('the forecast fan', () => {
    const fan = [...parts].find(([k, xml]) => /^word\/charts\/chart\d+\.xml$/.test(k) && xml.includes('Antal personer i kö'))![1];
    const seriesOf = (xml: string) =>
      [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => ({
        xml: m[1]!,
        name: m[1]!.match(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/)![1]!,
        idx: Number(m[1]!.match(/<c:idx val="(\d+)"\/>/)![1]),
      }));
    const group = (tag: 'c:areaChart' | 'c:lineChart') => fan.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))![1]!;

    it('draws the band as two stacked areas under the lines: a white one up to the median and a light one up to the 90th percentile', () => {
      const areas = group('c:areaChart');
      expect(areas).toContain('<c:grouping val="stacked"/>');
      expect(seriesOf(areas).map((s) => s.name)).toEqual(['Kö, median', 'Mellan medianen och 90:e percentilen']);
      const [under, band] = seriesOf(areas);
      expect(under!.xml).toMatch(/<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"\/><\/a:solidFill>/);
      expect(band!.xml).toMatch(/<c:spPr><a:solidFill><a:srgbClr val="BDD7EE"\/><\/a:solidFill>/);
      // The lines are drawn after the areas, so on top of them: the mean solid, the 90th percentile dashed.
      expect(fan.indexOf('<c:lineChart>')).toBeGreaterThan(fan.indexOf('</c:areaChart>'));
      const lines = seriesOf(group('c:lineChart'));
      expect(lines.map((s) => s.name)).toEqual(['Kö, medelvärde', 'Kö, 90:e percentilen']);
      expect(lines[0]!.xml).toContain('<a:prstDash val="solid"/>');
      expect(lines[1]!.xml).toContain('<a:prstDash val="dash"/>');
    });

    it('writes every chart in Swedish (c:lang sv-SE), so that Word and LibreOffice print 4,2 mnkr, not 4.2 mnkr', () => {
      const charts = [...parts].filter(([k]) => /^word\/charts\/chart\d+\.xml$/.test(k)).map(([, xml]) => xml);
      expect(charts.length).toBeGreaterThan(0);
      for (const xml of charts) {
        expect(xml).toContain('<c:lang val="sv-SE"/>');
        expect(xml).not.toContain('<c:lang val="en-US"/>');
      }
      // The kronor formats carry the Swedish locale themselves ([$-41D]), which LibreOffice follows.
      expect(charts.join('')).toContain('formatCode="[$-41D]#,##0.0,, &quot;mnkr&quot;"');
      // Each chart part once, with its relationships and workbook as before.
      const names = [...unzipBytes(bytes).keys()];
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter((n) => /^word\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(charts.length);
    });

    it('leaves the white area out of the legend, and only it, by its number, which is also its place in the legend', () => {
      const entries = [...fan.matchAll(/<c:legendEntry><c:idx val="(\d+)"\/><c:delete val="1"\/><\/c:legendEntry>/g)].map((m) => Number(m[1]));
      const all = seriesOf(fan);
      expect(entries).toEqual([all.find((s) => s.name === 'Kö, median')!.idx]);
      // Areas first, in the numbering too: LibreOffice counts the entry by its place in the legend, Word by the number.
      expect(all.map((s) => s.idx)).toEqual([0, 1, 2, 3]);
    });

    it('keeps the chart data editable under Swedish names: the median, the band, the mean and the 90th percentile by month', () => {
      // The fan's workbook: the one its chart part refers to.
      const fanPart = [...parts.keys()].find((k) => parts.get(k) === fan)!;
      const rels = parts.get(fanPart.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'))!;
      const target = rels.match(/Target="\.\.\/embeddings\/([^"]+\.xlsx)"/)![1]!;
      const workbook = unzip(unzipBytes(bytes).get(`word/embeddings/${target}`)!);
      const strings = [...workbook.get('xl/sharedStrings.xml')!.matchAll(/<t>([^<]*)<\/t>/g)].map((m) => m[1]);
      expect(strings.slice(0, 4)).toEqual(['Kö, median', 'Mellan medianen och 90:e percentilen', 'Kö, medelvärde', 'Kö, 90:e percentilen']);
      expect(strings.slice(4)).toEqual(FORECAST_MONTHS);
      const sheet = workbook.get('xl/worksheets/sheet1.xml')!;
      expect(sheet).toContain('<c r="D13"><v>2.9</v></c>');
    });

    it('draws a fan without a band (a snapshot stored before the mean queue was kept) as two lines, as before', async () => {
      const doc = sampleMemo();
      const { band: _band, ...old } = forecastChart;
      doc.sections = [{ key: 'arendet', heading: 'Ärendet', blocks: [{ kind: 'chart', chart: old }] }];
      const xml = [...unzip(await exportMemoDocx(doc))].find(([k]) => /^word\/charts\/chart\d+\.xml$/.test(k))![1];
      expect(xml).not.toContain('<c:areaChart>');
      expect(xml).not.toContain('<c:legendEntry>');
      expect(numbersOf(xml, 'c:val')).toEqual([QUEUE_MEAN.map(String), QUEUE_P90.map(String)]);
    });
  });

  it.skipIf(!HAS_SOFFICE || !HAS_POPPLER)('opens in LibreOffice and prints the same sentences, headers and pages', () => {
    const pdf = office.pdf('memo-docx');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Utöka Sociala insatsgruppen');
    expect(text).toContain('SIG har fyra lotsar som arbetar med deltagarna.');
    expect(text).toContain('Sida 1 (');
    expect(text).toContain('Förvaltningens synpunkter och förslag');
    const info = pdfInfo(pdf);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(info.Title).toBe('Utöka Sociala insatsgruppen – Svar på skrivelse från Niklas Thorén m.fl. (V)');
    expect(pdfPages(pdf, 'memo-docx').length).toBe(Number(info.Pages));
    // The fan's legend: the band and both lines, the white area under the band left out (its name is
    // only in the forecast table's heading).
    for (const entry of ['Mellan medianen och 90:e percentilen', 'Kö, medelvärde', 'Kö, 90:e percentilen']) expect(text).toContain(entry);
    expect(text.split('Kö, median').length - 1).toBe(1);
    // The cost chart's axis in Swedish whatever LibreOffice's own locale: a decimal comma.
    expect(text).toMatch(/\d,\d mnkr/);
    expect(text).not.toMatch(/\d\.\d mnkr/);
  });
  it.skipIf(HAS_SOFFICE && HAS_POPPLER)('needs LibreOffice (soffice) and poppler-utils to open the .docx: .ci/run installs them', () => {
    console.warn('LibreOffice (soffice) eller poppler-utils saknas: .docx-filen öppnas inte i ett kontorsprogram i detta test. .ci/run installerar dem.');
  });

  describe('a memo with little in it, and charts with awkward numbers', () => {
    const bytes2 = sparseBytes;
    const parts2 = unzip(bytes2);

    it('leaves out what is not there, and draws what can be drawn', () => {
      const text = paragraphs(parts2.get('word/document.xml')!)
        .map((p) => p.text)
        .join('\n');
      expect(text).not.toContain('Attesterat av');
      expect(text).not.toContain('Bilaga');
      expect(text).toContain('Risk att behöva vänta: Det finns ingen prognos.');
      const charts = [...parts2.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k));
      expect(charts).toHaveLength(2);
      const risk = charts.map((k) => parts2.get(k)!).find((x) => x.includes('<c:lineChart>'))!;
      expect(numbersOf(risk, 'c:val')).toEqual([['0.1', '0.35']]); // NaN is a gap, the value past the categories is dropped
      expect(risk).toContain('<c:ptCount val="3"/>');
      expect(risk).toContain('formatCode="0&quot; &quot;%"');
    });

    it('prints the lead texts of an empty Dnr, handläggare and telefon, so the gap shows', () => {
      const header = paragraphs([...parts2].find(([k]) => /^word\/header\d+\.xml$/.test(k))![1]).map((p) => p.text.trim());
      expect(header).toContain('Avdelningen individ och familj\tDnr');
      const text = paragraphs(parts2.get('word/document.xml')!).map((p) => p.text.trim());
      expect(text).toContain('Handläggare:');
      expect(text).toContain('Telefon:');
    });

    it('keeps the header row, the last two rows and the total row of a long table together, the rest free', () => {
      const keeps = keepNextOfRows(parts2.get('word/document.xml')!, 'Rad 1');
      expect(keeps).toHaveLength(22);
      expect(keeps.flatMap((k, i) => (k ? [i] : []))).toEqual([0, 20]);
    });

    it.skipIf(!HAS_SOFFICE || !HAS_POPPLER)('opens in LibreOffice', () => {
      const text = pdfText(office.pdf('memo-docx-small')).replace(/\s+/g, ' ');
      expect(text).toContain('Nämnden godkänner redovisningen.');
      expect(text).toContain('Anna Mattsson');
      // The risk chart's axis writes percent the Swedish way, with a space before the sign.
      expect(text).toMatch(/ 40[\s\u00a0]%/);
      expect(text).not.toMatch(/\d0%/);
    });
  });
});
