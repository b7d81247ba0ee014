import { UsageError } from './io.ts';

/** The years a plan may have (as the contracts' year fields). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw new UsageError(`Året ”${text}” är inte giltigt. Ange ett år mellan ${YEAR_RANGE.min} och ${YEAR_RANGE.max}, till exempel 2020.`);
  }
  return year;
}
