// Alerts above the figures: example values and a nearly full unit.
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFlask } from '@tabler/icons-react';
import type { UtilizationNotice } from '../../core/figures/utilizationNotice.ts';

/** Dark titles: yellow and orange text on a pale background is too faint to read. */
const TITLE_STYLES = { title: { color: 'var(--mantine-color-text)', fontWeight: 650 } } as const;

interface Props {
  exampleValues: boolean;
  /** Nearly full or over full, worded by core. */
  utilization: UtilizationNotice | null;
}

export function OverviewNotices({ exampleValues, utilization }: Props) {
  if (!exampleValues && !utilization) return null;
  return (
    <Stack gap="sm">
      {exampleValues && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconFlask size={20} />}
          title="Löner och övriga kostnader är exempelvärden"
          data-testid="example-values-alert"
          styles={TITLE_STYLES}
        >
          <Text size="sm">
            Uppgifterna kommer från demodata. Lönerna och de övriga kostnaderna är påhittade för att visa hur Lotsplan fungerar och ska inte användas i underlag
            till nämnden. Läs in enhetens egen utväxlingsfil för att se verkliga belopp.
          </Text>
        </Alert>
      )}
      {utilization && (
        <Alert
          color={utilization.level === 'over' ? 'red' : 'orange'}
          variant="light"
          icon={<IconAlertTriangle size={20} />}
          title={utilization.title}
          data-testid="high-utilization-alert"
          styles={TITLE_STYLES}
        >
          <Text size="sm">{utilization.text}</Text>
        </Alert>
      )}
    </Stack>
  );
}
