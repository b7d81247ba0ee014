// Asks before an exchange file replaces a plan that is in the database, and shows what will change
// (every text comes from previewImportExchange, computed in core).
import { Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { PendingImport } from './useImportFlow.ts';

interface Props {
  pending: PendingImport | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ImportConfirmModal({ pending, busy, onConfirm, onCancel }: Props) {
  const p = pending?.preview;
  return (
    <Modal
      opened={pending !== null}
      onClose={busy ? () => {} : onCancel}
      title={
        <Text fw={650} size="lg">
          Ersätta planen?
        </Text>
      }
      centered
      size="xl"
      closeButtonProps={{ 'aria-label': 'Stäng utan att importera' }}
    >
      {p && (
        <Stack gap="md" data-testid="import-preview">
          <Text size="sm">{p.summary}</Text>
          {pending.fileName && (
            <Text size="xs" c="dimmed">
              Från filen {pending.fileName}
            </Text>
          )}
          {p.changes.length > 0 && (
            <Table.ScrollContainer minWidth={360} type="native" tabIndex={0} aria-label="Värden som ändras">
              <Table striped withTableBorder captionSide="top">
                <Table.Caption>Värden som ändras</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Uppgift</Table.Th>
                    <Table.Th scope="col">I databasen nu</Table.Th>
                    <Table.Th scope="col">I filen</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.changes.map((c) => (
                    <Table.Tr key={c.label}>
                      <Table.Th scope="row" fw={500}>
                        {c.label}
                      </Table.Th>
                      <Table.Td>{c.before}</Table.Td>
                      <Table.Td>{c.after}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {p.staffDetails.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Tjänster
              </Text>
              <List size="sm" spacing={4}>
                {p.staffDetails.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          <Text size="sm">En säkerhetskopia av databasen tas innan planen ersätts. Andra enheter och år ändras inte.</Text>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
              Avbryt
            </Button>
            <Button leftSection={<IconFileImport size={17} stroke={1.8} />} onClick={onConfirm} loading={busy}>
              Ersätt planen
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
