// "Säkerhetskopior" on the database page: back up now, export a backup to keep somewhere else,
// restore from such a file, and the list of backups with restore.
import { Anchor, Button, Card, Code, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useBackupNow, useBackups } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { BackupTable } from './BackupTable.tsx';
import { RestoreConfirmModal } from './RestoreConfirmModal.tsx';
import { useRestoreFlow } from './useRestoreFlow.ts';
import { RestoreFileConfirmModal } from './RestoreFileConfirmModal.tsx';
import { useExportBackupFile, useRestoreFileFlow } from './useBackupFile.ts';

const INITIAL_ROWS = 12;

export function BackupsCard() {
  const backups = useBackups();
  const backupNow = useBackupNow();
  const restore = useRestoreFlow();
  const exportFile = useExportBackupFile();
  const restoreFile = useRestoreFileFlow();
  const [showAll, setShowAll] = useState(false);

  const onBackupNow = () =>
    backupNow.mutate(
      {},
      {
        onSuccess: (result) => notifications.show({ color: 'teal', title: 'Säkerhetskopian är sparad', message: result.fileName }),
      },
    );

  const rows = backups.data?.backups ?? [];
  return (
    <Card padding="xl" data-testid="backups-card">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={6} maw={680}>
            <Title order={2} size="h3">
              Säkerhetskopior
            </Title>
            <Text size="sm" c="dimmed">
              Lotsplan tar en säkerhetskopia automatiskt när programmet startar (om den senaste är äldre än 12 timmar), före varje import och före varje
              återställning. Av de automatiska sparas alla från det senaste dygnet, och därefter den senaste från var och en av de sju senaste dagarna och de
              fyra senaste veckorna. Säkerhetskopior du tar själv sparas tills du tar bort dem.
            </Text>
            <Text size="sm" c="dimmed">
              Exportera en säkerhetskopia för att spara den någon annanstans, till exempel i en nätverksmapp eller på ett USB-minne. Filen innehåller databasen
              och en kontrollsumma, så att en skadad kopia upptäcks innan den används.
            </Text>
          </Stack>
          <Group gap="sm" wrap="wrap">
            <Button leftSection={<IconDeviceFloppy size={18} stroke={1.7} />} onClick={onBackupNow} loading={backupNow.isPending} data-testid="backup-now">
              Säkerhetskopiera nu
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileExport size={18} stroke={1.7} />}
              onClick={() => exportFile.mutate()}
              loading={exportFile.isPending}
              data-testid="export-backup-file"
            >
              Exportera säkerhetskopia…
            </Button>
            <FileButton onChange={restoreFile.choose} accept=".lotsplan,.sqlite,.db">
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconFileImport size={18} stroke={1.7} />}
                  loading={restoreFile.busy}
                  data-testid="restore-from-file"
                >
                  Återställ från fil…
                </Button>
              )}
            </FileButton>
          </Group>
        </Group>

        {exportFile.isError && <ErrorAlert error={exportFile.error} title="Säkerhetskopian kunde inte exporteras" onClose={() => exportFile.reset()} />}
        {restoreFile.error !== null && <ErrorAlert error={restoreFile.error} title="Filen återställdes inte" onClose={restoreFile.clearError} />}

        {backupNow.isError && <ErrorAlert error={backupNow.error} title="Säkerhetskopian kunde inte sparas" onClose={() => backupNow.reset()} />}
        {restore.error !== null && <ErrorAlert error={restore.error} title="Säkerhetskopian återställdes inte" onClose={restore.clearError} />}
        {backups.isError && <ErrorAlert error={backups.error} title="Säkerhetskopiorna kunde inte listas" />}
        {backups.isPending && <LoadingBlock label="Läser säkerhetskopiorna …" />}

        {backups.data && rows.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="no-backups">
            Det finns inga säkerhetskopior ännu.
          </Text>
        )}
        {rows.length > 0 && (
          <Stack gap="xs">
            <BackupTable
              backups={rows}
              onRestore={restore.choose}
              restoring={restore.busy ? (restore.chosen?.fileName ?? null) : null}
              limit={showAll ? undefined : INITIAL_ROWS}
            />
            {rows.length > INITIAL_ROWS && (
              <Anchor component="button" type="button" size="sm" onClick={() => setShowAll((v) => !v)} w="fit-content">
                {showAll ? 'Visa färre' : `Visa alla ${rows.length}`}
              </Anchor>
            )}
          </Stack>
        )}
        {backups.data && (
          <Text size="xs" c="dimmed">
            Mapp: <Code fz="xs">{backups.data.backupDir}</Code>
          </Text>
        )}
      </Stack>
      {backups.data && (
        <RestoreConfirmModal
          backup={restore.chosen}
          databasePath={backups.data.databasePath}
          busy={restore.busy}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      )}
      {backups.data && (
        <RestoreFileConfirmModal
          file={restoreFile.chosen}
          databasePath={backups.data.databasePath}
          busy={restoreFile.busy}
          onConfirm={() => void restoreFile.confirm()}
          onCancel={restoreFile.cancel}
        />
      )}
    </Card>
  );
}
