// Reading a spreadsheet of monthly statistics and importing it, on either host: the native dialog
// in Electron, a file input in the browser. A refusal is kept for the page to show with its lines.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_TEXT } from '../../core/files/limits.ts';
import { replacedMonthsText } from '../../core/statistics/importMerge.ts';
import { failure } from '../../api/envelope.ts';
import { api } from '../api/client.ts';
import { EnvelopeError, unwrap } from '../api/errors.ts';
import { getBridge } from '../api/transport.ts';
import { useStatisticsWrite, type UnitSelection } from './useStatistics.ts';

export interface StatisticsImport {
  nativeDialog: boolean;
  busy: boolean;
  /** The latest refusal, for the page to show; null after a success or when cleared. */
  error: unknown;
  importFile(file: File): Promise<void>;
  chooseWithDialog(): Promise<void>;
  clear(): void;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useStatisticsImport(unit: UnitSelection, estimateMonths: number): StatisticsImport {
  const write = useStatisticsWrite();
  const [error, setError] = useState<unknown>(null);
  const [reading, setReading] = useState(false);
  const bridge = getBridge();

  async function send(fileName: string, base64: string): Promise<void> {
    try {
      const result = (await write.mutateAsync(async () => unwrap(await api.importMonthlyStatistics({ ...unit, fileName, base64, estimateMonths })))) as {
        imported: number;
        replaced: number;
        label: string;
        note: string | null;
      };
      setError(null);
      const message = [`${result.label}.`, replacedMonthsText(result.replaced), result.note].filter((t) => t !== null).join(' ');
      notifications.show({ color: 'teal', title: 'Statistiken är inläst', message });
    } catch (failure) {
      setError(failure);
    }
  }

  return {
    nativeDialog: bridge !== null,
    busy: reading || write.isPending,
    error,
    async importFile(file) {
      setError(null);
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        setError(new EnvelopeError({ code: 'VALIDATION', message: `Filen ${file.name} är för stor (högst ${MAX_IMPORT_FILE_TEXT}). Ingenting har ändrats.` }));
        return;
      }
      setReading(true);
      let base64: string;
      try {
        base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      } catch {
        setError(new EnvelopeError({ code: 'VALIDATION', message: `Filen ${file.name} gick inte att läsa. Ingenting har ändrats.` }));
        return;
      } finally {
        setReading(false);
      }
      await send(file.name, base64);
    },
    async chooseWithDialog() {
      if (!bridge) return;
      setError(null);
      try {
        const chosen = unwrap(await bridge.host.chooseSpreadsheetFile({}).catch(() => failure('INTERNAL', 'Dialogrutan kunde inte öppnas.')));
        if (chosen === null) return;
        await send(chosen.fileName, chosen.base64);
      } catch (failure) {
        setError(failure);
      }
    },
    clear: () => setError(null),
  };
}
