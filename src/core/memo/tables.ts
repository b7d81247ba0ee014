// The tables and charts a memo can include, built from its snapshot only (never from live data):
// staffing and costs, participants by gender, the scenario comparison and the forecast by month;
// the forecast fan (the mean queue and its 90th percentile, over a band from the median up to the
// 90th percentile), the risk of waiting by month and the cost per scenario.
// Cells are printed as in every output ("4,0", "482 155 kr", "<3"); numbers are right-aligned.
import { countWithNoun, formatFte, formatKronor, formatNumber, formatPercent, monthName } from '../format/index.ts';
import { plainDecimal } from '../format/number.ts';
import { probabilityText } from '../forecast/describe.ts';
import type { MemoChart, MemoTable, MemoTableColumn } from './document.ts';
import { MEMO_CHART_LABELS, MEMO_TABLE_LABELS, type MemoChartKind, type MemoContent, type MemoTableKind } from './model.ts';
import { maskNoteText, STATISTICS_COLUMNS, statisticsTableMasking } from './masking.ts';
import type { FigurePrinter } from './figurePrinter.ts';
import { maskedTableText, NO_VALUE_TABLE } from './textFormat.ts';
import { forecastStartNote } from './forecastStartNote.ts';
import { GENDER_HEADINGS } from '../validation/fieldNames.ts';
import { FAN_BAND_LABEL } from './exportLayout.ts';

/** The forecast fan's title for a snapshot stored before the mean queue was kept, which draws the median. */
export const FAN_TITLE_MEDIAN = 'Prognos för kön (median och 90:e percentil)';

/** The chart of costs counts its alternatives in running text: "två alternativ", "ett alternativ". */
const ALTERNATIVES = { singular: 'alternativ', plural: 'alternativ', gender: 'neuter' } as const;

/** Rows of the forecast table and months of the forecast charts: the first twelve months. */
export const FORECAST_TABLE_MONTHS = 12;

/** How many forecast months the table and the charts show: the first twelve, or fewer if the snapshot has fewer. */
export function forecastWindow(s: MemoContent['figures']['series']): number {
  return Math.min(FORECAST_TABLE_MONTHS, s.forecastMonths.length);
}

const left = (heading: string): MemoTableColumn => ({ heading, align: 'left' });
const right = (heading: string): MemoTableColumn => ({ heading, align: 'right' });

function probabilityCell(p: number): string {
  if (p > 0 && p < 0.005) return '<1\u00a0%';
  if (p < 1 && p >= 0.995) return '>99\u00a0%';
  return formatPercent(p, { decimals: 0 });
}

export interface BuiltTable {
  table: MemoTable;
  /** Catalogue figures the table shows (for the masking footnote). */
  figures: string[];
  /** True when the table hides a count that is not a catalogue figure. */
  masked?: boolean;
}

/** "januari" for "2020-01" (the table holds the plan's year only). */
function statisticsMonthLabel(month: string): string {
  return monthName(Number(month.slice(5, 7)));
}

/** The result under the cost table in the words of the text: "Överskott: 310 174 kr." or "Underskott: …". */
function resultNote(content: MemoContent, printer: FigurePrinter): string {
  const balance = Math.round(content.figures.values.saldo?.value ?? 0);
  if (balance > 0) return `Överskott: ${printer.table('overskott')}.`;
  if (balance < 0) return `Underskott: ${printer.table('underskott')}.`;
  return 'Kostnaderna motsvarar finansieringen.';
}

export function buildTable(kind: MemoTableKind, content: MemoContent, printer: FigurePrinter): BuiltTable | null {
  const s = content.figures.series;
  switch (kind) {
    case 'staffing': {
      if (s.staff.length === 0) return null;
      const rows = s.staff.map((r) => [r.title, formatFte(r.fte), r.months, formatKronor(r.annualCost)]);
      rows.push(['Övriga kostnader', '', '', printer.table('ovrigaKostnader')]);
      return {
        table: {
          kind,
          caption: MEMO_TABLE_LABELS.staffing,
          columns: [left('Tjänst'), right('Sysselsättningsgrad'), left('Månader'), right('Årskostnad inkl. PO-pålägg')],
          rows,
          // "Summa", not "Total kostnad": the row also sums the FTE column, whose 5,1 must not read as 5,1 mnkr.
          totals: ['Summa', formatFte(s.staff.reduce((sum, r) => sum + r.fte, 0)), '', printer.table('totalKostnad')],
          footnote: `Finansiering: ${printer.table('finansiering')}. ${resultNote(content, printer)}`,
        },
        figures: ['ovrigaKostnader', 'totalKostnad', 'finansiering', 'overskott', 'underskott'],
      };
    }
    case 'gender': {
      const keys = ['man', 'kvinnor', 'annanKonstillhorighet', 'konUppgiftSaknas'];
      const names: Record<string, string> = {
        man: 'Män',
        kvinnor: 'Kvinnor',
        annanKonstillhorighet: GENDER_HEADINGS.otherGender,
        konUppgiftSaknas: GENDER_HEADINGS.genderUnknown,
      };
      const shown = keys.filter((k) => k === 'man' || k === 'kvinnor' || (content.figures.values[k]?.value ?? 0) > 0);
      return {
        table: {
          kind,
          caption: MEMO_TABLE_LABELS.gender,
          columns: [left('Kön'), right('Inskrivna')],
          rows: shown.map((k) => [names[k]!, printer.table(k)]),
          totals: ['Totalt', printer.table('inskrivna')],
          footnote: null,
        },
        figures: [...shown, 'inskrivna'],
      };
    }
    case 'statistics': {
      if (s.statistics.length === 0) return null;
      const below = content.options.maskBelow;
      const masking = statisticsTableMasking(s.statistics, content.options);
      const rows = s.statistics.map((r, i) => [
        statisticsMonthLabel(r.month),
        ...STATISTICS_COLUMNS.map((c) => {
          const v = r[c];
          const reason = masking.cells[i]![c];
          return v === null ? NO_VALUE_TABLE : reason ? maskedTableText(reason, below) : formatNumber(v);
        }),
      ]);
      const masked = masking.cells.some((h) => Object.keys(h).length > 0);
      const notCounted = s.statistics.some((r) => r.referrals === null || r.queueAtMonthEnd === null);
      const notes = [
        'Inskrivna och kö vid månadens slut summeras inte över året.',
        ...(notCounted ? ['”–” anger att uppgiften inte har räknats den månaden.'] : []),
        ...(masked ? [maskNoteText(below)] : []),
      ];
      return {
        table: {
          kind,
          caption: MEMO_TABLE_LABELS.statistics,
          columns: [
            left('Månad'),
            right('Anmälningar'),
            right('Nya inskrivna'),
            right('Avslut'),
            right('Inskrivna vid månadens slut'),
            right('Kö vid månadens slut'),
          ],
          rows,
          totals: ['Summa', printer.table('anmalningarAret'), printer.table('nyaInskrivningarAret'), printer.table('avslutAret'), '', ''],
          footnote: notes.join(' '),
        },
        figures: ['anmalningarAret', 'nyaInskrivningarAret', 'avslutAret'],
        masked,
      };
    }
    case 'scenarios': {
      if (s.scenarios.length === 0) return null;
      const perEnrolledHidden = printer.masking.has('kostnadPerDeltagare');
      return {
        table: {
          kind,
          caption: MEMO_TABLE_LABELS.scenarios,
          columns: [left('Alternativ'), right('Lotsar'), right('Total kostnad'), right('Saldo'), right('Kostnad per deltagare'), right('Beläggning')],
          rows: s.scenarios.map((r) => [
            r.name,
            formatFte(r.lotsarFte),
            formatKronor(r.totalCost),
            formatKronor(r.balance),
            perEnrolledHidden ? '..' : r.costPerParticipant === null ? '–' : formatKronor(r.costPerParticipant),
            r.utilization === null ? '–' : formatPercent(r.utilization, { decimals: 0 }),
          ]),
          totals: null,
          footnote: null,
        },
        figures: perEnrolledHidden ? ['kostnadPerDeltagare'] : [],
      };
    }
    case 'forecast': {
      const n = forecastWindow(s);
      if (n === 0) return null;
      // A snapshot stored before the mean queue and the wait were kept shows the median queue as it did.
      const withMeans = s.queueMean !== undefined && s.queueMean.length >= n;
      const waits = s.expectedWaitWeeks !== undefined && s.expectedWaitWeeks.length >= n ? s.expectedWaitWeeks : null;
      const count = (v: number | undefined, decimals: number) => formatNumber(v ?? 0, { decimals });
      return {
        table: {
          kind,
          caption: MEMO_TABLE_LABELS.forecast,
          columns: [
            left('Månad'),
            right('Inskrivna, medelvärde'),
            right(withMeans ? 'Kö, medelvärde' : 'Kö, median'),
            right('Kö, 90:e percentilen'),
            ...(waits ? [right('Väntetid i veckor, medelvärde')] : []),
            right('Risk att behöva vänta'),
          ],
          rows: Array.from({ length: n }, (_, i) => [
            // "jan 2021" on one line, however narrow the column of six is.
            s.forecastMonths[i]!.replace(' ', '\u00a0'),
            count(s.expectedEnrolled[i], 1),
            withMeans ? count(s.queueMean![i], 1) : count(s.queueP50[i], 0),
            count(s.queueP90[i], 0),
            ...(waits ? [waits[i] === null || waits[i] === undefined ? NO_VALUE_TABLE : count(waits[i]!, 1)] : []),
            probabilityCell(s.probabilityOfWaiting[i] ?? 0),
          ]),
          totals: null,
          footnote: [
            startNote(content) ?? 'Prognos från dagens läge.',
            'Den räknar med dagens efterfrågan och bemanning.',
            withMeans
              ? 'Inskrivna och kö gäller vid månadens slut. Medelvärdet är det antal som kan väntas i genomsnitt och den 90:e percentilen den nivå som med 90 procents sannolikhet inte överskrids.'
              : 'Kön anges som median och som den nivå som med 90 procents sannolikhet inte överskrids.',
            waits
              ? 'Väntetiden och risken att behöva vänta gäller den som anmäls under månaden; väntetiden är ett medelvärde för alla som anmäls, också dem som inte behöver vänta.'
              : 'Risken att behöva vänta gäller den som anmäls under månaden.',
          ].join(' '),
        },
        figures: [],
      };
    }
  }
}

/** Where the memo's forecasts start, or null for a snapshot stored before it was kept. */
function startNote(content: MemoContent): string | null {
  const start = content.figures.forecastStart;
  return start === undefined ? null : forecastStartNote(start);
}

/** A chart description followed by where its forecast starts. */
function withStart(description: string, content: MemoContent): string {
  const note = startNote(content);
  return note === null ? description : `${description} ${note}`;
}

function range(values: readonly string[]): string {
  return values.length === 0 ? '' : `${values[0]} till ${values.at(-1)}`;
}

export function buildChart(kind: MemoChartKind, content: MemoContent): MemoChart | null {
  const s = content.figures.series;
  switch (kind) {
    case 'forecastFan': {
      // The twelve months of the forecast table, so that the chart and the text cover the same period.
      const n = forecastWindow(s);
      if (n === 0) return null;
      const months = s.forecastMonths.slice(0, n);
      const p50 = s.queueP50.slice(0, n);
      const p90 = s.queueP90.slice(0, n);
      const maxP90 = Math.max(...p90);
      const persons = `${formatNumber(maxP90, { decimals: 0 })} ${Math.round(maxP90) === 1 ? 'person' : 'personer'}`;
      if (s.queueMean === undefined || s.queueMean.length < n) {
        // A snapshot stored before the mean queue was kept: its median and 90th percentile, as it was drawn then.
        return {
          kind,
          title: FAN_TITLE_MEDIAN,
          type: 'line',
          categories: months,
          series: [
            { name: 'Kö, median', values: p50 },
            { name: 'Kö, 90:e percentil', values: p90 },
          ],
          valueFormat: 'count',
          description: withStart(
            `Diagrammet visar kön enligt prognosen per månad från ${range(months)}: medianen är som högst ` +
              `${formatNumber(Math.max(...p50), { maxDecimals: 0 })} och den 90:e percentilen som högst ${persons}.`,
            content,
          ),
        };
      }
      // The mean queue as the forecast table gives it: the median is 0 in most months of a unit that
      // is nearly full, which would read as no queue beside a table with a mean queue and a risk of
      // waiting. The median stays as the lower edge of the band up to the 90th percentile.
      // With the table's one decimal, so that the chart's data in Word ("Redigera data") reads as the table.
      const mean = s.queueMean.slice(0, n).map((v) => Number(plainDecimal(v, 0, 1)));
      return {
        kind,
        title: MEMO_CHART_LABELS.forecastFan,
        type: 'line',
        categories: months,
        series: [
          { name: 'Kö, medelvärde', values: mean },
          { name: 'Kö, 90:e percentilen', values: p90 },
        ],
        band: { name: FAN_BAND_LABEL, lowerName: 'Kö, median', lower: p50, upper: p90 },
        valueFormat: 'count',
        description: withStart(
          // Rounded as in the table: the mean with one decimal, the 90th percentile whole.
          `Diagrammet visar kön enligt prognosen per månad från ${range(months)}: medelvärdet är som högst ` +
            `${formatNumber(Math.max(...mean), { decimals: 1 })} och den 90:e percentilen som högst ${persons}. ` +
            'Det skuggade fältet går från medianen upp till den 90:e percentilen.',
          content,
        ),
      };
    }
    case 'queueRisk': {
      const n = forecastWindow(s);
      if (n === 0) return null;
      const months = s.forecastMonths.slice(0, n);
      const risks = s.probabilityOfWaiting.slice(0, n);
      const max = Math.max(...risks);
      return {
        kind,
        title: MEMO_CHART_LABELS.queueRisk,
        type: 'line',
        categories: months,
        series: [{ name: 'Risk att behöva vänta', values: risks }],
        valueFormat: 'percent',
        description: withStart(
          `Diagrammet visar risken att den som anmäls under månaden behöver vänta, per månad från ${range(months)}; den är som högst ${probabilityText(max)}.`,
          content,
        ),
      };
    }
    case 'scenarioCost': {
      if (s.scenarios.length === 0) return null;
      const cheapest = s.scenarios.reduce((a, b) => (b.totalCost < a.totalCost ? b : a));
      const dearest = s.scenarios.reduce((a, b) => (b.totalCost > a.totalCost ? b : a));
      return {
        kind,
        title: MEMO_CHART_LABELS.scenarioCost,
        type: 'bar',
        categories: s.scenarios.map((r) => r.name),
        series: [{ name: 'Total kostnad', values: s.scenarios.map((r) => r.totalCost) }],
        valueFormat: 'kronor',
        description: `Diagrammet jämför den totala kostnaden i ${countWithNoun(s.scenarios.length, ALTERNATIVES)}, från ${formatKronor(cheapest.totalCost)} (${cheapest.name}) till ${formatKronor(dearest.totalCost)} (${dearest.name}).`,
      };
    }
  }
}
