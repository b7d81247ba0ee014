// Flag values as Swedish users type them: numbers with decimal comma and grouped thousands
// ("38 500", "0,5"), percent with or without a sign and "%" ("+30", "−5 %"), months as 1–12
// or Swedish month names ("april").
import { MONTH_NAMES, parseSwedishNumber } from '../core/format/index.ts';
import { UsageError } from './io.ts';

export function parseNumberFlag(text: string, flag: string): number {
  const parsed = parseSwedishNumber(text);
  if (!parsed.ok) throw new UsageError(`Flaggan --${flag}: ${parsed.message}`);
  return parsed.value;
}

export function parsePercentFlag(text: string, flag: string): number {
  return parseNumberFlag(text.trim().replace(/\s*(%|procent)$/i, ''), flag);
}

export function parseMonthFlag(text: string, flag: string): number {
  const name = text.trim().toLocaleLowerCase('sv');
  const byName = (MONTH_NAMES as readonly string[]).indexOf(name);
  if (byName >= 0) return byName + 1;
  const month = Number(name);
  if (!/^\d{1,2}$/.test(name) || month < 1 || month > 12) {
    throw new UsageError(`Flaggan --${flag}: ”${text}” är ingen månad. Ange 1–12 eller månadens namn, till exempel april.`);
  }
  return month;
}

/** A whole number within the bounds a contract sets, e.g. --limit 1–1000. */
export function parseIntegerFlag(text: string, flag: string, range: { readonly min: number; readonly max: number }): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new UsageError(`--${flag} ska vara ett heltal mellan ${range.min} och ${range.max} (fick ”${text}”).`);
  }
  return value;
}

/** "A,B, C" → ["A", "B", "C"]; empty names are refused. */
export function parseNameList(text: string, flag: string): string[] {
  const names = text.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) throw new UsageError(`Flaggan --${flag}: ange namnen åtskilda med kommatecken, till exempel ”En lots till,Besparing”.`);
  return names;
}
