// The form for one month of statistics ("Lägg till månad", "Ändra"): texts as typed, read into a
// month for saveMonthlyStatistics or into Swedish messages per field. Nothing is saved until the
// whole month reads; the API validates again (src/core/statistics/monthly.ts).
import { capitalizeFirst, formatNumber, parseSwedishNumber } from '../../core/format/index.ts';
import {
  MAX_MONTHLY_COUNT,
  nextMonth,
  STAY_BAND_COUNT,
  monthTakenMessage,
  staySumProblem,
  statisticsMonthSchema,
  type MonthlyStatistics,
} from '../../core/statistics/monthly.ts';

export const COUNT_FIELDS = ['referrals', 'newEnrolments', 'discharges', 'enrolledAtMonthEnd', 'queueAtMonthEnd'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Counts that may be left empty ("inte räknat"). */
export const OPTIONAL_FIELDS: ReadonlySet<CountField> = new Set(['referrals', 'queueAtMonthEnd']);

export const FIELD_LABELS: Record<CountField, string> = {
  referrals: 'Anmälningar',
  newEnrolments: 'Nya inskrivningar',
  discharges: 'Avslut',
  enrolledAtMonthEnd: 'Inskrivna vid månadens slut',
  queueAtMonthEnd: 'I kö vid månadens slut',
};

export interface MonthFormState {
  /** "2021-01" */
  month: string;
  texts: Record<CountField, string>;
  countsStays: boolean;
  bandTexts: string[];
}

export type MonthFormErrors = Partial<Record<CountField | 'month' | 'bands', string>> & { bandErrors?: Record<number, string> };

export type ReadMonthForm = { ok: true; value: MonthlyStatistics } | { ok: false; errors: MonthFormErrors };

const text = (n: number | null) => (n === null ? '' : String(n));

export function monthFormOf(m: MonthlyStatistics): MonthFormState {
  return {
    month: m.month,
    texts: {
      referrals: text(m.referrals),
      newEnrolments: text(m.newEnrolments),
      discharges: text(m.discharges),
      enrolledAtMonthEnd: text(m.enrolledAtMonthEnd),
      queueAtMonthEnd: text(m.queueAtMonthEnd),
    },
    countsStays: m.dischargesByStay !== null,
    bandTexts: (m.dischargesByStay ?? Array.from({ length: STAY_BAND_COUNT }, () => 0)).map(String),
  };
}

/**
 * A new month: the one after the latest in the series (or the given month), with the enrolled
 * count carried over from the month before and the same choice of counting stays.
 */
export function newMonthForm(latest: MonthlyStatistics | null, fallbackMonth: string): MonthFormState {
  return {
    month: latest ? nextMonth(latest.month) : fallbackMonth,
    texts: {
      referrals: '',
      newEnrolments: '',
      discharges: '',
      enrolledAtMonthEnd: latest ? String(latest.enrolledAtMonthEnd) : '',
      queueAtMonthEnd: '',
    },
    countsStays: latest ? latest.dischargesByStay !== null : false,
    bandTexts: Array.from({ length: STAY_BAND_COUNT }, () => '0'),
  };
}

function readCount(raw: string, optional: boolean): { ok: true; value: number | null } | { ok: false; message: string } {
  if (raw.trim() === '') return optional ? { ok: true, value: null } : { ok: false, message: 'Ange ett antal (0 om inga).' };
  const parsed = parseSwedishNumber(raw, 'count');
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (!Number.isInteger(parsed.value) || parsed.value < 0) return { ok: false, message: 'Ange ett heltal, 0 eller mer.' };
  if (parsed.value > MAX_MONTHLY_COUNT) return { ok: false, message: `Ange högst ${formatNumber(MAX_MONTHLY_COUNT)}.` };
  return { ok: true, value: parsed.value };
}

/** The sum of the band texts that read as whole numbers (for the live "summa" beside the bands). */
export function bandSum(state: MonthFormState): number {
  return state.bandTexts.reduce((s, t) => {
    const r = readCount(t, false);
    return r.ok && r.value !== null ? s + r.value : s;
  }, 0);
}

/**
 * `taken`: months the unit already has, for a new month (a month in the table is changed with
 * "Ändra", so adding it again would silently replace it).
 */
export function readMonthForm(state: MonthFormState, taken: ReadonlySet<string> = new Set()): ReadMonthForm {
  const errors: MonthFormErrors = {};
  const values: Partial<Record<CountField, number | null>> = {};
  if (!statisticsMonthSchema.safeParse(state.month).success) errors.month = 'Välj en månad.';
  else if (taken.has(state.month)) {
    errors.month = monthTakenMessage(state.month);
  }
  for (const field of COUNT_FIELDS) {
    const r = readCount(state.texts[field], OPTIONAL_FIELDS.has(field));
    if (r.ok) values[field] = r.value;
    else errors[field] = r.message;
  }
  let bands: number[] | null = null;
  if (state.countsStays) {
    const bandErrors: Record<number, string> = {};
    bands = [];
    state.bandTexts.forEach((t, i) => {
      const r = readCount(t, false);
      if (r.ok) bands!.push(r.value!);
      else bandErrors[i] = r.message;
    });
    if (Object.keys(bandErrors).length > 0) errors.bandErrors = bandErrors;
    else if (values.discharges != null) {
      const problem = staySumProblem(bands, values.discharges);
      if (problem) errors.bands = `${capitalizeFirst(problem)}.`;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      month: state.month,
      referrals: values.referrals ?? null,
      newEnrolments: values.newEnrolments!,
      discharges: values.discharges!,
      enrolledAtMonthEnd: values.enrolledAtMonthEnd!,
      queueAtMonthEnd: values.queueAtMonthEnd ?? null,
      dischargesByStay: bands,
    },
  };
}

/** Whether anything in the form differs from what it opened with (then closing it asks first). */
export function monthFormChanged(initial: MonthFormState, state: MonthFormState): boolean {
  if (initial.month !== state.month || initial.countsStays !== state.countsStays) return true;
  if ((Object.keys(initial.texts) as CountField[]).some((field) => initial.texts[field].trim() !== state.texts[field].trim())) return true;
  // The stay bands count only while they are shown.
  return state.countsStays && initial.bandTexts.some((t, i) => t.trim() !== (state.bandTexts[i] ?? '').trim());
}
