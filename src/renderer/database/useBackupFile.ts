// "Exportera säkerhetskopia…" and "Återställ från fil…": the export is saved with the native save
// dialog in the desktop app and as a download in the browser; the file to restore is chosen with
// a file input, asked about, and sent to the API, which checks it before anything changes.
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import { saveBase64File, type SaveKind } from '../saveFile.ts';

export const BACKUP_FILE_KIND: SaveKind = { mimeType: 'application/octet-stream', filterName: 'Lotsplan-säkerhetskopia', extensions: ['lotsplan'] };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function useExportBackupFile() {
  return useMutation({
    mutationFn: async () => {
      const file = unwrap(await api.exportBackupFile({}));
      const saved = await saveBase64File(file, BACKUP_FILE_KIND);
      return { ...file, saved };
    },
    onSuccess: (file) => {
      if (!file.saved) return;
      notifications.show({
        color: 'teal',
        title: 'Säkerhetskopian är exporterad',
        message: `${file.fileName} (${file.sizeText}). Kontrollsumma (SHA-256): ${file.sha256.slice(0, 16)}…`,
        autoClose: 10_000,
      });
    },
  });
}

export interface RestoreFileFlow {
  /** The file waiting for confirmation. */
  chosen: File | null;
  busy: boolean;
  error: unknown;
  choose(file: File | null): void;
  cancel(): void;
  confirm(): Promise<void>;
  clearError(): void;
}

export function useRestoreFileFlow(): RestoreFileFlow {
  const client = useQueryClient();
  const [chosen, setChosen] = useState<File | null>(null);
  const mutation = useMutation({
    mutationFn: async (file: File) => unwrap(await api.restoreBackupFile({ fileName: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) })),
    onSuccess: async (result) => {
      notifications.show({ color: 'teal', title: 'Säkerhetskopian är återställd', message: result.message, autoClose: 10_000 });
      // Everything read before may be stale now.
      await client.invalidateQueries();
    },
  });
  return {
    chosen,
    busy: mutation.isPending,
    error: mutation.error,
    choose: (file) => {
      mutation.reset();
      setChosen(file);
    },
    cancel: () => setChosen(null),
    confirm: async () => {
      if (!chosen) return;
      try {
        await mutation.mutateAsync(chosen);
      } catch {
        // Shown from `error`.
      } finally {
        setChosen(null);
      }
    },
    clearError: () => mutation.reset(),
  };
}
