// "Tjänsteutlåtanden": the unit's memos for the nämnd, and the editor of one of them
// (/tjansteutlatanden/:id).
import { ActionIcon, Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, ThemeIcon, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCopy, IconFileText, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { EmptyDatabasePanel } from '../exchange/EmptyDatabasePanel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { MemoEditor } from '../memos/MemoEditor.tsx';
import { NewMemoModal } from '../memos/NewMemoModal.tsx';
import { usePaletteCommand } from '../commands/paletteCommand.ts';
import { savedTime } from '../memos/time.ts';
import { useMemoList, useMemoWrite, type MemoSummary } from '../memos/useMemos.ts';
import { ROUTES } from '../routes.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { toSearchParams } from '../selection/useSelection.ts';
import { outdatedText } from '../../core/memo/sourceFingerprints.ts';

export function MemosPage() {
  const { catalog, selection } = useSelectionContext();
  const { id } = useParams();
  if (catalog && catalog.districts.length === 0) return <EmptyDatabasePanel />;
  if (!selection) return null;
  if (id !== undefined) {
    const memoId = Number(id);
    if (!Number.isInteger(memoId) || memoId < 1) return <MemoNotFound selection={selection} />;
    return <MemoEditor key={memoId} id={memoId} selection={selection} />;
  }
  return (
    <PageContainer>
      <MemoList key={`${selection.district}|${selection.unit}`} selection={selection} />
    </PageContainer>
  );
}

function MemoNotFound({ selection }: { selection: UnitYearSelection }) {
  return (
    <PageContainer>
      <Alert color="yellow" title="Tjänsteutlåtandet finns inte">
        Adressen pekar inte på något tjänsteutlåtande.
      </Alert>
      <Button component={Link} to={{ pathname: ROUTES.memos, search: `?${toSearchParams(selection).toString()}` }} variant="default">
        Till listan
      </Button>
    </PageContainer>
  );
}

function MemoList({ selection }: { selection: UnitYearSelection }) {
  const list = useMemoList(selection);
  const write = useMemoWrite();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  usePaletteCommand('newMemo', () => setCreating(true));
  const [deleting, setDeleting] = useState<MemoSummary | null>(null);
  const search = `?${toSearchParams(selection).toString()}`;
  const open = (id: number) => void navigate({ pathname: `${ROUTES.memos}/${id}`, search });
  const run = (call: () => Promise<unknown>) => write.mutateAsync(call);

  const copy = async (memo: MemoSummary) => {
    try {
      const copied = (await run(async () => unwrap(await api.copyMemo({ id: memo.id })))) as { summary: MemoSummary };
      notifications.show({ color: 'teal', title: 'Kopierat', message: `”${copied.summary.title}” är en kopia av ”${memo.title}”.` });
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Tjänsteutlåtandet kopierades inte', message: describeError(failure).message });
    }
  };

  const remove = async (memo: MemoSummary) => {
    setDeleting(null);
    try {
      await run(async () => unwrap(await api.deleteMemo({ id: memo.id })));
      const notificationId = `memo-deleted-${memo.id}`;
      notifications.show({
        id: notificationId,
        color: 'gray',
        title: 'Borttaget',
        autoClose: 10_000,
        message: (
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Text size="sm">”{memo.title}” togs bort.</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(notificationId);
                void run(async () => unwrap(await api.undeleteMemo({ id: memo.id }))).catch((failure: unknown) => {
                  notifications.show({ color: 'red', title: 'Borttagningen kunde inte ångras', message: describeError(failure).message });
                });
              }}
            >
              Ångra
            </Button>
          </Group>
        ),
      });
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Tjänsteutlåtandet togs inte bort', message: describeError(failure).message });
    }
  };

  const memos = list.data?.memos ?? [];
  return (
    <Stack gap="lg">
      <PageHeader
        eyebrow="Tjänsteutlåtanden"
        title={`${selection.district}, ${selection.unit}`}
        description="Tjänsteutlåtanden till nämnden med siffror direkt från planen, prognosen och statistiken."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Nytt tjänsteutlåtande
          </Button>
        }
      />
      {list.error ? (
        <ErrorAlert error={list.error} title="Tjänsteutlåtandena kunde inte visas" />
      ) : !list.data ? (
        <LoadingBlock label="Hämtar tjänsteutlåtanden …" />
      ) : memos.length === 0 ? (
        <Card padding="xl">
          <Stack align="center" gap="sm" py="xl">
            <ThemeIcon size={56} radius="xl" variant="light">
              <IconFileText size={30} stroke={1.5} />
            </ThemeIcon>
            <Title order={2} size="h3">
              Inga tjänsteutlåtanden ännu
            </Title>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              Skapa ett utkast så skriver Lotsplan standardtexterna med {selection.unit}s aktuella siffror: bemanning, inskrivna, kö och finansiering.
            </Text>
            <Button mt="sm" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Nytt tjänsteutlåtande
            </Button>
          </Stack>
        </Card>
      ) : (
        <Card padding={0}>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Tjänsteutlåtanden" data-testid="memo-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Titel</Table.Th>
                  <Table.Th>Typ</Table.Th>
                  <Table.Th>Dnr</Table.Th>
                  <Table.Th>År</Table.Th>
                  <Table.Th>Senast ändrad</Table.Th>
                  <Table.Th>Exporterad</Table.Th>
                  <Table.Th w={96}>
                    <VisuallyHidden>Åtgärder</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {memos.map((m) => (
                  <Table.Tr key={m.id} data-testid="memo-row">
                    <Table.Td>
                      <Stack gap={4}>
                        <Text
                          component={Link}
                          to={{ pathname: `${ROUTES.memos}/${m.id}`, search }}
                          fw={600}
                          size="sm"
                          c="var(--mantine-color-anchor)"
                          style={{ textDecoration: 'none' }}
                        >
                          {m.title || 'Utan titel'}
                        </Text>
                        <Group gap={6}>
                          {m.scenarioName && (
                            <Badge size="xs" variant="light" color="gray">
                              {m.scenarioName}
                            </Badge>
                          )}
                          {m.outdated && (
                            <Tooltip label={`${outdatedText(m.outdatedBecause, m.figuresComputedAt, new Date()) ?? ''} Öppna och välj Uppdatera siffror.`}>
                              <Badge size="xs" color="yellow" variant="light" leftSection={<IconAlertTriangle size={11} />} data-testid="memo-outdated">
                                Siffrorna är inaktuella
                              </Badge>
                            </Tooltip>
                          )}
                        </Group>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{m.typeLabel}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" {...(m.dnr ? {} : { c: 'dimmed' })} style={{ whiteSpace: 'nowrap' }}>
                        {m.dnr || 'saknas'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" className="tabular">
                        {m.year}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                        {savedTime(m.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {m.exportedAt ? (
                        <Text size="sm" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                          {savedTime(m.exportedAt)}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          Inte exporterad
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} justify="flex-end" wrap="nowrap">
                        <Tooltip label="Kopiera" w="auto">
                          <ActionIcon variant="subtle" aria-label={`Kopiera ${m.title}`} onClick={() => void copy(m)}>
                            <IconCopy size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Ta bort" w="auto">
                          <ActionIcon variant="subtle" color="red" aria-label={`Ta bort ${m.title}`} onClick={() => setDeleting(m)}>
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
        </Card>
      )}
      {creating && (
        <NewMemoModal
          selection={selection}
          onClose={() => setCreating(false)}
          write={run}
          onCreated={(memo) => {
            setCreating(false);
            open(memo.summary.id);
          }}
        />
      )}
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Ta bort tjänsteutlåtande" centered>
        <Stack>
          <Text size="sm">Vill du ta bort ”{deleting?.title}”? Det går att ångra direkt efteråt, och borttagningen förs in i ändringsloggen.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Avbryt
            </Button>
            <Button color="red" onClick={() => deleting && void remove(deleting)}>
              Ta bort
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
