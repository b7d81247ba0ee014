// Asks before a restore and says exactly what will happen to which file.
import { Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { BackupRow } from './BackupTable.tsx';

interface Props {
  backup: BackupRow | null;
  databasePath: string;
  /** The current database cannot be opened: the backup becomes a new file beside it. */
  besideRefusedFile?: boolean;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function RestoreConfirmModal({ backup, databasePath, besideRefusedFile = false, busy, onConfirm, onCancel }: Props) {
  return (
    <Modal
      opened={backup !== null}
      onClose={busy ? () => {} : onCancel}
      title={
        <Text fw={650} size="lg">
          Återställa säkerhetskopian?
        </Text>
      }
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Stäng utan att återställa' }}
    >
      {backup && (
        <Stack gap="md">
          <Text size="sm">
            Databasen återställs till läget den <strong>{backup.takenAtText}</strong> ({backup.reasonText.toLocaleLowerCase('sv')}).
          </Text>
          {besideRefusedFile ? (
            <List size="sm" spacing={6}>
              <List.Item>Säkerhetskopian kopieras till en ny databasfil i samma mapp, och Lotsplan börjar använda den.</List.Item>
              <List.Item>
                Filen som inte gick att öppna ändras inte, flyttas inte och tas inte bort:
                <Code block mt={4} fz="xs">
                  {databasePath}
                </Code>
              </List.Item>
            </List>
          ) : (
            <List size="sm" spacing={6}>
              <List.Item>Den nuvarande databasen sparas först som en säkerhetskopia.</List.Item>
              <List.Item>
                Därefter ersätts databasfilen med säkerhetskopian:
                <Code block mt={4} fz="xs">
                  {databasePath}
                </Code>
              </List.Item>
              <List.Item>Ändringar som gjorts efter {backup.takenAtText} finns kvar i den nya säkerhetskopian, men inte i databasen.</List.Item>
            </List>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Avbryt
            </Button>
            <Button leftSection={<IconHistory size={17} stroke={1.8} />} onClick={onConfirm} loading={busy} data-autofocus>
              Återställ
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
