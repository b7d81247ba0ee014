// One figure in a panel (forecast, statistics): a label, the value and an optional line beneath.
import { Stack, Text } from '@mantine/core';

interface Props {
  label: string;
  value: string;
  detail?: string;
  tone?: 'neutral' | 'warning' | 'positive';
  large?: boolean;
  testId?: string;
}

const COLOR = { neutral: 'stad', warning: 'orange', positive: 'teal' } as const;

export function Metric({ label, value, detail, tone = 'neutral', large = false, testId }: Props) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fz={large ? 28 : 22} fw={650} lh={1.15} c={COLOR[tone]} className="tabular" data-testid={testId && `${testId}-value`}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed" className="tabular" lh={1.45}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}
