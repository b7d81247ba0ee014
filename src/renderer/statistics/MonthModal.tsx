// "Lägg till månad" / "Ändra månad": one month's counts, saved whole or not at all.
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { formatNumber, MONTH_NAMES } from '../../core/format/index.ts';
import { STAY_BAND_LABELS, statisticsMonthText } from '../../core/statistics/monthly.ts';
import { describeError } from '../api/errors.ts';
import { unsavedStatisticsMonthText } from '../../core/unsaved/closeQuestion.ts';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';
import {
  bandSum,
  COUNT_FIELDS,
  FIELD_LABELS,
  monthFormChanged,
  OPTIONAL_FIELDS,
  readMonthForm,
  type MonthFormErrors,
  type MonthFormState,
} from './monthForm.ts';
import type { StatisticsMonth } from './useStatistics.ts';

interface Props {
  /** Null: a new month (the month can be chosen); otherwise the month being changed. */
  editing: string | null;
  initial: MonthFormState;
  /** Months the unit already has (a new month must be another). */
  taken: ReadonlySet<string>;
  onClose: () => void;
  onSave: (month: StatisticsMonth) => Promise<unknown>;
}

const DESCRIPTIONS: Partial<Record<(typeof COUNT_FIELDS)[number], string>> = {
  referrals: 'Tomt om enheten inte räknar anmälningar.',
  queueAtMonthEnd: 'Tomt om kön inte räknas.',
};

function yearOptions(current: number): string[] {
  return Array.from({ length: 15 }, (_, i) => String(current - 10 + i));
}

export function MonthModal({ editing, initial, taken, onClose, onSave }: Props) {
  const [state, setState] = useState<MonthFormState>(initial);
  const [errors, setErrors] = useState<MonthFormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Esc, a click outside or the close button: at once while nothing is typed, otherwise ask first.
  const [askingToClose, setAskingToClose] = useState(false);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (askingToClose) keepEditingRef.current?.focus();
  }, [askingToClose]);
  const changed = monthFormChanged(initial, state);
  const requestClose = () => {
    if (askingToClose) setAskingToClose(false);
    else if (changed) setAskingToClose(true);
    else onClose();
  };
  // Closing or reloading the window while something is typed asks too (unsaved/closeGuard.ts).
  useUnsavedWork(changed ? { what: unsavedStatisticsMonthText(editing) } : null);
  const [year, month] = state.month.split('-');
  const setText = (field: (typeof COUNT_FIELDS)[number], text: string) => setState((s) => ({ ...s, texts: { ...s.texts, [field]: text } }));

  const submit = async () => {
    const read = readMonthForm(state, editing === null ? taken : new Set());
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(read.value);
      onClose();
    } catch (failure) {
      const { message, details } = describeError(failure);
      setServerError([message, ...details].join(' '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={requestClose} title={editing ? `Ändra ${statisticsMonthText(editing)}` : 'Lägg till månad'} centered size="lg">
      <Stack gap="sm">
        {editing === null && (
          <Group grow>
            <NativeSelect
              label="Månad"
              value={String(Number(month))}
              data={MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }))}
              onChange={(e) => {
                // Read now: the event's target is gone when the updater runs.
                const chosen = e.currentTarget.value.padStart(2, '0');
                setState((s) => ({ ...s, month: `${s.month.slice(0, 4)}-${chosen}` }));
              }}
              error={errors.month}
            />
            <NativeSelect
              label="År"
              value={year}
              data={yearOptions(Number(year))}
              onChange={(e) => {
                const chosen = e.currentTarget.value;
                setState((s) => ({ ...s, month: `${chosen}-${s.month.slice(5, 7)}` }));
              }}
            />
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {COUNT_FIELDS.map((field) => (
            <TextInput
              key={field}
              label={FIELD_LABELS[field]}
              description={DESCRIPTIONS[field]}
              withAsterisk={!OPTIONAL_FIELDS.has(field)}
              value={state.texts[field]}
              onChange={(e) => setText(field, e.currentTarget.value)}
              error={errors[field]}
              inputMode="numeric"
              data-autofocus={field === 'referrals' ? true : undefined}
            />
          ))}
        </SimpleGrid>
        <Checkbox
          mt="xs"
          label="Avsluten räknas efter vistelsetid"
          description="Antal avslut i varje intervall (den sista tar även vistelser över 36 månader); ger prognosen enhetens egen fördelning av vistelsetiden."
          checked={state.countsStays}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setState((s) => ({ ...s, countsStays: checked }));
          }}
        />
        {state.countsStays && (
          <Stack gap={4}>
            <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs">
              {STAY_BAND_LABELS.map((label, i) => (
                <TextInput
                  key={label}
                  label={label}
                  size="xs"
                  value={state.bandTexts[i]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setState((s) => ({ ...s, bandTexts: s.bandTexts.map((t, k) => (k === i ? value : t)) }));
                  }}
                  error={errors.bandErrors?.[i]}
                  inputMode="numeric"
                />
              ))}
            </SimpleGrid>
            <Text size="xs" c={errors.bands ? 'red' : 'dimmed'} data-testid="band-sum">
              {errors.bands ?? `Summa: ${formatNumber(bandSum(state))} avslut efter vistelsetid.`}
            </Text>
          </Stack>
        )}
        {serverError && (
          <Alert color="red" title="Månaden sparades inte">
            {serverError}
          </Alert>
        )}
        {askingToClose ? (
          <Alert color="orange" title="Stäng utan att spara månaden?" mt="sm" role="alert">
            <Text size="sm">Det du har skrivit in i formuläret sparas inte.</Text>
            <Group justify="flex-end" mt="sm">
              <Button ref={keepEditingRef} variant="default" onClick={() => setAskingToClose(false)}>
                Fortsätt fylla i
              </Button>
              <Button color="red" onClick={onClose}>
                Stäng utan att spara
              </Button>
            </Group>
          </Alert>
        ) : (
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Avbryt
            </Button>
            <Button onClick={() => void submit()} loading={saving}>
              Spara månaden
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
