// Reading an exchange file and importing it, on either host: the native dialog in Electron,
// a file input in the browser. The outcome is kept for the page to show.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import { failure } from '../../api/envelope.ts';
import { useImportExchange } from '../api/hooks.ts';
import { EnvelopeError, unwrap } from '../api/errors.ts';
import { getBridge } from '../api/transport.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';

/** The API refuses texts longer than this (see the importExchange contract). */
const MAX_FILE_BYTES = 5_000_000;

export type ImportOutcome =
  | { kind: 'success'; result: CallOutput<'importExchange'>; fileName: string | undefined }
  | { kind: 'error'; error: unknown; fileName: string | undefined };

export interface ImportFlow {
  /** True when a native dialog is available (Electron). */
  nativeDialog: boolean;
  busy: boolean;
  outcome: ImportOutcome | null;
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
  const bridge = getBridge();

  async function importText(text: string, fileName: string | undefined): Promise<void> {
    try {
      const result = await mutation.mutateAsync(fileName === undefined ? { text } : { text, fileName });
      setOutcome({ kind: 'success', result, fileName });
    } catch (error) {
      setOutcome({ kind: 'error', error, fileName });
    }
  }

  async function importFile(file: File): Promise<void> {
    setOutcome(null);
    if (file.size > MAX_FILE_BYTES) {
      const error = new EnvelopeError({
        code: 'VALIDATION',
        message: `Filen ${file.name} är för stor för att vara en utväxlingsfil (högst 5 MB). Ingenting har ändrats i databasen.`,
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
      const chosen = unwrap(
        await bridge.host.chooseExchangeFile({}).catch(() => failure('INTERNAL', 'Dialogrutan kunde inte öppnas.')),
      );
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
    importFile,
    chooseWithDialog,
    clear: () => setOutcome(null),
  };
}
