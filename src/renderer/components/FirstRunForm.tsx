// The first run on an empty database: district, unit, year, PO-pålägg and caseload per lots make
// an empty plan (createUnitYear); staff and costs are added afterwards under Bemanning och budget.
import { Autocomplete, Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SIG_DISTRICTS, SIG_UNITS } from '../../core/plan/newUnitYear.ts';
import { DEFAULT_CASELOAD_PER_LOTS } from '../../core/plan/model.ts';
import { skrPoReference } from '../../core/staffing/poRates.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

const asNumber = (v: string | number): number | null => (typeof v === 'number' ? v : null);

export function FirstRunForm() {
  const { select } = useSelectionContext();
  const client = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [district, setDistrict] = useState('');
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState<string | number>(thisYear);
  const [po, setPo] = useState<string | number>(skrPoReference(thisYear)?.percent ?? '');
  const [caseload, setCaseload] = useState<string | number>(DEFAULT_CASELOAD_PER_LOTS);
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.createUnitYear({
          district,
          unit,
          year: asNumber(year) ?? Number.NaN,
          poPercent: asNumber(po) ?? Number.NaN,
          caseloadPerLots: asNumber(caseload) ?? Number.NaN,
        }),
      ),
    onSuccess: async (r) => {
      select(r);
      await client.invalidateQueries();
    },
  });
  const yearNumber = asNumber(year);
  const reference = yearNumber === null ? null : skrPoReference(yearNumber);
  return (
    <Stack
      gap="sm"
      w="100%"
      ta="left"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
      aria-labelledby="forsta-start-rubrik"
    >
      <Title order={2} size="h4" id="forsta-start-rubrik">
        Börja med en egen plan
      </Title>
      <Text size="sm" c="dimmed">
        Ange enheten och året. Tjänster, kostnader och finansiering lägger du sedan in under Bemanning och budget.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Autocomplete label="Stadsdel" data={[...SIG_DISTRICTS]} value={district} onChange={setDistrict} required />
        <Autocomplete label="Enhet" data={[...SIG_UNITS]} value={unit} onChange={setUnit} required />
        <NumberInput label="År" value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} thousandSeparator="" required />
        <NumberInput
          label="PO-pålägg (procent)"
          description={reference ? `SKR:s värde för ${reference.year} är förifyllt; kontrollera mot cirkuläret.` : 'Ange förvaltningens värde.'}
          value={po}
          onChange={setPo}
          min={0}
          max={100}
          decimalSeparator=","
          decimalScale={2}
          required
        />
        <NumberInput
          label="Deltagare per lots"
          description="Hur många deltagare en heltidslots har samtidigt."
          value={caseload}
          onChange={setCaseload}
          min={0.5}
          max={100}
          decimalSeparator=","
          decimalScale={1}
          required
        />
      </SimpleGrid>
      {create.isError && <ErrorAlert error={create.error} title="Planen skapades inte" onClose={() => create.reset()} />}
      <Group justify="flex-end">
        <Button type="submit" loading={create.isPending}>
          Skapa planen
        </Button>
      </Group>
    </Stack>
  );
}
