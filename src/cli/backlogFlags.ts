// `lotsplan forecast … --clear-backlog-to N --by ÅÅÅÅ-MM [--lots-salary KR --po-percent P]`: the
// extra capacity that brings the expected queue down to N by the end of that month (core/forecast/backlog.ts).
import { backlogByMonth, backlogInputFor, backlogPlan, type BacklogAnswer } from '../core/forecast/backlog.ts';
import { forecastStartOf, type ForecastOptions } from '../core/forecast/options.ts';
import type { ForecastResult } from '../core/forecast/forecast.ts';
import { UsageError } from './io.ts';
import { parseNumberFlag } from './parseValues.ts';

export const BACKLOG_FLAGS = ['clear-backlog-to', 'by', 'lots-salary', 'po-percent'] as const;

/** The backlog answer when --clear-backlog-to is given, else null; bad flags are refused in Swedish. */
export function backlogFromFlags(values: Record<string, string | boolean | undefined>, options: ForecastOptions, result: ForecastResult): BacklogAnswer | null {
  const to = values['clear-backlog-to'];
  if (typeof to !== 'string') {
    const stray = BACKLOG_FLAGS.filter((f) => f !== 'clear-backlog-to' && values[f] !== undefined);
    if (stray.length > 0) throw new UsageError(`${stray.map((f) => `--${f}`).join(', ')} gäller bara tillsammans med --clear-backlog-to.`);
    return null;
  }
  const target = parseNumberFlag(to, 'clear-backlog-to');
  if (!(target >= 0)) throw new UsageError(`Flaggan --clear-backlog-to: ange hur många som högst får vänta, 0 eller fler (fick ${to}).`);
  if (typeof values.by !== 'string')
    throw new UsageError('Ange med --by den månad då kön ska vara nere, som ÅÅÅÅ-MM (med --start) eller som månadens nummer i prognosen.');
  const start = forecastStartOf(options.start);
  const by = backlogByMonth(values.by, start, options.horizon, 'Flaggan --by');
  if (!by.ok) throw new UsageError(by.message);
  const salaryText = values['lots-salary'];
  const poText = values['po-percent'];
  if ((typeof salaryText === 'string') !== (typeof poText === 'string')) {
    throw new UsageError('Ange både --lots-salary (en lots månadslön i kronor) och --po-percent (PO-pålägg i procent) för att få kostnaden.');
  }
  const salary = typeof salaryText === 'string' ? parseNumberFlag(salaryText, 'lots-salary') : undefined;
  const po = typeof poText === 'string' ? parseNumberFlag(poText, 'po-percent') : 0;
  if (salary !== undefined && !(salary > 0)) throw new UsageError(`Flaggan --lots-salary: ange månadslönen i kronor, större än 0 (fick ${salaryText}).`);
  if (!(po >= 0 && po < 100)) throw new UsageError(`Flaggan --po-percent: ange PO-pålägget i procent, 0 till under 100 (fick ${poText}).`);
  return backlogPlan(backlogInputFor(options, result, { targetQueue: target, byMonth: by.month, start, staff: [], poPercent: po, monthlySalary: salary }));
}
