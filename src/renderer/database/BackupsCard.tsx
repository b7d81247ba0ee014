// "Säkerhetskopior" on the database page: back up now, and the list of backups with restore.
import { Anchor, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useBackupNow, useBackups } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { BackupTable } from './BackupTable.tsx';
import { RestoreConfirmModal } from './RestoreConfirmModal.tsx';
import { useRestoreFlow } from './useRestoreFlow.ts';

const INITIAL_ROWS = 12;

export function BackupsCard() {
  const backups = useBackups();
  const backupNow = useBackupNow();
  const restore = useRestoreFlow();
  const [showAll, setShowAll] = useState(false);

  const onBackupNow = () =>
    backupNow.mutate(
      {},
      {
        onSuccess: (result) =>
          notifications.show({ color: 'teal', title: 'Säkerhetskopian är sparad', message: result.fileName }),
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
              Lotsplan tar en säkerhetskopia automatiskt när programmet startar (om den senaste är äldre än 12 timmar),
              före varje import och före varje återställning. Av de automatiska sparas den senaste från var och en av de
              sju senaste dagarna och de fyra senaste veckorna. Säkerhetskopior du tar själv sparas tills du tar bort dem.
            </Text>
          </Stack>
          <Button
            leftSection={<IconDeviceFloppy size={18} stroke={1.7} />}
            onClick={onBackupNow}
            loading={backupNow.isPending}
            data-testid="backup-now"
          >
            Säkerhetskopiera nu
          </Button>
        </Group>

        {backupNow.isError && (
          <ErrorAlert error={backupNow.error} title="Säkerhetskopian kunde inte sparas" onClose={() => backupNow.reset()} />
        )}
        {restore.error !== null && (
          <ErrorAlert error={restore.error} title="Säkerhetskopian återställdes inte" onClose={restore.clearError} />
        )}
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
    </Card>
  );
}
