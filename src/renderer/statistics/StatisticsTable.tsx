// The unit's months, newest first, with "Ändra" and "Ta bort" per month.
import { ActionIcon, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { formatNumber } from '../../core/format/index.ts';
import { STAY_BAND_LABELS, statisticsMonthText } from '../../core/statistics/monthly.ts';
import { FIELD_LABELS } from './monthForm.ts';
import type { StatisticsMonth } from './useStatistics.ts';

interface Props {
  months: readonly StatisticsMonth[];
  onEdit: (month: StatisticsMonth) => void;
  onDelete: (month: StatisticsMonth) => void;
}

const count = (n: number | null) => (n === null ? '–' : formatNumber(n));
const NUMERIC = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

export function StatisticsTable({ months, onEdit, onDelete }: Props) {
  const newestFirst = [...months].reverse();
  return (
    <Table.ScrollContainer minWidth={1080} role="region" aria-label="Månadsstatistik, tabell">
      <Table striped highlightOnHover verticalSpacing={6} data-testid="statistics-table" aria-label="Månadsstatistik">
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} style={{ verticalAlign: 'bottom' }}>
              Månad
            </Table.Th>
            <Table.Th rowSpan={2} style={{ ...NUMERIC, verticalAlign: 'bottom' }}>
              {FIELD_LABELS.referrals}
            </Table.Th>
            <Table.Th rowSpan={2} style={{ ...NUMERIC, verticalAlign: 'bottom' }}>
              {FIELD_LABELS.newEnrolments}
            </Table.Th>
            <Table.Th rowSpan={2} style={{ ...NUMERIC, verticalAlign: 'bottom' }}>
              {FIELD_LABELS.discharges}
            </Table.Th>
            <Table.Th rowSpan={2} style={{ ...NUMERIC, verticalAlign: 'bottom' }}>
              Inskrivna vid slutet
            </Table.Th>
            <Table.Th rowSpan={2} style={{ ...NUMERIC, verticalAlign: 'bottom' }}>
              I kö vid slutet
            </Table.Th>
            <Table.Th colSpan={STAY_BAND_LABELS.length} style={{ textAlign: 'center', borderBottom: '1px solid var(--table-border-color)' }}>
              Avslut efter vistelsetid
            </Table.Th>
            <Table.Th rowSpan={2}>
              <VisuallyHidden>Åtgärder</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {STAY_BAND_LABELS.map((label) => (
              <Table.Th key={label} style={{ ...NUMERIC, fontWeight: 500, whiteSpace: 'nowrap' }}>
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((m) => (
            <Table.Tr key={m.month} data-testid="statistics-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={500}>
                  {statisticsMonthText(m.month)}
                </Text>
              </Table.Td>
              <Table.Td style={NUMERIC}>{count(m.referrals)}</Table.Td>
              <Table.Td style={NUMERIC}>{count(m.newEnrolments)}</Table.Td>
              <Table.Td style={NUMERIC}>{count(m.discharges)}</Table.Td>
              <Table.Td style={NUMERIC}>{count(m.enrolledAtMonthEnd)}</Table.Td>
              <Table.Td style={NUMERIC}>{count(m.queueAtMonthEnd)}</Table.Td>
              {m.dischargesByStay ? (
                m.dischargesByStay.map((n, i) => (
                  <Table.Td key={STAY_BAND_LABELS[i]} style={NUMERIC}>
                    {formatNumber(n)}
                  </Table.Td>
                ))
              ) : (
                <Table.Td colSpan={STAY_BAND_LABELS.length} style={{ textAlign: 'center' }}>
                  <Text span size="sm" c="dimmed">
                    inte räknat
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={`Ändra ${statisticsMonthText(m.month)}`}>
                    <ActionIcon variant="subtle" aria-label={`Ändra ${statisticsMonthText(m.month)}`} onClick={() => onEdit(m)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={`Ta bort ${statisticsMonthText(m.month)}`}>
                    <ActionIcon variant="subtle" color="red" aria-label={`Ta bort ${statisticsMonthText(m.month)}`} onClick={() => onDelete(m)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
