// Asks before a restore from a file and says what will happen to which file.
import { Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';

interface Props {
  file: File | null;
  databasePath: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function RestoreFileConfirmModal({ file, databasePath, busy, onConfirm, onCancel }: Props) {
  return (
    <Modal
      opened={file !== null}
      onClose={busy ? () => {} : onCancel}
      title={
        <Text fw={650} size="lg">
          Återställa från filen?
        </Text>
      }
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Stäng utan att återställa' }}
    >
      {file && (
        <Stack gap="md">
          <Text size="sm">
            Databasen återställs från filen <strong>”{file.name}”</strong>.
          </Text>
          <List size="sm" spacing={6}>
            <List.Item>
              Filen kontrolleras först: kontrollsumman och samma kontroller som vid varje återställning. En fil som inte klarar dem ändrar ingenting.
            </List.Item>
            <List.Item>Den nuvarande databasen sparas som en säkerhetskopia innan något ersätts.</List.Item>
            <List.Item>
              Därefter ersätts databasfilen med innehållet i filen:
              <Code block mt={4} fz="xs">
                {databasePath}
              </Code>
            </List.Item>
          </List>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Avbryt
            </Button>
            <Button leftSection={<IconHistory size={17} stroke={1.8} />} onClick={onConfirm} loading={busy} data-autofocus data-testid="restore-file-confirm">
              Återställ
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
