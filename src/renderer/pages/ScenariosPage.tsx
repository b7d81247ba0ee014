// "Scenarier": named variants of the unit-year ("En lots till", "Ökat tryck", "Besparing" …),
// and two to four of them side by side with the saved plan.
import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Modal, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { notifications } from '@mantine/notifications';
import { IconAdjustments, IconCalendarPlus, IconCopy, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { formatKronor } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { EmptyDatabasePanel } from '../exchange/EmptyDatabasePanel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SectionCard } from '../components/SectionCard.tsx';
import { ChartWithTable } from '../components/ChartWithTable.tsx';
import { chartTable } from '../components/chartTable.ts';
import { usePaletteCommand } from '../commands/paletteCommand.ts';
import { ComparisonTable } from '../scenarios/ComparisonTable.tsx';
import { QueueComparison } from '../scenarios/QueueComparison.tsx';
import { CreateScenarioModal } from '../scenarios/CreateScenarioModal.tsx';
import { presetBadge } from '../../core/scenarios/defaultName.ts';
import { EditScenarioModal } from '../scenarios/EditScenarioModal.tsx';
import { useComparison, useScenarioList, useScenarioWrite, type Scenario } from '../scenarios/useScenarios.ts';

const MAX_COMPARED = 4;

/** The compared scenarios are remembered per unit-year, so that a reload shows the same comparison. */
const storageKey = (s: UnitYearSelection) => `lotsplan.scenarier.jamfor.${s.district}|${s.unit}|${s.year}`;

function storedChoice(selection: UnitYearSelection): number[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(selection)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is number => Number.isInteger(x)).slice(-MAX_COMPARED) : [];
  } catch {
    return [];
  }
}

function NameModal({ title, initial, onSubmit, onClose }: { title: string; initial: string; onSubmit: (name: string) => Promise<void>; onClose: () => void }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        <TextInput label="Namn" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Avbryt
          </Button>
          <Button
            onClick={() =>
              void onSubmit(name).then(onClose, (failure: unknown) => {
                const { message, details } = describeError(failure);
                setError([message, ...details].join(' '));
              })
            }
          >
            Spara
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ScenarioWorkspace({ selection }: { selection: UnitYearSelection }) {
  const list = useScenarioList(selection);
  const write = useScenarioWrite();
  const [chosen, setChosen] = useState<number[]>(() => storedChoice(selection));
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey(selection), JSON.stringify(chosen));
    } catch {
      // Storage may be unavailable; the comparison then starts empty after a reload.
    }
  }, [chosen, selection]);
  const [creating, setCreating] = useState(false);
  usePaletteCommand('newScenario', () => setCreating(true), list.data !== undefined);
  const [naming, setNaming] = useState<{ kind: 'copy' | 'rename'; scenario: Scenario } | null>(null);
  const [deleting, setDeleting] = useState<Scenario | null>(null);
  const [toPlan, setToPlan] = useState<Scenario | null>(null);
  const [toPlanError, setToPlanError] = useState<string | null>(null);
  const nextYear = selection.year + 1;
  const [editing, setEditing] = useState<Scenario | null>(null);
  const scenarios = list.data?.scenarios ?? [];
  const comparison = useComparison(selection, chosen);

  // Forget chosen scenarios that no longer exist (deleted, undone).
  useEffect(() => {
    if (!list.data) return;
    const ids = new Set(list.data.scenarios.map((s) => s.id));
    setChosen((current) => (current.every((id) => ids.has(id)) ? current : current.filter((id) => ids.has(id))));
  }, [list.data]);

  const run = (call: () => Promise<unknown>) => write.mutateAsync(call);
  const toggle = (id: number, on: boolean) => setChosen((current) => (on ? [...current, id].slice(-MAX_COMPARED) : current.filter((c) => c !== id)));

  if (list.error) return <ErrorAlert error={list.error} title="Scenarierna kunde inte visas" />;
  if (!list.data) return <LoadingBlock label="Hämtar scenarier …" />;

  const chartData = comparison.data
    ? [
        { namn: 'Sparad plan', 'Total kostnad': comparison.data.baseline.figures.totalCost, Resultat: comparison.data.baseline.figures.balance },
        ...comparison.data.scenarios.map((s) => ({ namn: s.scenario.name, 'Total kostnad': s.figures.totalCost, Resultat: s.figures.balance })),
      ]
    : [];

  return (
    <Stack gap="lg">
      <PageHeader
        eyebrow="Scenarier"
        title={`${selection.district}, ${selection.unit} ${selection.year}`}
        description="Ett scenario är en variant av den sparade planen. Välj upp till fyra för att jämföra dem med planen."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Nytt scenario
          </Button>
        }
      />
      <SectionCard title="Enhetsårets scenarier">
        {scenarios.length === 0 ? (
          <Text size="sm" c="dimmed">
            Inga scenarier ännu. Börja till exempel med ”En lots till” för att se vad ytterligare en lots kostar och ger.
          </Text>
        ) : (
          <Table verticalSpacing={6} aria-label="Scenarier">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>Jämför</Table.Th>
                <Table.Th>Namn</Table.Th>
                <Table.Th>Vad som ändras</Table.Th>
                <Table.Th w={120}>
                  <VisuallyHidden>Åtgärder</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {scenarios.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Checkbox aria-label={`Jämför ${s.name}`} checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.currentTarget.checked)} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {s.name}
                      </Text>
                      {/* The starting point, unless the name already says it. */}
                      {presetBadge(s.name, s.presetLabel) !== null && (
                        <Badge variant="light" size="sm">
                          {s.presetLabel}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {s.description}
                    </Text>
                    {s.overrides.forecast && (
                      <Text size="xs" c="dimmed" mt={4} data-testid="saved-forecast">
                        <Badge variant="light" color="teal" size="xs" mr={6} tt="none">
                          Prognos sparad
                        </Badge>
                        {s.overrides.forecast.summary.reading}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {/* The main action has a text; the others are named in a menu, so none is only an icon. */}
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconAdjustments size={14} />}
                        aria-label={`Ändra ${s.name}`}
                        title="Ändra efterfrågan, kostnader och finansiering"
                        onClick={() => setEditing(s)}
                      >
                        Ändra
                      </Button>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={`Fler åtgärder för ${s.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            leftSection={<IconCalendarPlus size={14} />}
                            onClick={() => {
                              setToPlanError(null);
                              setToPlan(s);
                            }}
                          >
                            Gör till plan för {nextYear}…
                          </Menu.Item>
                          <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => setNaming({ kind: 'copy', scenario: s })}>
                            Kopiera…
                          </Menu.Item>
                          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setNaming({ kind: 'rename', scenario: s })}>
                            Byt namn…
                          </Menu.Item>
                          <Menu.Divider />
                          <Menu.Item style={{ color: 'var(--mantine-color-red-text)' }} leftSection={<IconTrash size={14} />} onClick={() => setDeleting(s)}>
                            Ta bort…
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      {chosen.length > 0 && (
        <SectionCard title="Jämförelse med den sparade planen" description="Kostnader och köprognos. Skillnaden mot planen står under varje värde.">
          {comparison.error ? (
            <ErrorAlert error={comparison.error} title="Jämförelsen kunde inte göras" />
          ) : comparison.data ? (
            <Stack gap="lg">
              <ComparisonTable comparison={comparison.data} />
              <QueueComparison comparison={comparison.data} />
              <ChartWithTable
                label="Diagram: total kostnad och resultat för planen och scenarierna"
                table={chartTable(
                  'Total kostnad och resultat för planen och scenarierna',
                  [{ label: 'Plan eller scenario' }, { label: 'Total kostnad', numeric: true }, { label: 'Resultat', numeric: true }],
                  chartData.map((d) => [d.namn, formatKronor(d['Total kostnad']), formatKronor(d.Resultat)]),
                )}
              >
                <BarChart
                  h={260}
                  data={chartData}
                  dataKey="namn"
                  series={[
                    { name: 'Total kostnad', color: 'stad.6' },
                    { name: 'Resultat', color: 'teal.6' },
                  ]}
                  valueFormatter={(v) => formatKronor(v)}
                  withLegend
                  yAxisProps={{ width: 110 }}
                />
              </ChartWithTable>
            </Stack>
          ) : (
            <LoadingBlock label="Jämför …" />
          )}
        </SectionCard>
      )}
      <CreateScenarioModal
        opened={creating}
        onClose={() => setCreating(false)}
        selection={selection}
        presets={list.data.presets}
        existingNames={list.data.scenarios.map((s) => s.name)}
        write={run}
        onCreated={(id) => setChosen((current) => [...current, id].slice(-MAX_COMPARED))}
      />
      {editing && <EditScenarioModal scenario={editing} selection={selection} write={run} onClose={() => setEditing(null)} />}
      {naming && (
        <NameModal
          title={naming.kind === 'copy' ? `Kopiera ${naming.scenario.name}` : `Byt namn på ${naming.scenario.name}`}
          initial={naming.kind === 'copy' ? `${naming.scenario.name} (kopia)` : naming.scenario.name}
          onClose={() => setNaming(null)}
          onSubmit={async (name) => {
            const call = naming.kind === 'copy' ? api.copyScenario : api.renameScenario;
            await run(async () => unwrap(await call({ ...selection, scenario: naming.scenario.id, name })));
          }}
        />
      )}
      <Modal opened={toPlan !== null} onClose={() => setToPlan(null)} title={`Gör till plan för ${nextYear}`} centered>
        <Stack>
          <Text size="sm">
            {`Planen för ${nextYear} skapas från scenariot ”${toPlan?.name ?? ''}”: tjänsterna som finns i december gäller hela ${nextYear}, med årets förväntade löneökning, och scenariots kostnader, finansiering och efterfrågan följer med. Planen för ${selection.year} ändras inte.`}
          </Text>
          {toPlanError && (
            <Text size="sm" c="red" role="alert">
              {toPlanError}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToPlan(null)}>
              Avbryt
            </Button>
            <Button
              onClick={() => {
                const target = toPlan;
                if (!target) return;
                void run(async () => unwrap(await api.scenarioToPlan({ ...selection, scenario: target.id }))).then(
                  (result) => {
                    setToPlan(null);
                    notifications.show({ color: 'teal', title: 'Planen är skapad', message: `${(result as { label: string }).label}.` });
                  },
                  (failure: unknown) => {
                    const { message, details } = describeError(failure);
                    setToPlanError([message, ...details].join(' '));
                  },
                );
              }}
            >
              {`Skapa planen för ${nextYear}`}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Ta bort scenario" centered>
        <Stack>
          <Text size="sm">Vill du ta bort scenariot ”{deleting?.name}”? Det går att ångra under Bemanning och budget.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Avbryt
            </Button>
            <Button
              color="red"
              onClick={() => {
                const target = deleting;
                setDeleting(null);
                if (!target) return;
                void run(async () => unwrap(await api.deleteScenario({ ...selection, scenario: target.id }))).catch((failure: unknown) => {
                  notifications.show({ color: 'red', title: 'Scenariot togs inte bort', message: describeError(failure).message });
                });
              }}
            >
              Ta bort
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function ScenariosPage() {
  const { catalog, selection } = useSelectionContext();
  if (catalog && catalog.districts.length === 0) return <EmptyDatabasePanel />;
  if (!selection) return null;
  return (
    <PageContainer>
      <ScenarioWorkspace key={`${selection.district}|${selection.unit}|${selection.year}`} selection={selection} />
    </PageContainer>
  );
}
