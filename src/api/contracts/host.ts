// Calls that only a desktop host can answer: the native file dialogs, and what the window holds
// unsaved when it is to close. They are declared with the same defineCall as the API calls and run
// through the same dispatcher (src/api/dispatch.ts); in Electron the main process implements them
// (electron/main/dialogs.ts, logHost.ts and closeGuard.ts), in the browser host the renderer uses a
// file input and a download instead, and its beforeunload alone guards the closing.
import * as z from 'zod';
import { MAX_UNSAVED_REPORTED, MAX_UNSAVED_TEXT } from '../../core/unsaved/closeQuestion.ts';
import { callNamesOf, defineCall } from './defineCall.ts';

const unsavedWorkInput = z.strictObject({
  unsaved: z.array(z.string().max(MAX_UNSAVED_TEXT)).max(MAX_UNSAVED_REPORTED),
  savable: z.boolean(),
});

export const hostContracts = {
  /** Shows the native "open" dialog for an exchange file and returns its text, or null if cancelled. */
  chooseExchangeFile: defineCall({
    summary: 'Välj en utväxlingsfil att läsa in.',
    input: z.strictObject({}),
    output: z.strictObject({ fileName: z.string(), text: z.string() }).nullable(),
  }),
  /** Shows the native "open" dialog for a file of monthly statistics (.xlsx, .csv or .json) and returns its bytes, or null if cancelled. */
  chooseSpreadsheetFile: defineCall({
    summary: 'Välj en fil med månadsstatistik (Excel, CSV eller JSON) att läsa in.',
    input: z.strictObject({}),
    output: z.strictObject({ fileName: z.string(), base64: z.string() }).nullable(),
  }),
  /** Shows the native "open" dialog for a Word template (.docx) and returns its bytes, or null if cancelled. */
  chooseTemplateFile: defineCall({
    summary: 'Välj en Word-mall (.docx) för tjänsteutlåtanden.',
    input: z.strictObject({}),
    output: z.strictObject({ fileName: z.string(), base64: z.string() }).nullable(),
  }),
  /** Shows the native "save" dialog and writes the file (text, or binary given in base64); returns the path, or null if cancelled. */
  saveFile: defineCall({
    summary: 'Spara en fil via en dialogruta.',
    input: z.strictObject({
      suggestedName: z.string().min(1).max(255),
      text: z.string().max(50_000_000),
      /** 'base64' for binary files such as .xlsx: the text is decoded before it is written. */
      encoding: z.enum(['utf8', 'base64']).default('utf8'),
      filterName: z.string().max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/))
        .min(1)
        .max(5),
    }),
    output: z.strictObject({ path: z.string() }).nullable(),
  }),
  /**
   * Shows the native "open" dialog for a Lotsplan database and, if one is chosen and opens, makes
   * it the app's database. Returns its path, or null if cancelled. A refused file changes nothing.
   */
  openOtherDatabase: defineCall({
    summary: 'Välj en annan databasfil att öppna.',
    input: z.strictObject({}),
    output: z.strictObject({ path: z.string() }).nullable(),
  }),
  /** Shows the local log file in the file manager (Utforskaren), selected; returns its path. */
  showLogFile: defineCall({
    summary: 'Visa loggfilen i Utforskaren.',
    input: z.strictObject({}),
    output: z.strictObject({ path: z.string() }),
  }),
  /**
   * What the window holds that is not saved, sent whenever it changes: the descriptions the
   * question before closing names ("ändrade antaganden i Prognos"), and whether any of it can be
   * saved without asking (a memo's pending autosave), which the main process then has the window
   * do before it closes (SAVE_BEFORE_CLOSE_CHANNEL in bridge.ts).
   */
  reportUnsavedWork: defineCall({
    summary: 'Meddela vad i fönstret som inte är sparat.',
    input: unsavedWorkInput,
    output: z.strictObject({}),
  }),
  /** The answer to SAVE_BEFORE_CLOSE_CHANNEL: what could be saved is saved, and this is what is left. */
  savedBeforeClose: defineCall({
    summary: 'Meddela att det som kunde sparas före stängningen är sparat.',
    input: unsavedWorkInput,
    output: z.strictObject({}),
  }),
} as const;

export type HostContracts = typeof hostContracts;
export type HostCallName = keyof HostContracts & string;
export const HOST_CALL_NAMES = callNamesOf(hostContracts);

/** The IPC channel of a host call; the only place host channel names are made. */
export function hostChannelFor(call: HostCallName): string {
  return `lotsplan-host:${call}`;
}
