// The list of a database's backups with a restore button on each row, the confirmation before a
// restore and its errors: shared by Säkerhetskopior on the database page and the recovery screen
// shown when the database file was refused (which restores to a new file beside that file).
import { Anchor, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useBackups } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { BackupTable } from './BackupTable.tsx';
import { RestoreConfirmModal } from './RestoreConfirmModal.tsx';
import type { RestoreFlow } from './useRestoreFlow.ts';

interface Props {
  /** The restore in progress; the caller owns it to disable its other actions meanwhile. */
  restore: RestoreFlow;
  /** Rows shown before "Visa alla". */
  initialRows: number;
  /** The narrow table of the recovery screen. */
  compact?: boolean;
  /** The restore writes a new file beside the refused one instead of replacing the database file. */
  besideRefusedFile?: boolean;
  /** What to say when there are no backups, given the backup folder. */
  empty(backupDir: string): ReactNode;
}

export function BackupRestoreList({ restore, initialRows, compact = false, besideRefusedFile = false, empty }: Props) {
  const backups = useBackups();
  const [showAll, setShowAll] = useState(false);
  const rows = backups.data?.backups ?? [];

  return (
    <>
      {restore.error !== null && <ErrorAlert error={restore.error} title="Säkerhetskopian återställdes inte" onClose={restore.clearError} />}
      {backups.isError && <ErrorAlert error={backups.error} title="Säkerhetskopiorna kunde inte listas" />}
      {backups.isPending && <LoadingBlock label="Läser säkerhetskopiorna …" />}
      {backups.data && rows.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="no-backups">
          {empty(backups.data.backupDir)}
        </Text>
      )}
      {rows.length > 0 && (
        <Stack gap="xs">
          <BackupTable
            backups={rows}
            onRestore={restore.choose}
            restoring={restore.busy ? (restore.chosen?.fileName ?? null) : null}
            limit={showAll ? undefined : initialRows}
            compact={compact}
          />
          {rows.length > initialRows && (
            <Anchor component="button" type="button" size="sm" onClick={() => setShowAll((v) => !v)} w="fit-content">
              {showAll ? 'Visa färre' : `Visa alla ${rows.length}`}
            </Anchor>
          )}
          {rows.every((b) => !b.usable) && (
            <Text size="sm" c="dimmed">
              Ingen av säkerhetskopiorna går att återställa.
            </Text>
          )}
        </Stack>
      )}
      {backups.data && (
        <RestoreConfirmModal
          backup={restore.chosen}
          databasePath={backups.data.databasePath}
          besideRefusedFile={besideRefusedFile}
          busy={restore.busy}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      )}
    </>
  );
}
