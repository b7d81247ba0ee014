import { UsageError } from './io.ts';

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < 2000 || year > 2100) {
    throw new UsageError(`Året ”${text}” är inte giltigt. Ange ett år med fyra siffror, till exempel 2020.`);
  }
  return year;
}
