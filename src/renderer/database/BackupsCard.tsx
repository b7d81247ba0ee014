// "Säkerhetskopior" on the database page: back up now, export a backup to keep somewhere else,
// restore from such a file, and the list of backups with restore.
import { Button, Card, Code, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useBackupNow, useBackups } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { BackupRestoreList } from './BackupRestoreList.tsx';
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

  const onBackupNow = () =>
    backupNow.mutate(
      {},
      {
        onSuccess: (result) => notifications.show({ color: 'teal', title: 'Säkerhetskopian är sparad', message: result.fileName }),
      },
    );

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
        <BackupRestoreList restore={restore} initialRows={INITIAL_ROWS} empty={() => 'Det finns inga säkerhetskopior ännu.'} />
        {backups.data && (
          <Text size="xs" c="dimmed">
            Mapp: <Code fz="xs">{backups.data.backupDir}</Code>
          </Text>
        )}
      </Stack>
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
