// "Visa som tabell": every chart in the app can be read as a table with the same numbers. The
// switch swaps the chart for a table in a focusable scroll region with a visible caption.
import { Stack, Switch, Table } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import type { ChartTableModel } from './chartTable.ts';

const NUMERIC = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function ChartDataTable({ table }: { table: ChartTableModel }) {
  return (
    <Table.ScrollContainer minWidth={Math.max(320, table.columns.length * 120)} role="region" aria-label={`${table.caption}, tabell`}>
      <Table striped verticalSpacing={4} captionSide="top" data-testid="chart-table">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)', marginBottom: 6 }}>{table.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c, i) => (
              <Table.Th key={c.label} scope="col" style={c.numeric && i > 0 ? NUMERIC : undefined}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the chart's points, in order
            <Table.Tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <Table.Th key={table.columns[i]?.label} scope="row" fw={500}>
                    {cell}
                  </Table.Th>
                ) : (
                  <Table.Td key={table.columns[i]?.label} style={table.columns[i]?.numeric ? NUMERIC : undefined}>
                    {cell}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface Props {
  /** The chart's accessible name ("Diagram: …"): a chart is an image to a screen reader, and an image needs a name. */
  label: string;
  table: ChartTableModel;
  /** The chart itself. */
  children: ReactNode;
}

export function ChartWithTable({ label, table, children }: Props) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <Stack gap="xs" data-testid="chart-with-table">
      <Switch
        label="Visa som tabell"
        checked={asTable}
        onChange={(event) => setAsTable(event.currentTarget.checked)}
        aria-controls={id}
        size="sm"
        style={{ alignSelf: 'flex-end' }}
      />
      <div id={id}>
        {asTable ? (
          <ChartDataTable table={table} />
        ) : (
          <div role="img" aria-label={label}>
            {children}
          </div>
        )}
      </div>
    </Stack>
  );
}
