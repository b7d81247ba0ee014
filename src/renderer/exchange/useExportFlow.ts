// Exporting the chosen unit-year: the native save dialog in Electron, a download in the browser.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { failure } from '../../api/envelope.ts';
import { useExportExchange, type UnitYearSelection } from '../api/hooks.ts';
import { describeError, unwrap } from '../api/errors.ts';
import { getBridge } from '../api/transport.ts';
import { downloadTextFile } from '../downloads.ts';

export interface ExportFlow {
  busy: boolean;
  error: unknown;
  exportSelection(selection: UnitYearSelection): Promise<void>;
  clearError(): void;
}

export function useExportFlow(): ExportFlow {
  const mutation = useExportExchange();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function exportSelection(selection: UnitYearSelection): Promise<void> {
    setError(null);
    try {
      const file = await mutation.mutateAsync(selection);
      const bridge = getBridge();
      if (bridge) {
        setSaving(true);
        const saved = unwrap(
          await bridge.host
            .saveFile({ suggestedName: file.fileName, text: file.text, filterName: 'Utväxlingsfil från Lotsplan', extensions: ['json'] })
            .catch(() => failure('INTERNAL', 'Dialogrutan för att spara kunde inte öppnas.')),
        );
        if (saved === null) return;
        notifications.show({ color: 'teal', title: 'Filen är sparad', message: saved.path });
      } else {
        downloadTextFile(file.fileName, file.text);
        notifications.show({
          color: 'teal',
          title: 'Filen är skapad',
          message: `${file.fileName} har sparats i webbläsarens mapp för hämtade filer.`,
        });
      }
    } catch (e) {
      setError(e);
      notifications.show({ color: 'red', title: 'Filen kunde inte exporteras', message: describeError(e).message });
    } finally {
      setSaving(false);
    }
  }

  return { busy: saving || mutation.isPending, error, exportSelection, clearError: () => setError(null) };
}
