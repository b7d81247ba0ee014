// "Ändra scenario": the overrides a unit manager most often wants to try by hand — demand,
// funding, PO-pålägg, caseload, lead time and an extra cost — on top of what the scenario
// already changes (for example the extra lots of "En lots till"). The API validates everything.
import { ActionIcon, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { MONTH_NAMES, formatNumber, type NumberKind, parseSwedishNumber } from '../../core/format/index.ts';
import { STAFF_ROLE_LABELS } from '../../core/plan/model.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { unsavedScenarioText } from '../../core/unsaved/closeQuestion.ts';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';
import type { Scenario } from './useScenarios.ts';

interface Props {
  scenario: Scenario;
  selection: UnitYearSelection;
  write: (run: () => Promise<unknown>) => Promise<unknown>;
  onClose: () => void;
}

type FieldKey = 'arrivals' | 'funding' | 'stay' | 'po' | 'caseload' | 'leadTime' | 'extraCost' | 'trend';

/** What each field takes, for the example in its message and the unit it accepts ("39,15 %"). */
const FIELD_KINDS: Record<FieldKey, NumberKind> = {
  arrivals: 'percent',
  funding: 'percent',
  stay: 'months',
  po: 'percent',
  caseload: 'decimal',
  leadTime: 'months',
  extraCost: 'kronor',
  trend: 'percent',
};

type Added = Scenario['overrides']['addPositions'][number];
interface AddedRow {
  key: number;
  position: Added;
  fromMonth: string;
  salary: string;
  fte: string;
}

const show = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, { maxDecimals: 2 }));

/** The form's fields as the user can change them; the keys of the added rows are left out. */
function formFields(text: Record<FieldKey, string>, added: AddedRow[], extraLabel: string): string {
  return JSON.stringify({ text, added: added.map(({ position, fromMonth, salary, fte }) => ({ position, fromMonth, salary, fte })), extraLabel });
}

export function EditScenarioModal({ scenario, selection, write, onClose }: Props) {
  const o = scenario.overrides;
  const existingExtra = o.addOtherCosts[0];
  const [text, setText] = useState<Record<FieldKey, string>>({
    arrivals: show(o.arrivalsChangePercent),
    funding: show(o.fundingChangePercent),
    stay: show(o.meanStayMonths),
    po: show(o.settings.poPercent),
    caseload: show(o.settings.caseloadPerLots),
    leadTime: show(o.settings.recruitmentLeadTimeMonths),
    extraCost: show(existingExtra?.amount),
    trend: show(o.trendPercent),
  });
  const [added, setAdded] = useState<AddedRow[]>(() =>
    o.addPositions.map((p, i) => ({ key: i, position: p, fromMonth: String(p.fromMonth), salary: show(p.monthlySalary), fte: show(p.fte) })),
  );
  const [extraLabel, setExtraLabel] = useState(existingExtra?.label ?? 'Övrig kostnad');
  // The fields as the dialog opened: closing or reloading the window after a change asks first (unsaved/closeGuard.ts).
  const [opened] = useState(() => formFields(text, added, extraLabel));
  useUnsavedWork(formFields(text, added, extraLabel) !== opened ? { what: unsavedScenarioText(scenario.name) } : null);
  const [addedErrors, setAddedErrors] = useState<Record<number, string>>({});
  const updateAdded = (key: number, change: Partial<AddedRow>) => setAdded((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const field = (key: FieldKey, label: string, hint?: string) => (
    <TextInput
      label={label}
      description={hint}
      value={text[key]}
      error={errors[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setText((t) => ({ ...t, [key]: value }));
      }}
    />
  );

  const save = async () => {
    const values: Partial<Record<FieldKey, number | null>> = {};
    const found: Partial<Record<FieldKey, string>> = {};
    for (const key of Object.keys(text) as FieldKey[]) {
      if (text[key].trim() === '') {
        values[key] = null;
        continue;
      }
      const parsed = parseSwedishNumber(text[key], FIELD_KINDS[key]);
      if (parsed.ok) values[key] = parsed.value;
      else found[key] = parsed.message;
    }
    setErrors(found);
    const positionErrors: Record<number, string> = {};
    const positions: Added[] = [];
    for (const row of added) {
      const salary = parseSwedishNumber(row.salary, 'kronor');
      const fte = parseSwedishNumber(row.fte, 'fte');
      if (!salary.ok) positionErrors[row.key] = `Månadslön: ${salary.message}`;
      else if (!fte.ok) positionErrors[row.key] = `Sysselsättningsgrad: ${fte.message}`;
      else if (fte.value <= 0 || fte.value > 1) positionErrors[row.key] = 'Sysselsättningsgrad: ange ett tal över 0 och högst 1.';
      else
        positions.push({
          ...row.position,
          fromMonth: Number(row.fromMonth),
          toMonth: Math.max(row.position.toMonth, Number(row.fromMonth)),
          monthlySalary: salary.value,
          fte: fte.value,
        });
    }
    setAddedErrors(positionErrors);
    if (Object.keys(found).length > 0 || Object.keys(positionErrors).length > 0) return;
    const settings = { ...o.settings };
    const setOrDrop = <K extends 'poPercent' | 'caseloadPerLots' | 'recruitmentLeadTimeMonths'>(k: K, v: number | null | undefined) => {
      if (v === null || v === undefined) delete settings[k];
      else settings[k] = v;
    };
    setOrDrop('poPercent', values.po);
    setOrDrop('caseloadPerLots', values.caseload);
    setOrDrop('recruitmentLeadTimeMonths', values.leadTime);
    const overrides = {
      ...o,
      arrivalsChangePercent: values.arrivals ?? 0,
      fundingChangePercent: values.funding ?? 0,
      meanStayMonths: values.stay ?? null,
      trendPercent: values.trend ?? 0,
      addPositions: positions,
      settings,
      addOtherCosts: values.extraCost ? [{ label: extraLabel.trim() || 'Övrig kostnad', amount: values.extraCost }] : [],
    };
    try {
      await write(async () => unwrap(await api.updateScenario({ ...selection, scenario: scenario.id, overrides })));
      onClose();
    } catch (error) {
      const { message, details } = describeError(error);
      setFailure([message, ...details].join(' '));
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Ändra ${scenario.name}`} centered size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Tomt fält betyder samma som i den sparade planen. Procent anges som förändring, till exempel 30 eller −5.
        </Text>
        <Title order={3} size="h4">
          Nya tjänster
        </Title>
        {added.length === 0 && (
          <Text size="sm" c="dimmed">
            Scenariot lägger inte till några tjänster.
          </Text>
        )}
        {added.map((row, i) => {
          const name = (row.position.title.trim() || STAFF_ROLE_LABELS[row.position.role]).toLocaleLowerCase('sv');
          return (
            <Stack key={row.key} gap={2} data-testid="added-position">
              <Group align="flex-end" wrap="nowrap" gap="xs">
                <NativeSelect
                  label={`Första månad, ${name} ${i + 1}`}
                  value={row.fromMonth}
                  data={MONTH_NAMES.map((m, n) => ({ value: String(n + 1), label: m }))}
                  onChange={(e) => updateAdded(row.key, { fromMonth: e.currentTarget.value })}
                />
                <TextInput
                  label={`Månadslön (kr), ${name} ${i + 1}`}
                  value={row.salary}
                  onChange={(e) => updateAdded(row.key, { salary: e.currentTarget.value })}
                />
                <TextInput
                  label={`Sysselsättningsgrad, ${name} ${i + 1}`}
                  w={150}
                  value={row.fte}
                  onChange={(e) => updateAdded(row.key, { fte: e.currentTarget.value })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={`Ta bort ${name} ${i + 1}`}
                  onClick={() => setAdded((rows) => rows.filter((r) => r.key !== row.key))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              {addedErrors[row.key] && (
                <Text size="xs" c="red" role="alert">
                  {addedErrors[row.key]}
                </Text>
              )}
            </Stack>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setAdded((rows) => {
                const salary = rows.find((r) => r.position.role === 'lots')?.salary ?? '';
                const key = Math.max(-1, ...rows.map((r) => r.key)) + 1;
                const position: Added = { role: 'lots', title: 'Ny lots', fte: 1, monthlySalary: 0, fromMonth: 1, toMonth: 12, fundingSource: null };
                return [...rows, { key, position, fromMonth: '1', salary, fte: '1' }];
              })
            }
          >
            Lägg till en lots
          </Button>
        </Group>
        <Title order={3} size="h4" mt="xs">
          Efterfrågan, kostnader och finansiering
        </Title>
        <SimpleGrid cols={2}>
          {field('arrivals', 'Anmälningar per månad, förändring (%)')}
          {field('trend', 'Anmälningarnas förändring per år i prognosen (%)')}
          {field('stay', 'Genomsnittlig vistelse (månader)')}
          {field('funding', 'Finansiering, förändring (%)')}
          {field('po', 'PO-pålägg (%)')}
          {field('caseload', 'Deltagare per lots på heltid')}
          {field('leadTime', 'Rekryteringstid (månader)')}
          <TextInput label="Extra kostnad, benämning" value={extraLabel} onChange={(e) => setExtraLabel(e.currentTarget.value)} />
          {field('extraCost', 'Extra kostnad, belopp per år (kr)')}
        </SimpleGrid>
        {failure && (
          <Text size="sm" c="red" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Avbryt
          </Button>
          <Button onClick={() => void save()}>Spara ändringarna</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
