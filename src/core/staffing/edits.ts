// Edits of the staffing plan as pure functions: the current state in, the new state and a Swedish
// description of the edit out (for undo/redo: "Ändrade tjänsten Lots (rad 2): månadslön").
// The store runs them inside its write transaction; an EditError rolls everything back.
import { formatFte } from '../format/index.ts';
import { STAFF_ROLE_LABELS, type StaffPosition } from '../plan/model.ts';
import { EditError } from '../validation/editError.ts';
import type { YearSettings } from './settings.ts';
import { NEW_ROW_ID, type FundingRow, type OtherCostRow, type PositionRow, type StaffingState } from './state.ts';
import { fieldMessage } from '../validation/fieldNames.ts';

/** The state after an edit: of the same type as before it (a unit-year's whole state keeps its scenarios). */
export interface EditResult<S extends StaffingState = StaffingState> {
  state: S;
  /** Swedish, e.g. "Lade till tjänsten Lots (rad 5)". */
  label: string;
}

export type NewPosition = Omit<StaffPosition, 'vacant' | 'fundingSource'> & { vacant?: boolean; fundingSource?: string | null };
/** The fields to change; a field absent or undefined is left as it is (the contract's partial input). */
export type PositionChanges = { [K in keyof Omit<PositionRow, 'id'>]?: PositionRow[K] | undefined };
/** The settings to change; absent or undefined is left as it is. */
export type SettingsChanges = { [K in keyof YearSettings]?: YearSettings[K] | undefined };

const POSITION_FIELD_NAMES: Record<keyof Omit<PositionRow, 'id'>, string> = {
  role: 'roll',
  title: 'benämning',
  fte: 'sysselsättningsgrad',
  monthlySalary: 'månadslön',
  fromMonth: 'första månad',
  toMonth: 'sista månad',
  vacant: 'vakant',
  fundingSource: 'finansieras av',
};

const SETTING_NAMES: Record<keyof YearSettings, string> = {
  poPercent: 'PO-pålägg',
  caseloadPerLots: 'deltagare per lots',
  salaryRevisionPercent: 'förväntad löneökning',
  recruitmentLeadTimeMonths: 'rekryteringstid',
  savingsRequirementPercent: 'besparingskrav',
  savingsExempt: 'undantag från besparingskrav',
};

/** A row as messages name it: "Lots (rad 2)". */
export function positionName(row: Pick<StaffPosition, 'title' | 'role'>, index: number): string {
  return `${row.title.trim() || STAFF_ROLE_LABELS[row.role]} (rad ${index + 1})`;
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

function findPosition(state: StaffingState, id: number): number {
  const index = state.staff.findIndex((s) => s.id === id);
  if (index < 0) throw new EditError('NOT_FOUND', `Tjänsten med id ${id} finns inte i planen. Den kan ha tagits bort; läs in planen på nytt.`);
  return index;
}

/** Refuses a last month before the first, naming the field the caller changed. */
function checkMonths(row: Pick<StaffPosition, 'fromMonth' | 'toMonth'>, field: string, changedFromOnly = false): void {
  if (row.toMonth < row.fromMonth) {
    const detail = changedFromOnly
      ? fieldMessage(`${field}.fromMonth`, `första månaden (${row.fromMonth}) ligger efter sista månaden (${row.toMonth})`)
      : fieldMessage(`${field}.toMonth`, `sista månaden (${row.toMonth}) ligger före första månaden (${row.fromMonth})`);
    throw new EditError('VALIDATION', 'Uppgifterna kunde inte tas emot.', [detail]);
  }
}

function toRow(p: NewPosition, id = NEW_ROW_ID): PositionRow {
  return {
    id,
    role: p.role,
    title: p.title,
    fte: p.fte,
    monthlySalary: p.monthlySalary,
    fromMonth: p.fromMonth,
    toMonth: p.toMonth,
    vacant: p.vacant ?? false,
    fundingSource: p.fundingSource ?? null,
  };
}

export function addPosition<S extends StaffingState>(state: S, position: NewPosition, index?: number): EditResult<S> {
  checkMonths(position, 'position');
  const at = index === undefined ? state.staff.length : Math.min(Math.max(0, index), state.staff.length);
  const staff = [...state.staff];
  staff.splice(at, 0, toRow(position));
  return { state: { ...state, staff }, label: `Lade till tjänsten ${positionName(position, at)}` };
}

export function duplicatePosition<S extends StaffingState>(state: S, id: number): EditResult<S> {
  const index = findPosition(state, id);
  const row = state.staff[index]!;
  const staff = [...state.staff];
  staff.splice(index + 1, 0, { ...row, id: NEW_ROW_ID });
  return { state: { ...state, staff }, label: `Kopierade tjänsten ${positionName(row, index)}` };
}

export function removePosition<S extends StaffingState>(state: S, id: number): EditResult<S> {
  const index = findPosition(state, id);
  const row = state.staff[index]!;
  return {
    state: { ...state, staff: state.staff.filter((s) => s.id !== id) },
    label: `Tog bort tjänsten ${positionName(row, index)}`,
  };
}

/** The refusal of an FTE above full time, naming the row: "Sysselsättningsgraden för Lots (rad 1) kan vara högst 1,0 (heltid). …" */
export function fteTooHighMessage(row: Pick<StaffPosition, 'title' | 'role'>, index: number): string {
  return `Sysselsättningsgraden för ${positionName(row, index)} kan vara högst ${formatFte(1)} (heltid).`;
}

export function updatePosition<S extends StaffingState>(state: S, id: number, changes: PositionChanges): EditResult<S> {
  const index = findPosition(state, id);
  const row = state.staff[index]!;
  if (changes.fte !== undefined && changes.fte > 1) throw new EditError('VALIDATION', fteTooHighMessage(row, index));
  const defined = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof PositionChanges, unknown][];
  const merged = { ...row, ...Object.fromEntries(defined) } as PositionRow;
  checkMonths(merged, 'changes', changes.fromMonth !== undefined && changes.toMonth === undefined);
  const changed = defined.filter(([k]) => row[k] !== merged[k]).map(([k]) => POSITION_FIELD_NAMES[k]);
  const staff = state.staff.map((s) => (s.id === id ? merged : s));
  const what = changed.length > 0 ? `: ${listText(changed)}` : '';
  return { state: { ...state, staff }, label: `Ändrade tjänsten ${positionName(row, index)}${what}` };
}

export function movePosition<S extends StaffingState>(state: S, id: number, toIndex: number): EditResult<S> {
  const index = findPosition(state, id);
  const row = state.staff[index]!;
  const staff = state.staff.filter((s) => s.id !== id);
  const at = Math.min(Math.max(0, toIndex), staff.length);
  staff.splice(at, 0, row);
  return { state: { ...state, staff }, label: `Flyttade tjänsten ${positionName(row, index)} till rad ${at + 1}` };
}

export function updateSettings<S extends StaffingState>(state: S, changes: SettingsChanges): EditResult<S> {
  const defined = Object.entries(changes).filter(([, v]) => v !== undefined) as [keyof YearSettings, never][];
  const settings = { ...state.settings, ...Object.fromEntries(defined) } as YearSettings;
  const changed = defined.filter(([k]) => state.settings[k] !== settings[k]).map(([k]) => SETTING_NAMES[k]);
  const what = changed.length > 0 ? `: ${listText(changed)}` : '';
  return { state: { ...state, settings }, label: `Ändrade årsinställningarna${what}` };
}

type RowInput<R extends { id: number }> = Omit<R, 'id'> & { id?: number | undefined };

/** Keeps the ids the caller sends back (rows it edited), refuses ids that are not in the list. */
function replaceRows<R extends { id: number }>(current: readonly R[], rows: readonly RowInput<R>[], field: string, what: string): R[] {
  const known = new Set(current.map((r) => r.id));
  const seen = new Set<number>();
  return rows.map((row, i) => {
    const id = row.id ?? NEW_ROW_ID;
    if (id !== NEW_ROW_ID && (!known.has(id) || seen.has(id))) {
      throw new EditError('NOT_FOUND', `${what} med id ${id} finns inte i planen (${field}[${i}].id). Läs in planen på nytt.`);
    }
    seen.add(id);
    return { ...row, id } as R;
  });
}

export function replaceOtherCosts<S extends StaffingState>(state: S, rows: readonly RowInput<OtherCostRow>[]): EditResult<S> {
  const otherCosts = replaceRows(state.otherCosts, rows, 'otherCosts', 'Kostnadsposten');
  return { state: { ...state, otherCosts }, label: 'Ändrade övriga kostnader' };
}

export function replaceFunding<S extends StaffingState>(state: S, rows: readonly RowInput<FundingRow>[]): EditResult<S> {
  const funding = replaceRows(state.funding, rows, 'funding', 'Finansieringsraden');
  return { state: { ...state, funding }, label: 'Ändrade finansieringen' };
}
