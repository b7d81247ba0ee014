// The staffing table: one row per position, edited in place like a spreadsheet. Each change is
// sent as one API call; the table always shows the stored plan.
import { ActionIcon, Checkbox, Menu, NativeSelect, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCopy, IconDots, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { unsavedStaffingFieldText } from '../../core/unsaved/closeQuestion.ts';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';
import { formatFte, formatKronor, formatNumber } from '../../core/format/index.ts';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../../core/plan/model.ts';
import { api } from '../api/client.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { SwedishNumberInput } from './SwedishNumberInput.tsx';
import { cellId, moveBetweenCells } from './cellNavigation.ts';
import { editAndView, type StaffingView } from './useStaffing.ts';

type Position = StaffingView['positions'][number];
type Changes = Partial<Pick<Position, 'role' | 'title' | 'fte' | 'monthlySalary' | 'fromMonth' | 'toMonth' | 'vacant' | 'fundingSource'>>;

interface Props {
  selection: UnitYearSelection;
  view: StaffingView;
  run: (call: () => Promise<StaffingView>) => Promise<StaffingView>;
}

const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));
const formatFteValue = (n: number) => formatFte(n);
const formatSalary = (n: number) => formatNumber(n, { maxDecimals: 2 });
const withTitle = (title: string | undefined): Record<string, string> => (title === undefined ? {} : { title });

function TextCell({
  value,
  row,
  column,
  label,
  onCommit,
}: {
  value: string;
  row: number;
  column: number;
  label: string;
  onCommit: (text: string) => Promise<unknown>;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const name = `${label}, rad ${row + 1}`;
  // Saved when the field is left; the window's closing saves it first, or asks (unsaved/closeGuard.ts).
  useUnsavedWork(
    text === value
      ? null
      : {
          what: unsavedStaffingFieldText(name),
          revision: text,
          save: () =>
            onCommit(text).then(
              () => true,
              () => false,
            ),
        },
  );
  return (
    <TextInput
      size="xs"
      aria-label={name}
      value={text}
      // The column is narrow at 1280 px: a cut text can be read in full on hover.
      title={text.length > 0 ? text : undefined}
      data-cell={cellId(row, column)}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text !== value) void onCommit(text).catch(() => setText(value));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        moveBetweenCells(e, row, column);
      }}
    />
  );
}

export function StaffingTable({ selection, view, run }: Props) {
  const noticeFor = (position: Position, field: StaffingView['notices'][number]['field']) =>
    view.notices.find((n) => n.positionId === position.id && n.field === field)?.text;
  const update = (position: Position, changes: Changes) => run(() => editAndView(api.updatePosition({ ...selection, positionId: position.id, changes })));

  return (
    // The table fits the content area of a 1280 px window (about 930 px): Titel takes what is left,
    // the row actions sit in one menu. Narrower (high zoom), it scrolls inside its focusable region.
    <Table.ScrollContainer minWidth={900} role="region" aria-label="Tjänster, tabell">
      <Table verticalSpacing={6} horizontalSpacing={6} aria-label="Tjänster">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={184}>Roll</Table.Th>
            <Table.Th miw={110}>Titel</Table.Th>
            <Table.Th w={76} ta="right">
              Syss.grad
            </Table.Th>
            <Table.Th w={100} ta="right">
              Månadslön, kr
            </Table.Th>
            <Table.Th w={68}>Från</Table.Th>
            <Table.Th w={68}>Till</Table.Th>
            <Table.Th w={52} ta="center">
              Vakant
            </Table.Th>
            <Table.Th w={100}>Finansieras av</Table.Th>
            <Table.Th w={112} ta="right">
              Årskostnad inkl. PO
            </Table.Th>
            <Table.Th w={40}>
              <VisuallyHidden>Åtgärder</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.positions.map((position, row) => (
            <Table.Tr key={position.id} data-testid={`tjanst-${row + 1}`}>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`Roll, rad ${row + 1}`}
                  data={ROLE_OPTIONS}
                  value={position.role}
                  data-cell={cellId(row, 0)}
                  onChange={(e) => void update(position, { role: e.currentTarget.value as StaffRole })}
                />
              </Table.Td>
              <Table.Td>
                <TextCell value={position.title} row={row} column={1} label="Titel" onCommit={(title) => update(position, { title })} />
              </Table.Td>
              <Table.Td>
                <SwedishNumberInput
                  ariaLabel={`Sysselsättningsgrad, rad ${row + 1}`}
                  value={position.fte}
                  format={formatFteValue}
                  onCommit={(fte) => update(position, { fte })}
                  inputProps={{ 'data-cell': cellId(row, 2) }}
                  onKeyDown={(e) => moveBetweenCells(e, row, 2)}
                />
              </Table.Td>
              <Table.Td>
                <SwedishNumberInput
                  ariaLabel={`Månadslön, rad ${row + 1}`}
                  value={position.monthlySalary}
                  format={formatSalary}
                  onCommit={(monthlySalary) => update(position, { monthlySalary })}
                  notice={noticeFor(position, 'monthlySalary') !== undefined}
                  // The question is also the field's description (and its tooltip), so it is read out at the field.
                  inputProps={{ 'data-cell': cellId(row, 3), ...withTitle(noticeFor(position, 'monthlySalary')) }}
                  onKeyDown={(e) => moveBetweenCells(e, row, 3)}
                />
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`Första månad, rad ${row + 1}`}
                  data={MONTH_OPTIONS}
                  value={String(position.fromMonth)}
                  data-cell={cellId(row, 4)}
                  onChange={(e) => void update(position, { fromMonth: Number(e.currentTarget.value) }).catch(() => undefined)}
                />
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`Sista månad, rad ${row + 1}`}
                  data={MONTH_OPTIONS}
                  value={String(position.toMonth)}
                  data-cell={cellId(row, 5)}
                  onChange={(e) => void update(position, { toMonth: Number(e.currentTarget.value) }).catch(() => undefined)}
                />
              </Table.Td>
              <Table.Td ta="center">
                <Checkbox
                  aria-label={`Vakant, rad ${row + 1}`}
                  checked={position.vacant}
                  onChange={(e) => void update(position, { vacant: e.currentTarget.checked })}
                  styles={{ body: { justifyContent: 'center' } }}
                />
              </Table.Td>
              <Table.Td>
                <TextCell
                  value={position.fundingSource ?? ''}
                  row={row}
                  column={6}
                  label="Finansieras av"
                  onCommit={(source) => update(position, { fundingSource: source.trim() === '' ? null : source.trim() })}
                />
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {position.vacant ? (
                  <Tooltip label={`Budgeterat om tjänsten tillsätts: ${formatKronor(position.budgetedAnnualCost)}`}>
                    <Text size="sm" c="dimmed">
                      vakant
                    </Text>
                  </Tooltip>
                ) : (
                  <Text size="sm">{formatKronor(position.annualCost)}</Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={`Åtgärder för rad ${row + 1}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconArrowUp size={14} />}
                      disabled={row === 0}
                      onClick={() => void run(() => editAndView(api.movePosition({ ...selection, positionId: position.id, toIndex: row - 1 })))}
                    >
                      Flytta upp
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconArrowDown size={14} />}
                      disabled={row === view.positions.length - 1}
                      onClick={() => void run(() => editAndView(api.movePosition({ ...selection, positionId: position.id, toIndex: row + 1 })))}
                    >
                      Flytta ned
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconCopy size={14} />}
                      onClick={() => void run(() => editAndView(api.duplicatePosition({ ...selection, positionId: position.id })))}
                    >
                      Kopiera raden
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item
                      // Mantine's red menu text (red-6) is 3,3:1 on white; the theme's red text reaches 4,5:1.
                      style={{ color: 'var(--mantine-color-red-text)' }}
                      leftSection={<IconTrash size={14} />}
                      onClick={() => void run(() => editAndView(api.removePosition({ ...selection, positionId: position.id })))}
                    >
                      Ta bort raden (kan ångras)
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={8}>Summa personalkostnad</Table.Th>
            <Table.Th ta="right" data-testid="summa-personalkostnad" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatKronor(view.totals.staffCost)}
            </Table.Th>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
