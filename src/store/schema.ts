// The tables of the Lotsplan database as Kysely sees them (schema version 8).
// Column names are snake_case as in SQL; the repositories map them to the camelCase plan model.
import type { Generated } from 'kysely';

/** `PRAGMA application_id` of every Lotsplan database: "LOTS" in ASCII. */
export const LOTSPLAN_APPLICATION_ID = 0x4c4f5453;

export interface DistrictsTable {
  id: Generated<number>;
  name: string;
}

export interface UnitsTable {
  id: Generated<number>;
  district_id: number;
  name: string;
  age_from: number | null;
  age_to: number | null;
  caseload_per_lots: Generated<number>;
}

export interface UnitYearsTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  po_percent: number;
  /** 0 or 1: salaries and other costs are example values (demo data). */
  example_values: Generated<number>;
  /** ISO 8601 timestamp (UTC) of the last replace. */
  updated_at: string;
}

export interface StaffPositionsTable {
  id: Generated<number>;
  unit_year_id: number;
  /** Sort order within the unit-year, 0-based. */
  position: number;
  role: string;
  title: string;
  fte: number;
  monthly_salary: number;
  from_month: number;
  to_month: number;
  /** 0 or 1 (schema 2). */
  vacant: Generated<number>;
  funding_source: string | null;
}

export interface OtherCostsTable {
  id: Generated<number>;
  unit_year_id: number;
  position: number;
  label: string;
  amount: number;
}

export interface FundingLinesTable {
  id: Generated<number>;
  unit_year_id: number;
  position: number;
  source: string;
  amount: number;
  period: string | null;
}

export interface ParticipantFiguresTable {
  unit_year_id: number;
  enrolled: number;
  men: number;
  women: number;
  other_gender: number;
  gender_unknown: Generated<number>;
  queue: number;
  touched: number;
}

export interface DemandAssumptionsTable {
  unit_year_id: number;
  arrivals_per_month: number;
  mean_stay_months: number;
}

/** Schema 2: the settings of a unit-year beyond PO-pålägg. */
export interface YearSettingsTable {
  unit_year_id: number;
  caseload_per_lots: number;
  salary_revision_percent: Generated<number>;
  recruitment_lead_time_months: Generated<number>;
  savings_requirement_percent: Generated<number>;
  /** 0 or 1 */
  savings_exempt: Generated<number>;
}

export interface ScenariosTable {
  id: Generated<number>;
  unit_year_id: number;
  position: number;
  name: string;
  preset: string;
  overrides_json: string;
  created_at: string;
  updated_at: string;
}

export interface EditHistoryTable {
  id: Generated<number>;
  unit_year_id: number;
  label: string;
  snapshot_version: number;
  before_json: string;
  after_json: string;
  /** 0 or 1 */
  undone: Generated<number>;
  created_at: string;
}

export interface LotsplanDatabase {
  districts: DistrictsTable;
  units: UnitsTable;
  unit_years: UnitYearsTable;
  staff_positions: StaffPositionsTable;
  other_costs: OtherCostsTable;
  funding_lines: FundingLinesTable;
  participant_figures: ParticipantFiguresTable;
  demand_assumptions: DemandAssumptionsTable;
  year_settings: YearSettingsTable;
  scenarios: ScenariosTable;
  edit_history: EditHistoryTable;
  audit_log: AuditLogTable;
  monthly_statistics: MonthlyStatisticsTable;
  memos: MemosTable;
  memo_versions: MemoVersionsTable;
  memo_templates: MemoTemplatesTable;
  memo_district_settings: MemoDistrictSettingsTable;
  ui_state: UiStateTable;
}

/** Schema 4: one unit's counts for one calendar month. */
export interface MonthlyStatisticsTable {
  id: Generated<number>;
  unit_id: number;
  /** "2020-03" */
  month: string;
  referrals: number | null;
  new_enrolments: number;
  discharges: number;
  enrolled_at_month_end: number;
  queue_at_month_end: number | null;
  discharges_by_stay_json: string | null;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  os_user: string;
  action: string;
  summary: string;
  district: string | null;
  unit: string | null;
  year: number | null;
  before_json: string | null;
  after_json: string | null;
}

/** Schema 5: a tjänsteutlåtande of a unit-year. */
export interface MemosTable {
  id: Generated<number>;
  unit_year_id: number;
  /** An id in scenarios, kept when the scenario is deleted (not a foreign key). */
  scenario_id: number | null;
  type: string;
  title: string;
  /** MemoContent (src/core/memo/model.ts) as JSON. */
  content_json: string;
  version: number;
  template_id: number | null;
  created_at: string;
  updated_at: string;
  exported_at: string | null;
  /** Set while the memo is removed (undoable). */
  deleted_at: string | null;
}

export interface MemoVersionsTable {
  id: Generated<number>;
  memo_id: number;
  /** The memo's version this row holds. */
  version: number;
  kind: string;
  first_saved_at: string;
  saved_at: string;
  summary: string;
  content_json: string;
  /** The audit entry that records this version (updated when saves are coalesced). */
  audit_id: number | null;
}

export interface MemoTemplatesTable {
  id: Generated<number>;
  district_id: number;
  name: string;
  bytes: Uint8Array;
  /** Every placeholder name found in the template, as JSON. */
  placeholders_json: string;
  added_at: string;
}

export interface MemoDistrictSettingsTable {
  district_id: number;
  /** MemoDefaults as JSON, or NULL for the built-in defaults. */
  defaults_json: string | null;
  default_template_id: number | null;
}

/** Schema 6: how the app was left (the last place), one JSON value per key. */
export interface UiStateTable {
  key: string;
  value_json: string;
  updated_at: string;
}
