// "Nytt scenario": a name, a ready-made type and, for "En lots till", the month and salary.
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { MONTH_NAMES, parseSwedishNumber } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import type { ScenarioList } from './useScenarios.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  selection: UnitYearSelection;
  presets: ScenarioList['presets'];
  write: (run: () => Promise<unknown>) => Promise<unknown>;
  onCreated: (id: number) => void;
}

export function CreateScenarioModal({ opened, onClose, selection, presets, write, onCreated }: Props) {
  const [preset, setPreset] = useState<string>('extraLots');
  const [name, setName] = useState('En lots till');
  const [fromMonth, setFromMonth] = useState('4');
  const [salary, setSalary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [salaryError, setSalaryError] = useState<string | null>(null);
  const choose = (value: string) => {
    setPreset(value);
    setName(presets.find((p) => p.preset === value)?.label ?? '');
  };
  const submit = async () => {
    let monthlySalary: number | undefined;
    if (preset === 'extraLots' && salary.trim() !== '') {
      const parsed = parseSwedishNumber(salary);
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
            preset: preset as never,
            ...(preset === 'extraLots' ? { extraLots: { fromMonth: Number(fromMonth), fte: 1, ...(monthlySalary !== undefined ? { monthlySalary } : {}) } } : {}),
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
        <NativeSelect label="Typ" value={preset} data={presets.filter((p) => p.preset !== 'custom').map((p) => ({ value: p.preset, label: p.label }))} onChange={(e) => choose(e.currentTarget.value)} />
        <Text size="xs" c="dimmed">{presets.find((p) => p.preset === preset)?.description}</Text>
        <TextInput label="Namn" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} />
        {preset === 'extraLots' && (
          <Group grow>
            <NativeSelect label="Från månad" value={fromMonth} data={MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }))} onChange={(e) => setFromMonth(e.currentTarget.value)} />
            <TextInput label="Månadslön (kr)" placeholder="medianlönen" value={salary} onChange={(e) => setSalary(e.currentTarget.value)} error={salaryError} />
          </Group>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>Avbryt</Button>
          <Button onClick={() => void submit()}>Skapa scenario</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
