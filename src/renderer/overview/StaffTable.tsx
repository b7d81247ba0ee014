// The staff positions of the plan. The annual cost of each row comes from core
// (positionAnnualCost); the total is the staff cost that getFigures returned.
import { Table, Text } from '@mantine/core';
import type { UnitYearPlan } from '../../core/plan/model.ts';
import { STAFF_ROLE_LABELS } from '../../core/plan/model.ts';
import { monthsActive, positionAnnualCost } from '../../core/figures/keyFigures.ts';
import { formatFte, formatKronor, formatNumber, monthName } from '../../core/format/index.ts';
import { SectionCard } from '../components/SectionCard.tsx';

function period(fromMonth: number, toMonth: number): string {
  if (fromMonth === 1 && toMonth === 12) return 'hela året';
  return fromMonth === toMonth ? monthName(fromMonth) : `${monthName(fromMonth)}–${monthName(toMonth)}`;
}

export function StaffTable({ plan, staffCost, poLabel }: { plan: UnitYearPlan; staffCost: number; poLabel: string }) {
  return (
    <SectionCard title="Tjänster" description={`Årskostnaden räknas med PO-pålägg ${poLabel}.`}>
      <Table.ScrollContainer minWidth={720} role="region" aria-label="Tjänster, tabell">
        <Table verticalSpacing="sm" horizontalSpacing="md" className="tabular" aria-label="Tjänster">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Roll</Table.Th>
              <Table.Th>Titel</Table.Th>
              <Table.Th ta="right">Sysselsättningsgrad</Table.Th>
              <Table.Th ta="right">Månadslön</Table.Th>
              <Table.Th ta="right">Månader</Table.Th>
              <Table.Th ta="right">Årskostnad inkl. PO</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.staff.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed">
                    Planen har inga tjänster.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {plan.staff.map((position, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only table of the saved plan, drawn anew as a whole; positions have no id and may read alike
              <Table.Tr key={i}>
                <Table.Td>{STAFF_ROLE_LABELS[position.role]}</Table.Td>
                <Table.Td>{position.title || '–'}</Table.Td>
                <Table.Td ta="right">{formatFte(position.fte)}</Table.Td>
                <Table.Td ta="right">{formatKronor(position.monthlySalary)}</Table.Td>
                <Table.Td ta="right">
                  <Text span size="sm">
                    {formatNumber(monthsActive(position))}
                  </Text>
                  <Text span size="xs" c="dimmed" ml={6}>
                    {period(position.fromMonth, position.toMonth)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatKronor(positionAnnualCost(position, plan.poPercent))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={5}>Summa personalkostnad</Table.Th>
              <Table.Th ta="right">{formatKronor(staffCost)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
