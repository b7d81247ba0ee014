// PO-pålägg published by SKR for municipalities (docs/DOMAIN.md). Used to prefill and to show where a
// unit-year's PO-pålägg comes from. Migration 001 wrote a frozen copy into the database, which
// nothing read; migration 007 dropped it, so this table is the only one.
import { formatPercentValue } from '../format/index.ts';

export const SKR_PO_SOURCE = 'SKR (kontrollera mot cirkuläret)';

export const SKR_PO_RATES: Readonly<Record<number, number>> = {
  2014: 38.46,
  2015: 38.46,
  2019: 39.15,
  2021: 40.15,
  2022: 39.25,
  2023: 44.53,
};

export interface PoReference {
  year: number;
  percent: number;
  source: string;
}

/** SKR's PO-pålägg for the year, or null when docs/DOMAIN.md has no value for it. */
export function skrPoReference(year: number): PoReference | null {
  const percent = SKR_PO_RATES[year];
  return percent === undefined ? null : { year, percent, source: SKR_PO_SOURCE };
}

const EPSILON = 1e-9;

/** A Swedish line saying where the unit-year's PO-pålägg comes from. */
export function describePoSource(year: number, poPercent: number): string {
  const ref = skrPoReference(year);
  const pct = (p: number) => formatPercentValue(p, { minDecimals: 0, maxDecimals: 2 });
  if (ref === null) return `Förvaltningens eget värde. Lotsplan har inget SKR-värde för ${year} att jämföra med.`;
  if (Math.abs(ref.percent - poPercent) < EPSILON) return `SKR:s värde för ${year}: ${pct(ref.percent)} (kontrollera mot cirkuläret).`;
  return `Förvaltningens eget värde. SKR:s värde för ${year} är ${pct(ref.percent)} (kontrollera mot cirkuläret).`;
}
