// Reading an exchange file and importing it, on either host: the native dialog in Electron,
// a file input in the browser. A plan already in the database is replaced only after the user
// has seen what will change (previewImportExchange) and confirmed. The outcome is kept for the
// page to show.
import { notifications } from '@mantine/notifications';
import { MAX_IMPORT_FILE_BYTES } from '../../core/files/limits.ts';
import { sizeLimitText } from '../../core/format/index.ts';
import { useState } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import { failure } from '../../api/envelope.ts';
import { useImportExchange } from '../api/hooks.ts';
import { api } from '../api/client.ts';
import { EnvelopeError, unwrap } from '../api/errors.ts';
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
  const bridge = getBridge();

  async function writeText(text: string, fileName: string | undefined): Promise<void> {
    try {
      const result = await mutation.mutateAsync(fileName === undefined ? { text } : { text, fileName });
      setOutcome({ kind: 'success', result, fileName });
    } catch (error) {
      setOutcome({ kind: 'error', error, fileName });
    }
  }

  /** Previews first; a new plan is read in at once, a plan that would be replaced waits for confirm(). */
  async function importText(text: string, fileName: string | undefined): Promise<void> {
    let preview: CallOutput<'previewImportExchange'>;
    setReading(true);
    try {
      preview = unwrap(await api.previewImportExchange(fileName === undefined ? { text } : { text, fileName }));
    } catch (error) {
      setOutcome({ kind: 'error', error, fileName });
      return;
    } finally {
      setReading(false);
    }
    if (preview.exists) setPending({ preview, text, fileName });
    else await writeText(text, fileName);
  }

  async function confirm(): Promise<void> {
    if (!pending) return;
    const { text, fileName } = pending;
    setPending(null);
    await writeText(text, fileName);
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
    importFile,
    chooseWithDialog,
    clear: () => setOutcome(null),
  };
}
