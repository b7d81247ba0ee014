// A short list of amounts with their total (the total comes from getFigures).
import { Table, Text } from '@mantine/core';
import { formatKronor } from '../../core/format/index.ts';

export interface AmountRow {
  label: string;
  note?: string;
  amount: number;
}

interface Props {
  caption: string;
  labelHeader: string;
  rows: AmountRow[];
  total: number;
  totalLabel: string;
  emptyText: string;
}

export function AmountTable({ caption, labelHeader, rows, total, totalLabel, emptyText }: Props) {
  return (
    <Table verticalSpacing="sm" horizontalSpacing="md" className="tabular" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labelHeader}</Table.Th>
          <Table.Th ta="right">Belopp</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={2}>
              <Text size="sm" c="dimmed">
                {emptyText}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only table of the saved plan, drawn anew as a whole; rows have no id and may read alike
          <Table.Tr key={i}>
            <Table.Td>
              {row.label}
              {row.note && (
                <Text span size="xs" c="dimmed" ml={6}>
                  {row.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatKronor(row.amount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{totalLabel}</Table.Th>
          <Table.Th ta="right">{formatKronor(total)}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
