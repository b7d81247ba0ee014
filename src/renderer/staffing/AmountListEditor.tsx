// Other costs or funding lines: label (and period for funding) and amount per row. The whole list
// is saved at once when a row is committed, added or removed.
import { ActionIcon, Button, Group, Stack, Table, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { formatKronor, formatNumber } from '../../core/format/index.ts';
import { unsavedStaffingFieldText } from '../../core/unsaved/closeQuestion.ts';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';
import { SwedishNumberInput } from './SwedishNumberInput.tsx';

export interface AmountRow {
  id?: number;
  label: string;
  amount: number;
  period?: string | null;
}

interface Props {
  rows: AmountRow[];
  labelHeader: string;
  withPeriod?: boolean;
  newLabel: string;
  total: number;
  totalLabel: string;
  onSave: (rows: AmountRow[]) => Promise<unknown>;
}

const amountText = (n: number) => formatNumber(n, { maxDecimals: 2 });

function LabelInput({ value, aria, placeholder, onCommit }: { value: string; aria: string; placeholder?: string; onCommit: (v: string) => Promise<unknown> }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  // Saved when the field is left; the window's closing saves it first, or asks (unsaved/closeGuard.ts).
  useUnsavedWork(
    text === value
      ? null
      : {
          what: unsavedStaffingFieldText(aria),
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
      aria-label={aria}
      value={text}
      placeholder={placeholder}
      // A long name that the column cuts can be read in full on hover.
      title={text.length > 0 ? text : undefined}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text !== value) void onCommit(text).catch(() => undefined);
      }}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}

export function AmountListEditor({ rows, labelHeader, withPeriod, newLabel, total, totalLabel, onSave }: Props) {
  const replace = (index: number, row: AmountRow) => onSave(rows.map((r, i) => (i === index ? row : r)));
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={150}>{labelHeader}</Table.Th>
            {withPeriod && <Table.Th w={96}>Period</Table.Th>}
            <Table.Th w={124} ta="right">
              Belopp, kr
            </Table.Th>
            <Table.Th w={40}>
              <VisuallyHidden>Åtgärder</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={row.id ?? `ny-${index}`}>
              <Table.Td>
                <LabelInput value={row.label} aria={`${labelHeader}, rad ${index + 1}`} onCommit={(label) => replace(index, { ...row, label })} />
              </Table.Td>
              {withPeriod && (
                <Table.Td>
                  <LabelInput
                    value={row.period ?? ''}
                    aria={`Ansökningsperiod, rad ${index + 1}`}
                    placeholder="t.ex. 1"
                    onCommit={(period) => replace(index, { ...row, period: period.trim() === '' ? null : period.trim() })}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <SwedishNumberInput
                  ariaLabel={`Belopp, rad ${index + 1}`}
                  value={row.amount}
                  format={amountText}
                  onCommit={(amount) => replace(index, { ...row, amount })}
                />
              </Table.Td>
              <Table.Td>
                <Tooltip label="Ta bort raden (kan ångras)">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Ta bort rad ${index + 1}`}
                    onClick={() => void onSave(rows.filter((_, i) => i !== index)).catch(() => undefined)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={withPeriod ? 2 : 1}>{totalLabel}</Table.Th>
            <Table.Th ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatKronor(total)}
            </Table.Th>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => void onSave([...rows, { label: newLabel, amount: 0, ...(withPeriod ? { period: null } : {}) }]).catch(() => undefined)}
        >
          Lägg till rad
        </Button>
      </Group>
    </Stack>
  );
}
