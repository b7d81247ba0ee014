// `lotsplan forecast` without --json: a Swedish table of the months, the steady state, the
// recommendation and the plain-language reading.
import { formatNumber, formatPercent, formatRisk, formatUtilization } from '../core/format/index.ts';
import { lotsarText } from '../core/forecast/describe.ts';
import type { ForecastResult } from '../core/forecast/forecast.ts';
import { LONG_RUN_METHOD_TEXT } from '../core/forecast/erlang.ts';
import { assumptionsSentence } from '../core/forecast/flowsText.ts';
import { forecastMonthLabel, forecastMonthText } from '../core/forecast/calendar.ts';
import { priorityMonthSentence, priorityTable } from '../core/forecast/priorityForecast.ts';
import { monthWaitSentence, waitColumnsNote, waitWeeksCell } from '../core/forecast/waitText.ts';

function n1(x: number): string {
  return formatNumber(x, { decimals: 1 });
}

function tableLines(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [format(header), ...rows.map(format)];
}

/** The forecast as text; `target` is the risk target the risks are read against (core's formatRisk). */
export function renderForecastText(result: ForecastResult, reading: string, distributionLabel: string, target: number): string {
  const lines: string[] = [];
  const model = result.model === 'exact' ? 'exakt beräkning' : 'simulering';
  lines.push(`Köprognos (${model}, ${distributionLabel} vistelsetid)`, '');
  // "Risk att behöva vänta": someone referred during the month must wait (the measure of the target);
  // "Kö vid månadens slut": the chance that anyone is waiting on the month's last day.
  // The wait of someone referred during the month, in weeks: median, 90th percentile and the risk
  // of waiting longer than the service-level weeks.
  const threshold = result.waits[0]?.thresholdWeeks ?? 2;
  const overHeader = `Vänta > ${formatNumber(threshold, { maxDecimals: 1 })} v`;
  const header = [
    'Månad',
    'Platser',
    'Anmälningar',
    'Inskrivna',
    'Kö, medel',
    'Kö, median',
    'Kö, P90',
    'Risk att behöva vänta',
    'Kö vid månadens slut',
    'Väntan medel (v)',
    'Väntan median (v)',
    'Väntan P90 (v)',
    overHeader,
  ];
  const start = result.start;
  const rows = result.months.map((m, i) => [
    start ? forecastMonthLabel(start, m.month) : String(m.month),
    formatNumber(m.capacity),
    formatNumber(m.arrivals, { maxDecimals: 2 }),
    n1(m.enrolledMean),
    n1(m.queueMean),
    formatNumber(m.queueP50),
    formatNumber(m.queueP90),
    formatRisk(m.probabilityOfWaiting, { target }),
    formatRisk(m.probabilityOfQueue, { target }),
    waitWeeksCell(m.expectedWaitWeeks),
    waitWeeksCell(result.waits[i]?.p50Weeks ?? null),
    waitWeeksCell(result.waits[i]?.p90Weeks ?? null),
    result.waits[i]?.probabilityOfWaitOver == null ? '–' : formatRisk(result.waits[i]!.probabilityOfWaitOver!),
  ]);
  lines.push(...tableLines(header, rows), '');
  lines.push(waitColumnsNote(overHeader, threshold));
  const lastWait = result.waits.at(-1);
  if (lastWait) {
    const when = start ? `i ${forecastMonthText(start, lastWait.month)}` : `under månad ${lastWait.month}`;
    lines.push(monthWaitSentence(lastWait, when));
  }
  lines.push('');
  const classes = result.priorityMonths;
  if (classes) {
    // Urgent referrals: each class's table and the sentence for the last month.
    const table = priorityTable(classes, (month) => (start ? forecastMonthLabel(start, month) : String(month)));
    lines.push(
      `${table.caption}:`,
      '',
      ...tableLines(
        table.columns.map((c) => c.label),
        table.rows,
      ),
      '',
    );
    const last = classes.months.at(-1);
    const sentence = last && priorityMonthSentence(classes, last.month, start ? `i ${forecastMonthText(start, last.month)}` : `under månad ${last.month}`);
    if (sentence) lines.push(sentence, '');
  }

  const s = result.steadyState;
  const utilization = s.utilization === null ? 'inga platser' : formatUtilization(s.utilization);
  lines.push(
    `På lång sikt (sista månadens anmälningar och platser; ${LONG_RUN_METHOD_TEXT[result.longRunMethod]}): ` +
      `belastning ${n1(s.offeredLoad)}, beläggning ${utilization}.`,
  );
  if (s.exists) {
    lines.push(
      `Risk att behöva vänta ${formatRisk(s.probabilityOfWaiting, { target })}, väntetid i genomsnitt ` +
        `${n1(s.meanWaitWeeks ?? 0)} veckor, i genomsnitt ${n1(s.meanQueue ?? 0)} i kö.`,
    );
  } else {
    lines.push('Inget jämviktsläge: kön växer utan gräns.');
  }
  const assumptions = assumptionsSentence(result.assumptions, s);
  if (assumptions) lines.push(assumptions);
  const level = result.serviceLevel;
  if (level) {
    const weeks = level.weeks === 1 ? 'en vecka' : `${formatNumber(level.weeks, { maxDecimals: 1 })} veckor`;
    lines.push(
      `Servicenivå på lång sikt: ${formatPercent(level.share, { decimals: 1 })} kan skrivas in inom ${weeks} ` +
        `(målet är ${formatPercent(level.targetShare, { decimals: 0 })}).`,
    );
  }
  const r = result.recommendation;
  if (r) {
    lines.push(
      `Rekommendation: ${lotsarText(r.lotsar)} på heltid (${formatNumber(r.capacity)} platser) ger risk att behöva vänta ` +
        `${formatRisk(r.probabilityOfWaiting, { target })} och väntetid i genomsnitt ${n1(r.meanWaitWeeks)} veckor.`,
    );
  }
  if (result.firstMonthOverTarget !== null) {
    const first = start ? forecastMonthText(start, result.firstMonthOverTarget) : `månad ${result.firstMonthOverTarget}`;
    lines.push(`Med nuvarande bemanning överskrids målet för risken att behöva vänta första gången i ${first}.`);
  }
  lines.push('', reading, '');
  return lines.join('\n');
}
