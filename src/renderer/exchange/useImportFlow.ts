// Reading an exchange file and importing it, on either host: the native dialog in Electron,
// a file input in the browser. A plan already in the database is replaced only after the user
// has seen what will change (previewImportExchange) and confirmed. A file whose district the API
// refuses as near a stored one (reason nearDistrict) waits for the user to choose: read it in as a
// new district (newDistrict: true) or cancel. The outcome is kept for the page to show.
import { notifications } from '@mantine/notifications';
import { MAX_IMPORT_FILE_BYTES } from '../../core/files/limits.ts';
import { sizeLimitText } from '../../core/format/index.ts';
import { useState } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import { failure } from '../../api/envelope.ts';
import { useImportExchange } from '../api/hooks.ts';
import { api } from '../api/client.ts';
import { EnvelopeError, unwrap } from '../api/errors.ts';
import { nearDistrictQuestion, type NearDistrictQuestion } from '../../core/validation/nearNames.ts';
import { getBridge } from '../api/transport.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';

/** The API refuses texts longer than this (see the importExchange contract). */
const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES;

export type ImportOutcome =
  | { kind: 'success'; result: CallOutput<'importExchange'>; fileName: string | undefined }
  | { kind: 'error'; error: unknown; fileName: string | undefined };

/** A file read and previewed, waiting for the user to confirm that it replaces a plan. */
export interface PendingImport {
  preview: CallOutput<'previewImportExchange'>;
  text: string;
  fileName: string | undefined;
  newDistrict: boolean;
}

/** A file refused because its district is near a stored one, waiting for the user to say whether it is new. */
export interface NearDistrictImport {
  question: NearDistrictQuestion;
  text: string;
  fileName: string | undefined;
}

export interface ImportFlow {
  /** True when a native dialog is available (Electron). */
  nativeDialog: boolean;
  busy: boolean;
  outcome: ImportOutcome | null;
  /** Set while the user is asked whether the file may replace the plan in the database. */
  pending: PendingImport | null;
  confirm(): Promise<void>;
  cancel(): void;
  /** Set while the user is asked whether the file's district is a new one. */
  nearDistrict: NearDistrictImport | null;
  importAsNewDistrict(): Promise<void>;
  cancelNewDistrict(): void;
  importFile(file: File): Promise<void>;
  chooseWithDialog(): Promise<void>;
  clear(): void;
}

export function successMessage(result: CallOutput<'importExchange'>): string {
  const what = `${result.district}, ${result.unit} ${result.year}`;
  return result.replaced ? `${what} har ersatts.` : `${what} har lästs in.`;
}

/** `notify`: also confirm a success as a notification (for places that disappear after an import). */
export function useImportFlow(options: { notify?: boolean } = {}): ImportFlow {
  const { select } = useSelectionContext();
  const mutation = useImportExchange({
    onWritten: (r) => {
      select({ district: r.district, unit: r.unit, year: r.year });
      if (options.notify) notifications.show({ color: 'teal', title: 'Filen är inläst', message: successMessage(r) });
    },
  });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [nearDistrict, setNearDistrict] = useState<NearDistrictImport | null>(null);
  const bridge = getBridge();

  const inputOf = (text: string, fileName: string | undefined, newDistrict: boolean) => ({
    text,
    ...(fileName === undefined ? {} : { fileName }),
    ...(newDistrict ? { newDistrict: true } : {}),
  });

  /** A refusal of the district as near a stored one becomes the question; any other error the outcome. */
  function refused(error: unknown, text: string, fileName: string | undefined): void {
    const reason = error instanceof EnvelopeError ? error.reason : null;
    if (reason?.kind === 'nearDistrict') setNearDistrict({ question: nearDistrictQuestion(reason.district, reason.nearDistrict), text, fileName });
    else setOutcome({ kind: 'error', error, fileName });
  }

  async function writeText(text: string, fileName: string | undefined, newDistrict: boolean): Promise<void> {
    try {
      const result = await mutation.mutateAsync(inputOf(text, fileName, newDistrict));
      setOutcome({ kind: 'success', result, fileName });
    } catch (error) {
      refused(error, text, fileName);
    }
  }

  /** Previews first; a new plan is read in at once, a plan that would be replaced waits for confirm(). */
  async function importText(text: string, fileName: string | undefined, newDistrict = false): Promise<void> {
    let preview: CallOutput<'previewImportExchange'>;
    setReading(true);
    try {
      preview = unwrap(await api.previewImportExchange(inputOf(text, fileName, newDistrict)));
    } catch (error) {
      refused(error, text, fileName);
      return;
    } finally {
      setReading(false);
    }
    if (preview.exists) setPending({ preview, text, fileName, newDistrict });
    else await writeText(text, fileName, newDistrict);
  }

  async function confirm(): Promise<void> {
    if (!pending) return;
    const { text, fileName, newDistrict } = pending;
    setPending(null);
    await writeText(text, fileName, newDistrict);
  }

  async function importAsNewDistrict(): Promise<void> {
    if (!nearDistrict) return;
    const { text, fileName } = nearDistrict;
    setNearDistrict(null);
    await importText(text, fileName, true);
  }

  async function importFile(file: File): Promise<void> {
    setOutcome(null);
    if (file.size > MAX_FILE_BYTES) {
      const error = new EnvelopeError({
        code: 'VALIDATION',
        message: `Filen ${file.name} är för stor för att vara en utväxlingsfil (högst ${sizeLimitText(MAX_FILE_BYTES)}). Ingenting har ändrats i databasen.`,
      });
      setOutcome({ kind: 'error', error, fileName: file.name });
      return;
    }
    setReading(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      const error = new EnvelopeError({
        code: 'VALIDATION',
        message: `Filen ${file.name} gick inte att läsa. Ingenting har ändrats i databasen.`,
      });
      setOutcome({ kind: 'error', error, fileName: file.name });
      return;
    } finally {
      setReading(false);
    }
    await importText(text, file.name);
  }

  async function chooseWithDialog(): Promise<void> {
    if (!bridge) return;
    setOutcome(null);
    try {
      const chosen = unwrap(await bridge.host.chooseExchangeFile({}).catch(() => failure('INTERNAL', 'Dialogrutan kunde inte öppnas.')));
      if (chosen === null) return;
      await importText(chosen.text, chosen.fileName);
    } catch (error) {
      setOutcome({ kind: 'error', error, fileName: undefined });
    }
  }

  return {
    nativeDialog: bridge !== null,
    busy: reading || mutation.isPending,
    outcome,
    pending,
    confirm,
    cancel: () => setPending(null),
    nearDistrict,
    importAsNewDistrict,
    cancelNewDistrict: () => setNearDistrict(null),
    importFile,
    chooseWithDialog,
    clear: () => setOutcome(null),
  };
}
