// What the app says when the window is closed or reloaded while something is not saved: the names
// of the unsaved work (each place that holds some names its own), and the question that the desktop
// shell asks with them before it closes ("Stäng Lotsplan?"). The browser asks its own question,
// whose words a page cannot choose.
// Imports only the formatting, so that the renderer's start bundle (closeGuard.ts) takes no schemas with it.
import { countInText, monthName } from '../format/index.ts';

/** Most descriptions of unsaved work the window reports to the main process, and their longest (the host contract's limits). */
export const MAX_UNSAVED_REPORTED = 20;
export const MAX_UNSAVED_TEXT = 300;

/** Prognos: changed assumptions that are not saved in a scenario. */
export const UNSAVED_FORECAST_ASSUMPTIONS = 'ändrade antaganden i Prognos';

/** Longest name quoted in a description before it is cut with "…". */
export const MAX_QUOTED_NAME = 60;

/** The most descriptions the question names; the rest are counted. */
export const MAX_NAMED_UNSAVED = 4;

function quotedName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return `”${trimmed.length > MAX_QUOTED_NAME ? `${trimmed.slice(0, MAX_QUOTED_NAME - 1).trimEnd()}…` : trimmed}”`;
}

/** A memo whose last changes are not saved: "ändringar i tjänsteutlåtandet ”Utökning av SIG”". */
export function unsavedMemoText(title: string): string {
  return title.trim() === '' ? 'ändringar i ett tjänsteutlåtande utan titel' : `ändringar i tjänsteutlåtandet ${quotedName(title)}`;
}

/** The month dialog of Månadsstatistik with something typed: a new month, or changes to one ("2021-03"). */
export function unsavedStatisticsMonthText(editing: string | null): string {
  if (editing === null) return 'en ny månad i Månadsstatistik';
  // The month as statisticsMonthText writes it ("mars 2021").
  const [year, month] = editing.split('-').map(Number) as [number, number];
  return `ändringar av ${monthName(month)} ${year} i Månadsstatistik`;
}

/** The scenario editor with changed fields: "ändringar i scenariot ”En lots till”". */
export function unsavedScenarioText(name: string): string {
  return `ändringar i scenariot ${quotedName(name)}`;
}

/** A field on Bemanning whose typed value is saved when the field is left: "en ändring i fältet ”Månadslön, rad 2” på Bemanning". */
export function unsavedStaffingFieldText(field: string): string {
  return `en ändring i fältet ${quotedName(field)} på Bemanning`;
}

/** "a", "a och b", "a, b och c". */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

export interface CloseQuestion {
  title: string;
  message: string;
  detail: string;
  /** The first button: closes and drops what is unsaved. */
  close: string;
  /** The second button, the default and what Esc chooses: the window stays open. */
  cancel: string;
}

/**
 * The question before the window closes with unsaved work, naming it (each description once, at
 * most MAX_NAMED_UNSAVED of them, the rest counted); without descriptions it speaks of changes.
 */
export function closeQuestion(unsaved: readonly string[]): CloseQuestion {
  const named = [...new Set(unsaved.map((u) => u.trim()).filter((u) => u !== ''))];
  const shown = named.length > MAX_NAMED_UNSAVED ? named.slice(0, MAX_NAMED_UNSAVED - 1) : named;
  const rest = named.length - shown.length;
  const items = rest > 0 ? [...shown, rest === 1 ? 'en ändring till' : `${countInText(rest)} ändringar till`] : shown;
  return {
    title: 'Stäng Lotsplan?',
    message: items.length === 0 ? 'Det finns ändringar som inte är sparade.' : `Det finns ändringar som inte är sparade: ${listText(items)}.`,
    detail: 'Om du stänger nu går ändringarna förlorade. Välj Avbryt om du vill gå tillbaka och spara dem.',
    close: 'Stäng utan att spara',
    cancel: 'Avbryt',
  };
}
