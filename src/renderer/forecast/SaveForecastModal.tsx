// "Spara i scenario…": the forecast's changed assumptions saved as the overrides of an existing
// scenario or a new one (core/scenarios/fromForecast.ts), so that Scenarier, the CLI and the memo
// compute what Prognos showed. The dialog names, before saving, what a scenario cannot carry; the
// summary that the memo cites is computed by the handler from the stored scenario.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import type { SavedForecastInputsInput } from '../../core/forecast/saved.ts';
import { notCarriedOfScreen } from '../../core/scenarios/fromForecast.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';

type Scenario = CallOutput<'listScenarios'>['scenarios'][number];

interface Props {
  selection: UnitYearSelection;
  scenarios: readonly Scenario[];
  inputs: SavedForecastInputsInput;
  /** The scenario the forecast runs on, chosen first; the first scenario otherwise. */
  defaultScenarioId?: number | null;
  onClose(): void;
  onSaved(scenarioId: number): void;
}

export function SaveForecastModal({ selection, scenarios, inputs, defaultScenarioId, onClose, onSaved }: Props) {
  const client = useQueryClient();
  const [mode, setMode] = useState<'existing' | 'new'>(scenarios.length > 0 ? 'existing' : 'new');
  const first = scenarios.find((s) => s.id === defaultScenarioId) ?? scenarios[0];
  const [scenarioId, setScenarioId] = useState<string | null>(first ? String(first.id) : null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = scenarios.find((s) => String(s.id) === scenarioId);
  // The plan's forecast and the target scenario's own (its staffing), from which core says what cannot be carried.
  const forecastOf = (id: number | null) => ({
    queryKey: ['scenario-forecast', selection.district, selection.unit, selection.year, id],
    queryFn: async () => unwrap(await api.getScenarioForecast({ ...selection, ...(id === null ? {} : { scenario: id }) })),
  });
  const planForecast = useQuery(forecastOf(null));
  const targetId = mode === 'existing' && chosen ? chosen.id : null;
  const targetForecast = useQuery(forecastOf(targetId));
  const notCarried = useMemo(() => {
    const plan = planForecast.data?.forecast;
    const target = targetForecast.data?.forecast;
    if (!plan || !target) return [];
    return notCarriedOfScreen(inputs, {
      planArrivalsPerMonth: plan.inputs.arrivalsPerMonth,
      planMeanStayMonths: plan.inputs.meanStayMonths,
      planCaseload: plan.inputs.caseload,
      planLeadTimeMonths: plan.inputs.leadTimeMonths,
      lotsarByMonth: target.inputs.lotsarByMonth,
      enrolled: target.start.enrolled,
      queue: target.start.queue,
    });
  }, [inputs, planForecast.data, targetForecast.data]);

  const save = async () => {
    if (mode === 'new' && name.trim() === '') {
      setError('Ange ett namn på det nya scenariot.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const target = mode === 'new' ? { newScenarioName: name.trim() } : { scenario: Number(scenarioId) };
      const saved = unwrap(await api.saveForecastToScenario({ ...selection, ...target, forecast: inputs }));
      notifications.show({
        color: 'teal',
        title: 'Prognosen är sparad',
        message: [
          saved.created ? `Prognosen sparades i det nya scenariot ”${saved.scenario.name}”.` : `Prognosen sparades i scenariot ”${saved.scenario.name}”.`,
          ...saved.notCarried,
        ].join(' '),
      });
      onSaved(saved.scenario.id);
      await client.invalidateQueries();
      onClose();
    } catch (failure) {
      const { message, details } = describeError(failure);
      setError([message, ...details].join(' '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Spara prognosen i ett scenario" centered size="md">
      <Stack gap="md">
        <Text size="sm" c="var(--mantine-color-text)" lh={1.5}>
          De ändrade antagandena sparas i scenariot (anmälningar, tillfälliga ökningar, förändring per år, säsongsvariation, vistelsetid och deltagare per
          lots), så att Scenarier och tjänsteutlåtandet räknar med samma prognos. En sammanfattning sparas också: risken att behöva vänta, väntetiden,
          rekommendationen och prognosen i ord.
        </Text>
        {notCarried.length > 0 && (
          <Stack gap={4} data-testid="not-carried">
            <Text size="sm" fw={600}>
              Det här kan inte sparas i ett scenario och kommer inte med:
            </Text>
            {notCarried.map((line) => (
              <Text key={line} size="sm" c="orange.9">
                {line}
              </Text>
            ))}
          </Stack>
        )}
        <SegmentedControl
          aria-label="Var prognosen sparas"
          value={mode}
          onChange={(v) => setMode(v as 'existing' | 'new')}
          data={[
            { value: 'existing', label: 'Befintligt scenario', disabled: scenarios.length === 0 },
            { value: 'new', label: 'Nytt scenario' },
          ]}
        />
        {mode === 'existing' ? (
          <Stack gap={4}>
            <Select
              data-autofocus
              label="Scenario"
              data={scenarios.map((s) => ({ value: String(s.id), label: s.name }))}
              value={scenarioId}
              onChange={setScenarioId}
              allowDeselect={false}
              comboboxProps={{ shadow: 'md', withinPortal: true }}
            />
            {chosen?.overrides.forecast && (
              <Text size="xs" c="orange">
                Scenariot har redan en sparad prognos. Den ersätts.
              </Text>
            )}
          </Stack>
        ) : (
          <TextInput label="Namn på det nya scenariot" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Avbryt
          </Button>
          <Button onClick={() => void save()} loading={saving} disabled={mode === 'existing' && !scenarioId}>
            Spara prognosen
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
