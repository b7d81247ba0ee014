// What one more lots would cost, from a chosen month: rest of the year and a full year, incl. PO.
import { Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatKronor, formatNumber, MONTH_NAMES } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';

export function useMarginalLots(selection: UnitYearSelection, fromMonth: number) {
  return useQuery({
    queryKey: ['marginal', selection.district, selection.unit, selection.year, fromMonth],
    queryFn: async () => unwrap(await api.getMarginalLots({ ...selection, fromMonth })),
  });
}

export function MarginalLotsCard({ selection, initialMonth = 1 }: { selection: UnitYearSelection; initialMonth?: number }) {
  const [fromMonth, setFromMonth] = useState(initialMonth);
  const marginal = useMarginalLots(selection, fromMonth);
  const value = marginal.data;
  return (
    <Stack gap="sm">
      <Group gap="xs" align="center">
        <Text size="sm">En lots till på heltid från</Text>
        <NativeSelect
          size="xs"
          aria-label="Startmånad för en lots till"
          value={String(fromMonth)}
          data={MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name }))}
          onChange={(e) => setFromMonth(Number(e.currentTarget.value))}
        />
      </Group>
      {value && (
        <>
          <SimpleGrid cols={3} spacing="sm">
            <div>
              <Text size="xs" c="dimmed">
                Resten av året ({formatNumber(value.restOfYearMonths)} mån)
              </Text>
              <Text fw={700} fz="lg" c="stad">
                {formatKronor(value.restOfYearCost)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Ett helt år
              </Text>
              <Text fw={700} fz="lg" c="stad">
                {formatKronor(value.fullYearCost)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Platser till
              </Text>
              <Text fw={700} fz="lg" c="stad">
                {formatNumber(value.addedSlots)}
              </Text>
            </div>
          </SimpleGrid>
          <Text size="sm" data-testid="marginal-mening">
            {value.sentence}
          </Text>
          <Text size="xs" c="dimmed">
            {value.explanation}
          </Text>
        </>
      )}
    </Stack>
  );
}
