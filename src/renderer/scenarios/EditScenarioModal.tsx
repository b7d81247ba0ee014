// "Ändra scenario": the overrides a unit manager most often wants to try by hand — demand,
// funding, PO-pålägg, caseload, lead time and an extra cost — on top of what the scenario
// already changes (for example the extra lots of "En lots till"). The API validates everything.
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatNumber, parseSwedishNumber } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import type { Scenario } from './useScenarios.ts';

interface Props {
  scenario: Scenario;
  selection: UnitYearSelection;
  write: (run: () => Promise<unknown>) => Promise<unknown>;
  onClose: () => void;
}

type FieldKey = 'arrivals' | 'funding' | 'stay' | 'po' | 'caseload' | 'leadTime' | 'extraCost';

const show = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, { maxDecimals: 2 }));

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
  });
  const [extraLabel, setExtraLabel] = useState(existingExtra?.label ?? 'Övrig kostnad');
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
      const parsed = parseSwedishNumber(text[key]);
      if (parsed.ok) values[key] = parsed.value;
      else found[key] = parsed.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
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
        <SimpleGrid cols={2}>
          {field('arrivals', 'Anmälningar per månad, förändring (%)')}
          {field('stay', 'Genomsnittlig vistelse (månader)')}
          {field('funding', 'Finansiering, förändring (%)')}
          {field('po', 'PO-pålägg (%)')}
          {field('caseload', 'Deltagare per lots på heltid')}
          {field('leadTime', 'Rekryteringstid (månader)')}
          <TextInput label="Extra kostnad, benämning" value={extraLabel} onChange={(e) => setExtraLabel(e.currentTarget.value)} />
          {field('extraCost', 'Extra kostnad, belopp per år (kr)')}
        </SimpleGrid>
        {failure && (
          <Text size="sm" c="red.7" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>Avbryt</Button>
          <Button onClick={() => void save()}>Spara ändringarna</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
