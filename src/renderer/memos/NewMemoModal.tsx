// "Nytt tjänsteutlåtande": the type (with what it is for), the scenario the figures come from and,
// for a reply to a skrivelse, the skrivelse itself: its date, authors, text and questions.
import { Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { MEMO_TYPES, MEMO_TYPE_LABELS, type MemoType } from '../../core/memo/model.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { useScenarioList } from '../scenarios/useScenarios.ts';
import { MEMO_TYPE_DESCRIPTIONS, STANDARD_SKRIVELSE_QUESTIONS } from './memoTypes.ts';
import type { MemoView } from './useMemos.ts';
import './dates.ts';

interface Props {
  selection: UnitYearSelection;
  onClose: () => void;
  write: (run: () => Promise<unknown>) => Promise<unknown>;
  onCreated: (memo: MemoView) => void;
}

export function NewMemoModal({ selection, onClose, write, onCreated }: Props) {
  const scenarios = useScenarioList(selection);
  const [type, setType] = useState<MemoType>('redovisning');
  const [scenario, setScenario] = useState<string>('plan');
  const [mask, setMask] = useState(true);
  const [date, setDate] = useState<string | null>(null);
  const [authors, setAuthors] = useState('');
  const [background, setBackground] = useState('');
  const [questions, setQuestions] = useState(STANDARD_SKRIVELSE_QUESTIONS.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseType = (value: string) => {
    const next = value as MemoType;
    setType(next);
  };

  const submit = async () => {
    setBusy(true);
    try {
      const skrivelse =
        type === 'skrivelse'
          ? {
              date: date ?? '',
              authors: authors.trim(),
              background: background.trim(),
              questions: questions
                .split('\n')
                .map((q) => q.trim())
                .filter((q) => q.length > 0),
            }
          : null;
      const memo = (await write(async () =>
        unwrap(
          await api.createMemo({
            ...selection,
            type,
            scenarioId: scenario === 'plan' ? null : Number(scenario),
            skrivelse,
            mask,
          }),
        ),
      )) as MemoView;
      onCreated(memo);
    } catch (failure) {
      const { message, details } = describeError(failure);
      setError([message, ...details].join(' '));
    } finally {
      setBusy(false);
    }
  };

  const scenarioOptions = [
    { value: 'plan', label: 'Den sparade planen' },
    ...(scenarios.data?.scenarios ?? []).map((s) => ({ value: String(s.id), label: s.name })),
  ];

  return (
    <Modal opened onClose={onClose} title="Nytt tjänsteutlåtande" size="xl" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Lotsplan skriver ett utkast med standardtexter från {selection.unit}s aktuella siffror för {selection.year}. Allt går att ändra efteråt.
        </Text>
        <Radio.Group value={type} onChange={chooseType} label="Typ av ärende" withAsterisk>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
            {MEMO_TYPES.map((t) => (
              <Radio.Card
                key={t}
                value={t}
                data-autofocus={t === type ? true : undefined}
                radius="md"
                p="md"
                aria-label={MEMO_TYPE_LABELS[t]}
                data-testid={`memo-type-${t}`}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text fw={600} size="sm">
                      {MEMO_TYPE_LABELS[t]}
                    </Text>
                    <Text size="xs" c="dimmed" mt={2}>
                      {MEMO_TYPE_DESCRIPTIONS[t]}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Group grow align="flex-start">
          <Select
            label="Siffrorna hämtas från"
            description="Planen eller ett av enhetsårets scenarier."
            data={scenarioOptions}
            value={scenario}
            onChange={(v) => setScenario(v ?? 'plan')}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Switch
            mt={30}
            label="Maska små antal"
            description="För tjänsteutlåtanden som blir allmänna handlingar."
            checked={mask}
            onChange={(e) => {
              setMask(e.currentTarget.checked);
            }}
          />
        </Group>
        {type === 'skrivelse' && (
          <Stack gap="sm" p="md" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Text fw={600} size="sm">
              Skrivelsen
            </Text>
            <Group grow align="flex-start">
              <DateInput label="Skrivelsens datum" value={date} onChange={setDate} valueFormat="D MMMM YYYY" locale="sv" clearable placeholder="Välj datum" />
              <TextInput label="Från" placeholder="Niklas Thorén m.fl. (V)" value={authors} onChange={(e) => setAuthors(e.currentTarget.value)} />
            </Group>
            <Textarea
              label="Skrivelsens text"
              description="Citeras under Ärendet."
              autosize
              minRows={2}
              maxRows={6}
              value={background}
              onChange={(e) => setBackground(e.currentTarget.value)}
            />
            <Textarea
              label="Frågor, en per rad"
              description="Varje fråga citeras och besvaras. Lotsplan skriver svaren på de två vanliga frågorna om besparingskrav och kö."
              autosize
              minRows={2}
              maxRows={8}
              value={questions}
              onChange={(e) => setQuestions(e.currentTarget.value)}
            />
          </Stack>
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
          <Button onClick={() => void submit()} loading={busy}>
            Skapa utkast
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
