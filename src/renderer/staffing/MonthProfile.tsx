// The year month by month: lots FTE, slots and staff cost, with the annual totals.
import { Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { FIGURE_LABELS } from '../../core/figures/figureLabels.ts';
import { formatLotsar, formatNumber, formatThousandKronor } from '../../core/format/index.ts';
import type { StaffingView } from './useStaffing.ts';

export function MonthProfile({ view }: { view: StaffingView }) {
  const cell = { fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={900} role="region" aria-label="Månadsprofil, tabell">
        <Table verticalSpacing={4} horizontalSpacing={6} fz="xs" aria-label="Månadsprofil">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>Uppgift</VisuallyHidden>
              </Table.Th>
              {view.months.map((m) => (
                <Table.Th key={m.month} ta="right">
                  {m.monthName.slice(0, 3)}
                </Table.Th>
              ))}
              <Table.Th ta="right">Året</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>Lotsar</Table.Td>
              {view.months.map((m) => (
                <Table.Td key={m.month} ta="right" style={cell}>
                  {formatLotsar(m.lotsarFte)}
                </Table.Td>
              ))}
              <Table.Td ta="right" style={cell}>
                <Tooltip label={view.explanations.lotsarFte ?? ''} disabled={!view.explanations.lotsarFte} multiline w={320}>
                  <Text span fz="xs">
                    {formatLotsar(view.totals.decemberLotsarFte)} i dec
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>Platser</Table.Td>
              {view.months.map((m) => (
                <Table.Td key={m.month} ta="right" style={cell}>
                  {formatNumber(m.capacity)}
                </Table.Td>
              ))}
              <Table.Td ta="right" style={cell}>
                <Tooltip label={view.explanations.capacity ?? ''} disabled={!view.explanations.capacity} multiline w={320}>
                  <Text span fz="xs">
                    {formatNumber(view.totals.decemberCapacity)} i dec
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>
                {FIGURE_LABELS.staffCost},{' '}
                <abbr title="tusen kronor" style={{ textDecoration: 'none' }}>
                  tkr
                </abbr>
              </Table.Td>
              {view.months.map((m) => (
                <Table.Td key={m.month} ta="right" style={cell}>
                  {formatThousandKronor(m.staffCost)}
                </Table.Td>
              ))}
              <Table.Td ta="right" style={cell} fw={600}>
                <Tooltip label={view.explanations.staffCost ?? ''} disabled={!view.explanations.staffCost} multiline w={320}>
                  <Text span fz="xs" fw={600}>
                    {formatThousandKronor(view.totals.staffCost)}
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {/* Outside the scroll container, so that it wraps instead of being cut at high zoom. */}
      <Text size="xs" c="dimmed">
        Personalkostnad i tusen kronor (tkr), inklusive PO-pålägg. Årets summa är summan av månaderna före avrundning.
      </Text>
    </Stack>
  );
}
