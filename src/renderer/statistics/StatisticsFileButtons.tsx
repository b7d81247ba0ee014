// "Läs in från Excel eller CSV…" and "Exportera till Excel…" for the unit's monthly statistics.
import { Button, FileButton, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconFileSpreadsheet } from '@tabler/icons-react';
import { useRef, useState, type ComponentProps } from 'react';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import { saveXlsxFile } from '../saveFile.ts';
import type { StatisticsImport } from './useStatisticsImport.ts';
import type { UnitSelection } from './useStatistics.ts';

export function StatisticsFileButtons({ unit, flow }: { unit: UnitSelection; flow: StatisticsImport }) {
  const resetRef = useRef<() => void>(null);
  const [exporting, setExporting] = useState(false);
  const importIcon = <IconFileImport size={16} stroke={1.7} />;
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await saveXlsxFile(unwrap(await api.exportMonthlyStatistics(unit)));
    } catch (error) {
      notifications.show({ color: 'red', title: 'Statistiken exporterades inte', message: describeError(error).message });
    } finally {
      setExporting(false);
    }
  };
  return (
    <Group gap="sm">
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} stroke={1.7} />} onClick={() => void exportXlsx()} loading={exporting}>
        Exportera till Excel…
      </Button>
      {flow.nativeDialog ? (
        <Button variant="default" leftSection={importIcon} loading={flow.busy} onClick={() => void flow.chooseWithDialog()}>
          Läs in från Excel eller CSV…
        </Button>
      ) : (
        <FileButton
          accept=".xlsx,.csv,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/json"
          resetRef={resetRef}
          onChange={(file) => {
            resetRef.current?.();
            if (file) void flow.importFile(file);
          }}
          inputProps={{ 'aria-label': 'Välj ett kalkylblad med månadsstatistik', 'data-testid': 'statistics-file-input' } as ComponentProps<'input'>}
        >
          {(props) => (
            <Button {...props} variant="default" leftSection={importIcon} loading={flow.busy}>
              Läs in från Excel eller CSV…
            </Button>
          )}
        </FileButton>
      )}
    </Group>
  );
}
