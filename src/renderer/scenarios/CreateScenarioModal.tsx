// "Nytt scenario": a name, ready-made starting points that can be stacked ("En lots till" +
// "Ökat tryck") and, for "En lots till", the month and salary. Everything can be changed afterwards.
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { MONTH_NAMES, parseSwedishNumber } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import type { ScenarioList } from './useScenarios.ts';
import { defaultScenarioName } from '../../core/scenarios/defaultName.ts';
import type { ScenarioPreset } from '../../core/scenarios/types.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  selection: UnitYearSelection;
  presets: ScenarioList['presets'];
  /** Names of the year's scenarios, so that the suggested name is free. */
  existingNames: readonly string[];
  write: (run: () => Promise<unknown>) => Promise<unknown>;
  onCreated: (id: number) => void;
}

export function CreateScenarioModal({ opened, onClose, selection, presets, existingNames, write, onCreated }: Props) {
  const [chosen, setChosen] = useState<string[]>(['extraLots']);
  const [typedName, setName] = useState('');
  const [named, setNamed] = useState(false);
  const [fromMonth, setFromMonth] = useState('4');
  // Until the user types a name, the name follows the choices and the month (worded in core).
  const name = named ? typedName : defaultScenarioName(chosen as ScenarioPreset[], { fromMonth: Number(fromMonth) }, existingNames);
  const [salary, setSalary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [salaryError, setSalaryError] = useState<string | null>(null);
  const stackable = presets.filter((p) => p.preset !== 'custom' && p.preset !== 'unchanged');
  const choose = (values: string[]) => {
    const ordered = stackable.map((p) => p.preset).filter((p) => values.includes(p));
    setChosen(ordered);
  };
  const withLots = chosen.includes('extraLots');
  const submit = async () => {
    let monthlySalary: number | undefined;
    if (withLots && salary.trim() !== '') {
      const parsed = parseSwedishNumber(salary, 'kronor');
      if (!parsed.ok) {
        setSalaryError(parsed.message);
        return;
      }
      monthlySalary = parsed.value;
    }
    setSalaryError(null);
    try {
      const result = (await write(async () =>
        unwrap(
          await api.createScenario({
            ...selection,
            name,
            presets: (chosen.length === 0 ? ['unchanged'] : chosen) as never,
            ...(withLots ? { extraLots: { fromMonth: Number(fromMonth), fte: 1, ...(monthlySalary !== undefined ? { monthlySalary } : {}) } } : {}),
          }),
        ),
      )) as { scenario: { id: number } };
      setError(null);
      onCreated(result.scenario.id);
      onClose();
    } catch (failure) {
      const { message, details } = describeError(failure);
      setError([message, ...details].join(' '));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Nytt scenario" centered>
      <Stack gap="sm">
        <Checkbox.Group
          label="Utgå från"
          description="Välj en eller flera ändringar. Utan val blir scenariot som den sparade planen. Allt kan ändras efteråt."
          value={chosen}
          onChange={choose}
        >
          <Stack gap={6} mt={6}>
            {stackable.map((p) => (
              <Checkbox key={p.preset} value={p.preset} label={p.label} description={p.description} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          data-autofocus
          label="Namn"
          value={name}
          onChange={(e) => {
            setNamed(true);
            setName(e.currentTarget.value);
          }}
          error={error}
        />
        {withLots && (
          <Group grow>
            <NativeSelect
              label="Från månad"
              value={fromMonth}
              data={MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }))}
              onChange={(e) => setFromMonth(e.currentTarget.value)}
            />
            <TextInput label="Månadslön (kr)" placeholder="medianlönen" value={salary} onChange={(e) => setSalary(e.currentTarget.value)} error={salaryError} />
          </Group>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Avbryt
          </Button>
          <Button onClick={() => void submit()}>Skapa scenario</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
