// The one-line Swedish summaries the audit log keeps for changes the store records itself. Other
// summaries (statistics saved, scenarios) are written by the API from core before the store is called.

interface UnitYearName {
  district: string;
  unit: string;
  year: number;
}

/** "SIG vuxna (Rinkeby-Kista) 2020" */
export function unitYearLabel(p: UnitYearName): string {
  return `${p.unit} (${p.district}) ${p.year}`;
}

/** An exchange file read in: "Läste in SIG vuxna (Rinkeby-Kista) 2020 från en utväxlingsfil." */
export function exchangeImportSummary(plan: UnitYearName, replaced: boolean): string {
  return `${replaced ? 'Ersatte' : 'Läste in'} ${unitYearLabel(plan)} från en utväxlingsfil.`;
}

/** One unit-year of the demo data. */
export function demoUnitYearSummary(plan: UnitYearName): string {
  return `Läste in demodata för ${unitYearLabel(plan)}.`;
}

/** The demo's monthly statistics of one unit. */
export function demoStatisticsSummary(months: number, unit: string, district: string): string {
  return `Läste in demodata: månadsstatistik för ${months} månader, ${unit} (${district}).`;
}

/** An edit, an undo or a redo of a unit-year, from the edit's own description. */
export function unitYearEditSummary(action: 'edit' | 'undo' | 'redo' | string, label: string): string {
  const prefix = action === 'undo' ? 'Ångrade: ' : action === 'redo' ? 'Gjorde om: ' : '';
  return `${prefix}${label}`;
}
