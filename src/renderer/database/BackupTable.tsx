// The backups of the database file, newest first: when, why, how large, and a way to restore each.
import { Badge, Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconHistory } from '@tabler/icons-react';
import type { CallOutput } from '../../api/contracts/index.ts';

export type BackupRow = CallOutput<'listBackups'>['backups'][number];

interface Props {
  backups: BackupRow[];
  onRestore(backup: BackupRow): void;
  /** The file name being restored, to show its button as busy. */
  restoring: string | null;
  /** At most this many rows (the newest); all when left out. */
  limit?: number | undefined;
  /** A narrow table without the "Sparas alltid" badges (the recovery screen). */
  compact?: boolean;
}

export function BackupTable({ backups, onRestore, restoring, limit, compact = false }: Props) {
  const shown = limit === undefined ? backups : backups.slice(0, limit);
  return (
    <Table.ScrollContainer minWidth={compact ? 520 : 600} role="region" aria-label="Säkerhetskopior, tabell">
      <Table verticalSpacing="sm" horizontalSpacing="md" className="tabular" aria-label="Säkerhetskopior" data-testid="backups-table" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Datum och tid</Table.Th>
            <Table.Th>Anledning</Table.Th>
            <Table.Th ta="right">Storlek</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>Åtgärd</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((backup) => (
            <Table.Tr key={backup.fileName} data-testid="backup-row" data-file-name={backup.fileName}>
              <Table.Td>
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {backup.takenAtText}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {backup.reasonText}
                  </Text>
                  {backup.manual && !compact && (
                    <Tooltip label="Manuella säkerhetskopior tas aldrig bort automatiskt.">
                      <Badge size="sm" variant="light" color="stad" tt="none" fw={600}>
                        Sparas alltid
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {backup.sizeText}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {backup.usable ? (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconHistory size={15} stroke={1.8} />}
                    onClick={() => onRestore(backup)}
                    loading={restoring === backup.fileName}
                    disabled={restoring !== null && restoring !== backup.fileName}
                    aria-label={`Återställ säkerhetskopian från ${backup.takenAtText}`}
                  >
                    Återställ…
                  </Button>
                ) : (
                  <Tooltip label={backup.problem ?? 'Filen kan inte återställas.'}>
                    <Badge color="orange" variant="light" tt="none" fw={600} leftSection={<IconAlertTriangle size={13} />}>
                      Kan inte återställas
                    </Badge>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
