// The one-line Swedish summaries the audit log keeps for changes the store records itself. Other
// summaries (statistics saved, scenarios) are written by the API from core before the store is called.
// Counts are written as running text writes them: "tolv månader", "tre tjänsteutlåtanden", "14 månader".
// The store's and the CLI's count of unit-years is here too, beside the unit-year's name.
import { countWithNoun } from '../format/index.ts';

const MONTHS = { singular: 'månad', plural: 'månader', gender: 'common' } as const;
const MEMOS = { singular: 'tjänsteutlåtande', plural: 'tjänsteutlåtanden', gender: 'neuter' } as const;
const UNIT_YEARS = { singular: 'enhetsår', plural: 'enhetsår', gender: 'neuter' } as const;

interface UnitYearName {
  district: string;
  unit: string;
  year: number;
}

/** "SIG vuxna (Rinkeby-Kista) 2020" */
export function unitYearLabel(p: UnitYearName): string {
  return `${p.unit} (${p.district}) ${p.year}`;
}

/** A count of unit-years in running text: "ett enhetsår", "sju enhetsår", "14 enhetsår", "inga enhetsår". */
export function unitYearsCountText(n: number): string {
  return countWithNoun(n, UNIT_YEARS);
}

/**
 * What a failed write of the demo data was doing, for "Lotsplan kunde inte … i filen":
 * "spara tolv enhetsår (felet gällde SIG vuxna (Rinkeby-Kista) 2020)", "spara ett enhetsår";
 * "spara demodatan" when it had no unit-years (only statistics or memo settings).
 */
export function demoWriteText(unitYears: number, failedAt: UnitYearName | null): string {
  const what = unitYears === 0 ? 'spara demodatan' : `spara ${unitYearsCountText(unitYears)}`;
  return failedAt === null ? what : `${what} (felet gällde ${unitYearLabel(failedAt)})`;
}

/** An exchange file read in: "Läste in SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil." */
export function exchangeImportSummary(plan: UnitYearName, replaced: boolean): string {
  return `${replaced ? 'Ersatte' : 'Läste in'} ${unitYearLabel(plan)} från en utväxlingsfil.`;
}

/** An empty plan made in Lotsplan: "Skapade en tom plan för SIG vuxna (Rinkeby-Kista) 2020." */
export function emptyPlanSummary(plan: UnitYearName): string {
  return `Skapade en tom plan för ${unitYearLabel(plan)}.`;
}

/** One unit-year of the demo data. */
export function demoUnitYearSummary(plan: UnitYearName): string {
  return `Läste in demodata för ${unitYearLabel(plan)}.`;
}

/** The demo's monthly statistics of one unit. */
export function demoStatisticsSummary(months: number, unit: string, district: string): string {
  return `Läste in demodata: månadsstatistik för ${countWithNoun(months, MONTHS)}, ${unit} (${district}).`;
}

/** A Word template removed; `memosUsing` memos that used it now have Lotsplan's own look. */
export function memoTemplateRemovedSummary(name: string, district: string, memosUsing: number): string {
  const memos = memosUsing > 0 ? `; ${countWithNoun(memosUsing, MEMOS)} som använde den får Lotsplans eget utseende` : '';
  return `Tog bort Word-mallen ”${name}” i ${district}${memos}.`;
}

/** An edit, an undo or a redo of a unit-year, from the edit's own description. */
export function unitYearEditSummary(action: 'edit' | 'undo' | 'redo' | string, label: string): string {
  const prefix = action === 'undo' ? 'Ångrade: ' : action === 'redo' ? 'Gjorde om: ' : '';
  return `${prefix}${label}`;
}
