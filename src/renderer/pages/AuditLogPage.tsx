// "Ändringslogg": every change to the database — when, by whom, what — with filters, the state
// before and after, export to Excel, and undo of the latest change where it can be undone.
import { Badge, Button, Collapse, Group, NativeSelect, Pagination, Stack, Switch, Table, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconChevronDown, IconChevronRight, IconFileSpreadsheet } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AUDIT_ACTION_CODES, AUDIT_ACTION_LABELS, undoableFromLog, type AuditActionCode } from '../../core/audit/actions.ts';
import { describeAuditChange } from '../../core/audit/describeChange.ts';
import { auditEntryPlaceText, auditLogFilteredText } from '../../core/audit/logTexts.ts';
import { formatDateTimeTable } from '../../core/format/index.ts';
import type { CallOutput } from '../../api/contracts/index.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import { saveXlsxFile } from '../saveFile.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SectionCard } from '../components/SectionCard.tsx';

type Entry = CallOutput<'listAuditLog'>['entries'][number];
const PAGE_SIZE = 25;

function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateTimeTable(d);
}

function EntryRow({ entry, canUndo, onUndo }: { entry: Entry; canUndo: boolean; onUndo: () => void }) {
  const [open, setOpen] = useState(false);
  const hasDetails = entry.before !== null || entry.after !== null;
  return (
    <>
      <Table.Tr data-testid="loggrad">
        <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{localTime(entry.at)}</Table.Td>
        <Table.Td>{entry.osUser}</Table.Td>
        <Table.Td>
          {/* Never truncated: the label keeps its width, and wraps between words when the column is narrow. */}
          <Badge
            variant="light"
            size="sm"
            tt="none"
            color={entry.action === 'undo' ? 'gray' : 'stad'}
            styles={{
              root: { flexShrink: 0, height: 'auto', minHeight: 'var(--badge-height)', maxWidth: 'none' },
              label: { overflow: 'visible', whiteSpace: 'normal' },
            }}
          >
            {entry.actionLabel}
          </Badge>
        </Table.Td>
        <Table.Td>
          <UnstyledButton onClick={() => hasDetails && setOpen((o) => !o)} aria-expanded={open} disabled={!hasDetails}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              {hasDetails && (open ? <IconChevronDown size={14} style={{ marginTop: 4 }} /> : <IconChevronRight size={14} style={{ marginTop: 4 }} />)}
              <Text size="sm">{entry.summary}</Text>
            </Group>
          </UnstyledButton>
        </Table.Td>
        <Table.Td>{auditEntryPlaceText(entry.district, entry.unit, entry.year) ?? '–'}</Table.Td>
        <Table.Td>
          {canUndo && (
            <Button size="compact-xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={onUndo}>
              Ångra
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {hasDetails && (
        <Table.Tr style={{ display: open ? undefined : 'none' }}>
          <Table.Td colSpan={6} bg="var(--lp-page-bg)">
            <Collapse expanded={open}>
              {/* Before and after as readable Swedish (core/audit/describeChange), never the stored JSON. */}
              <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="loggrad-andringar" aria-label={`Före och efter: ${entry.summary}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Uppgift</Table.Th>
                    <Table.Th scope="col">Före</Table.Th>
                    <Table.Th scope="col">Efter</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(() => {
                    const lines = describeAuditChange(entry.before, entry.after);
                    return lines.length === 0 ? (
                      <Table.Tr>
                        <Table.Td colSpan={3}>Inga skillnader mellan före och efter.</Table.Td>
                      </Table.Tr>
                    ) : (
                      lines.map((l, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one logged change, shown as given and never reordered
                        <Table.Tr key={`${i}-${l.label}`}>
                          <Table.Th scope="row" fw={500}>
                            {l.label}
                          </Table.Th>
                          <Table.Td>{l.before}</Table.Td>
                          <Table.Td>{l.after}</Table.Td>
                        </Table.Tr>
                      ))
                    );
                  })()}
                </Table.Tbody>
              </Table>
            </Collapse>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

export function AuditLogPage() {
  const { selection } = useSelectionContext();
  const client = useQueryClient();
  const [onlySelected, setOnlySelected] = useState(false);
  const [action, setAction] = useState<AuditActionCode | ''>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const filter = {
    ...(onlySelected && selection ? selection : {}),
    ...(action ? { action } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
  };
  const log = useQuery({
    queryKey: ['auditLog', filter, page],
    queryFn: async () => unwrap(await api.listAuditLog({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })),
    placeholderData: keepPreviousData,
  });

  const exportXlsx = async () => {
    try {
      await saveXlsxFile(unwrap(await api.exportAuditLog(filter)));
    } catch (error) {
      notifications.show({ color: 'red', title: 'Ändringsloggen exporterades inte', message: describeError(error).message });
    }
  };

  const undoLatest = async (entry: Entry) => {
    try {
      if (entry.action === 'statistics') {
        // Monthly statistics have no undo history of their own: the log's before and after are it.
        const result = unwrap(await api.undoLatestStatisticsChange({}));
        notifications.show({ message: result.label });
      } else {
        if (!entry.district || !entry.unit || entry.year === null) return;
        const result = unwrap(await api.undo({ district: entry.district, unit: entry.unit, year: entry.year }));
        notifications.show({ message: result.message });
      }
      await client.invalidateQueries();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Ändringen kunde inte ångras', message: describeError(error).message });
    }
  };

  const newest = log.data?.entries[0];
  const undoableId = page === 1 && !action && !text.trim() && !onlySelected && newest && undoableFromLog(newest.action) ? newest.id : null;

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Ändringslogg"
        title="Alla ändringar i databasen"
        description="Varje ändring sparas med tid, inloggad användare och uppgifterna före och efter. Loggen kan inte ändras i appen."
        actions={
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void exportXlsx()}>
            Exportera till Excel…
          </Button>
        }
      />
      <SectionCard title="Ändringar" description={log.data ? auditLogFilteredText(log.data.total) : undefined}>
        <Group gap="md" mb="md" align="flex-end">
          <NativeSelect
            label="Typ av ändring"
            value={action}
            data={[{ value: '', label: 'Alla' }, ...AUDIT_ACTION_CODES.map((code) => ({ value: code, label: AUDIT_ACTION_LABELS[code] }))]}
            onChange={(e) => {
              setAction(e.currentTarget.value as AuditActionCode | '');
              setPage(1);
            }}
          />
          <TextInput
            label="Sök"
            placeholder="t.ex. månadslön"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setPage(1);
            }}
          />
          {selection && (
            <Switch
              label={`Bara ${selection.district}, ${selection.unit} ${selection.year}`}
              checked={onlySelected}
              onChange={(e) => {
                setOnlySelected(e.currentTarget.checked);
                setPage(1);
              }}
              mb={8}
            />
          )}
        </Group>
        {log.error ? (
          <ErrorAlert error={log.error} title="Ändringsloggen kunde inte visas" />
        ) : !log.data ? (
          <LoadingBlock label="Hämtar ändringsloggen …" />
        ) : log.data.entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            Inga ändringar matchar filtren.
          </Text>
        ) : (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={900} role="region" aria-label="Ändringslogg, tabell">
              <Table verticalSpacing={6} aria-label="Ändringslogg">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={140}>Tid</Table.Th>
                    <Table.Th w={110}>Användare</Table.Th>
                    <Table.Th w={150}>Typ</Table.Th>
                    <Table.Th>Vad</Table.Th>
                    <Table.Th w={220}>Enhet och år</Table.Th>
                    <Table.Th w={90}>
                      <VisuallyHidden>Åtgärder</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.data.entries.map((entry) => (
                    <EntryRow key={entry.id} entry={entry} canUndo={entry.id === undoableId} onUndo={() => void undoLatest(entry)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {log.data.total > PAGE_SIZE && <Pagination total={Math.ceil(log.data.total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
          </Stack>
        )}
      </SectionCard>
    </PageContainer>
  );
}
