// The memo's HTML print view (also the editor's preview): complete, self-contained, escaped, and
// laid out as a tjänsteutlåtande.
import { describe, expect, it } from 'vitest';
import { renderMemoHtml } from '../../src/core/memo/html.ts';
import type { MemoChart, ResolvedBlock } from '../../src/core/memo/document.ts';
import { forecastChart, QUEUE_P50, QUEUE_P90, sampleMemo } from './memoFixture.ts';

describe('renderMemoHtml', () => {
  const html = renderMemoHtml(sampleMemo());

  it('is a complete Swedish document with a title and no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="sv-SE">');
    expect(html).toContain('<title>Utöka Sociala insatsgruppen – Svar på skrivelse från Niklas Thorén m.fl. (V)</title>');
    expect(html).not.toMatch(/<link|<script|src=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i);
    expect(html).toContain('@page { size: A4;');
  });

  it('has the header block of a tjänsteutlåtande', () => {
    for (const text of [
      'Rinkeby-Kista stadsdelsförvaltning',
      'Avdelningen individ och familj',
      'Tjänsteutlåtande',
      'Dnr RK 2019/1234',
      '2020-01-22',
      'Handläggare: Kim Lindqvist',
      'Telefon: 08-508 01 234',
      'Till Rinkeby-Kista stadsdelsnämnd',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('has one h2 per section in order, the decision as a numbered list, Bilaga after the signatures', () => {
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Förslag till beslut',
      'Sammanfattning',
      'Ärendets beredning',
      'Ärendet',
      'Förvaltningens synpunkter och förslag',
      'Bilaga',
      'Attesterat av',
    ]);
    expect(html).toMatch(/<h2>Förslag till beslut<\/h2><ol><li>Skrivelsen besvaras med förvaltningens tjänsteutlåtande\.<\/li><li>/);
    expect(html.indexOf('class="signatures"')).toBeLessThan(html.indexOf('<h2>Bilaga</h2>'));
    expect(html).toMatch(/<p class="name">Susanne Leinsköld<\/p><p class="title">stadsdelsdirektör<\/p>/);
    expect(html).toContain('<td>Anna Mattsson, avdelningschef</td><td>2020-01-22</td>');
    expect(html).toContain('role="note">Antal under tre redovisas som ”färre än tre”');
  });

  it('prints tables with a header row and right-aligned numbers, totals in bold', () => {
    expect(html).toContain('<thead><tr><th scope="col">Befattning</th><th scope="col" class="num">Sysselsättningsgrad</th>');
    expect(html).toContain('<td class="num">2\u00a0412\u00a0800 kr</td>');
    expect(html).toContain('<tr class="total"><td>Summa</td>');
    expect(html).toContain('<td class="num">&lt;3</td>');
    expect(html.match(/<table>/g)).toHaveLength(4); // three tables and Attesterat av
  });

  it('draws both charts as inline SVG with the description as text alternative', () => {
    const svgs = html.match(/<svg [^>]*role="img"[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(2);
    expect(html).toContain('<desc id="chart-1-d">Diagrammet visar att kön enligt prognosen växer');
    expect(html).toContain('<title id="chart-2-t">Total kostnad per scenario 2020</title>');
    expect(html).toMatch(/<polygon points="[^"]+" fill="#bdd7ee"/); // the band from the median up to the 90th percentile
    expect(html.match(/<rect [^>]*fill="#1f4e79"\/>/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('>4,5\u00a0mnkr</text>');
  });

  it('escapes every text', () => {
    const doc = sampleMemo();
    doc.title = '<script>alert("x")</script> & co';
    doc.signatories[0]!.name = '<img src=x onerror=alert(1)>';
    doc.sections[1]!.blocks = [{ kind: 'paragraph', inlines: [{ text: '</p><iframe>' }] }];
    const out = renderMemoHtml(doc);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<iframe>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('leaves out what is not set and survives empty charts', () => {
    const doc = sampleMemo();
    doc.dnr = '';
    doc.attestations = [];
    doc.signatories = [];
    doc.maskNote = null;
    doc.sections = doc.sections.filter((s) => s.key !== 'bilagor');
    doc.bilagor = [];
    doc.sections[0]!.blocks.push({
      kind: 'chart',
      chart: { kind: 'queueRisk', title: 'Risk', type: 'line', categories: [], series: [], valueFormat: 'percent', description: 'Ingen prognos.' },
    });
    const out = renderMemoHtml(doc);
    expect(out).not.toContain('Attesterat av');
    expect(out).not.toContain('Bilaga');
    expect(out).not.toContain('class="signatures"');
    expect(out).not.toContain('NaN');
  });

  it('prints the lead texts of an empty Dnr, handläggare and telefon, so the gap shows', () => {
    const doc = sampleMemo();
    doc.dnr = '';
    doc.handlaggare = { name: '', phone: '' };
    const out = renderMemoHtml(doc);
    expect(out).toContain('<p class="dnr">Dnr </p>');
    expect(out).toContain('<div class="contact"><p class="">Handläggare: </p><p class="">Telefon: </p></div>');
  });

  it('keeps short tables, quoted questions and last rows from being left alone on a page', () => {
    const doc = sampleMemo();
    doc.sections[3]!.blocks.push({
      kind: 'table',
      table: { ...doc.tables.forecast!, caption: 'Lång', rows: Array.from({ length: 16 }, (_, i) => [`Rad ${i}`, '1', '2']) },
    });
    const out = renderMemoHtml(doc);
    expect(out.match(/<div class="table-block keep">/g)).toHaveLength(3);
    expect(out).toMatch(/<div class="table-block"><table><caption>Lång</);
    expect(out).toContain('.table-block.keep { break-inside: avoid;');
    expect(out).toContain('tbody tr:last-child, tr.total { break-before: avoid;');
    expect(out).toContain('blockquote { margin: 0 0 3mm 8mm; font-style: italic; break-after: avoid;');
  });

  it('keeps the paragraph that introduces a quotation on the page of the quotation, and no other', () => {
    expect(html).toContain('p.lead-in { break-after: avoid; page-break-after: avoid; }');
    expect(html).toMatch(/<p class="lead-in">En skrivelse från Niklas Thorén[^<]*Skrivelsen önskar svar på följande frågor\.<\/p><blockquote>/);
    expect(html.match(/class="lead-in"/g)).toHaveLength(1);
    // Within the section: the lead-in of the questions, not the answer to one question before the next.
    const doc = sampleMemo();
    const para = (text: string) => ({ kind: 'paragraph' as const, inlines: [{ text }] });
    const quote = (text: string) => ({ kind: 'quote' as const, paragraphs: [[{ text }]] });
    doc.sections[3]!.blocks.unshift(
      para('Ärendet bereds.'),
      para('I skrivelsen ställs följande frågor.'),
      quote('Fråga ett?'),
      para('Svar på fråga ett.'),
      quote('Fråga två?'),
      para('Beslutet lyder så här:'),
      quote('Citat.'),
    );
    const out = renderMemoHtml(doc);
    expect([...out.matchAll(/<p class="lead-in">([^<]*)<\/p>/g)].map((m) => m[1])).toEqual([
      'I skrivelsen ställs följande frågor.',
      'Beslutet lyder så här:',
      'En skrivelse från Niklas Thorén m.fl. (V) inlämnades till stadsdelsnämnden vid dess sammanträde den 24 oktober 2019. Skrivelsen önskar svar på följande frågor.',
    ]);
  });

  it('wraps no number, but lets the headings of number columns wrap', () => {
    // A heading that cannot wrap makes a wide table, and Chromium then prints the whole memo smaller (memoDemo.test.ts measures it).
    expect(html).toContain('td.num { white-space: nowrap; }');
    expect(html).not.toMatch(/th\.num[^{]*\{[^}]*nowrap/);
  });

  it('prints the mask note once: not again before the signatures when a table carries it', () => {
    const doc = sampleMemo();
    // A copy: the fixture's tables are shared.
    doc.sections[3]!.blocks = doc.sections[3]!.blocks.map((b) =>
      b.kind === 'table' && b.table.kind === 'gender' ? { kind: 'table', table: { ...b.table, footnote: `Kön enligt registret. ${doc.maskNote}` } } : b,
    );
    const out = renderMemoHtml(doc);
    expect(out).not.toContain('role="note"');
    expect(out.split('liksom antal som de skulle kunna räknas fram ur').length - 1).toBe(1);
  });

  describe('the forecast fan', () => {
    const figure = (out: string) => out.match(/<figure class="chart chart-forecastFan">.*?<\/figure>/s)![0];
    const pointsOf = (list: string) => list.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    const polylines = (svg: string) =>
      [...svg.matchAll(/<polyline points="([^"]*)"[^>]*>/g)].map((m) => ({ points: pointsOf(m[1]!), dashed: m[0].includes('stroke-dasharray') }));
    const band = (svg: string) => pointsOf(svg.match(/<polygon points="([^"]*)" fill="#bdd7ee"/)![1]!);
    const legend = (svg: string) =>
      [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)">([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
    const zeroY = (svg: string) => Number(svg.match(/<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+" stroke="#000"/)![1]);

    it('draws the mean queue solid and the 90th percentile dashed, over a band from the median up to the 90th percentile', () => {
      const svg = figure(html);
      const [mean, p90] = polylines(svg);
      expect(polylines(svg)).toHaveLength(2);
      expect(mean!.dashed).toBe(false);
      expect(p90!.dashed).toBe(true);
      const edge = band(svg);
      expect(edge).toHaveLength(24);
      // The band's top is the 90th percentile's line; its bottom the median: 0 for three months, then 1, not the mean.
      expect(edge.slice(0, 12)).toEqual(p90!.points);
      const bottom = edge.slice(12).reverse();
      expect(bottom.slice(0, 3).map(([, y]) => y)).toEqual([zeroY(svg), zeroY(svg), zeroY(svg)]);
      expect(bottom[3]![1]).toBeLessThan(zeroY(svg));
      expect(bottom.map(([, y]) => y)).not.toEqual(mean!.points.map(([, y]) => y));
      // Under the grid and the lines.
      expect(svg.indexOf('<polygon')).toBeLessThan(svg.indexOf('<line'));
      expect(svg.indexOf('<polygon')).toBeLessThan(svg.indexOf('<polyline'));
    });

    it('names the band and both lines in one row of the legend, each beside its own swatch, within the chart', () => {
      const svg = figure(html);
      const entries = legend(svg).filter((t) => ['Mellan medianen och 90:e percentilen', 'Kö, medelvärde', 'Kö, 90:e percentilen'].includes(t.text));
      expect(entries.map((e) => e.text)).toEqual(['Mellan medianen och 90:e percentilen', 'Kö, medelvärde', 'Kö, 90:e percentilen']);
      expect(new Set(entries.map((e) => e.y)).size).toBe(1);
      expect(svg).toContain('viewBox="0 0 640 300"');
      // The band's box, then a solid and a dashed line, each ending before its text.
      const y = entries[0]!.y;
      expect(svg).toContain(`<rect x="${entries[0]!.x - 24}" y="${y - 9}" width="18" height="10" fill="#bdd7ee"/>`);
      expect(svg).toMatch(new RegExp(`<line x1="${entries[1]!.x - 24}" x2="${entries[1]!.x - 6}" [^>]*stroke="#1f4e79" stroke-width="2.2"/>`));
      expect(svg).toMatch(
        new RegExp(`<line x1="${entries[2]!.x - 24}" x2="${entries[2]!.x - 6}" [^>]*stroke="#c55a11" stroke-width="2.2" stroke-dasharray="6 4"/>`),
      );
      expect(entries[0]!.x).toBeLessThan(entries[1]!.x);
      expect(entries[1]!.x).toBeLessThan(entries[2]!.x);
    });

    it('draws a fan of a snapshot stored before the mean queue was kept as before: the band between its median and its 90th percentile', () => {
      const doc = sampleMemo();
      const { band: _band, ...fan } = forecastChart;
      const old: MemoChart = {
        ...fan,
        series: [
          { name: 'Kö, median', values: QUEUE_P50 },
          { name: 'Kö, 90:e percentil', values: QUEUE_P90 },
        ],
      };
      const arendet = doc.sections.find((s) => s.key === 'arendet')!;
      arendet.blocks = arendet.blocks.map((b): ResolvedBlock => (b.kind === 'chart' && b.chart.kind === 'forecastFan' ? { kind: 'chart', chart: old } : b));
      const svg = figure(renderMemoHtml(doc));
      const [median, p90] = polylines(svg);
      const edge = band(svg);
      expect(edge.slice(0, 12)).toEqual(p90!.points);
      expect(edge.slice(12).reverse()).toEqual(median!.points);
      expect(legend(svg).map((t) => t.text)).toEqual(expect.arrayContaining(['Mellan medianen och 90:e percentilen', 'Kö, median', 'Kö, 90:e percentil']));
    });

    it('puts a legend too wide for one row in two, and makes the chart taller for it', () => {
      const doc = sampleMemo();
      const names = ['Kö, medelvärde i det första alternativet', 'Kö, medelvärde i det andra alternativet', 'Kö, medelvärde i det tredje alternativet'];
      doc.sections[0]!.blocks.push({
        kind: 'chart',
        chart: {
          kind: 'queueRisk',
          title: 'Tre alternativ',
          type: 'line',
          categories: ['jan', 'feb'],
          series: names.map((name) => ({ name, values: [0.1, 0.2] })),
          valueFormat: 'percent',
          description: 'Tre alternativ.',
        },
      });
      const svg = renderMemoHtml(doc).match(/<figure class="chart chart-queueRisk">.*?<\/figure>/s)![0];
      const entries = legend(svg).filter((t) => names.includes(t.text));
      expect(entries).toHaveLength(3);
      expect(entries[2]!.y).toBe(entries[0]!.y + 18);
      expect(entries[2]!.x).toBe(entries[0]!.x);
      expect(svg).toContain('viewBox="0 0 640 318"');
    });
  });

  it('labels the forecast band for what it spans and titles the queue axis', () => {
    expect(html).toContain('>Mellan medianen och 90:e percentilen</text>');
    expect(html).not.toContain('Osäkerhetsintervall');
    expect(html).toMatch(/<text x="14" y="[\d.]+" transform="rotate\(-90 14 [\d.]+\)" text-anchor="middle">Antal personer i kö<\/text>/);
    expect(html.match(/Antal personer i kö/g)).toHaveLength(1); // not on the cost chart
  });
});
