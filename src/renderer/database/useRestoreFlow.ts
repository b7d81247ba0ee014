// Choosing a backup, confirming and restoring it; the outcome is confirmed as a notification.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useRestoreBackup } from '../api/hooks.ts';
import type { BackupRow } from './BackupTable.tsx';

export interface RestoreFlow {
  /** The backup waiting for confirmation. */
  chosen: BackupRow | null;
  busy: boolean;
  error: unknown;
  choose(backup: BackupRow): void;
  cancel(): void;
  confirm(): Promise<void>;
  clearError(): void;
}

export function useRestoreFlow(): RestoreFlow {
  const [chosen, setChosen] = useState<BackupRow | null>(null);
  const mutation = useRestoreBackup({
    onWritten: (result) => notifications.show({ color: 'teal', title: 'Säkerhetskopian är återställd', message: result.message, autoClose: 10_000 }),
  });
  return {
    chosen,
    busy: mutation.isPending,
    error: mutation.error,
    choose: (backup) => {
      mutation.reset();
      setChosen(backup);
    },
    cancel: () => setChosen(null),
    confirm: async () => {
      if (!chosen) return;
      try {
        await mutation.mutateAsync({ fileName: chosen.fileName });
      } catch {
        // Shown from `error`.
      } finally {
        setChosen(null);
      }
    },
    clearError: () => mutation.reset(),
  };
}
