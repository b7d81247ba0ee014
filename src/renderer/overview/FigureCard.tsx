// One key figure. Hovering or focusing the card shows how it was computed.
import { Card, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { LazyTooltip } from '../components/LazyTooltip.tsx';
import type { FigureCardSpec, FigureTone } from '../../core/figures/figureCards.ts';

const VALUE_COLOR: Record<FigureTone, string> = {
  neutral: 'stad',
  positive: 'teal',
  negative: 'red',
  warning: 'orange',
};

export function FigureCard({ spec, explanation }: { spec: FigureCardSpec; explanation: string | undefined }) {
  const card = (
    <Card
      padding="md"
      h="100%"
      tabIndex={explanation ? 0 : undefined}
      data-testid={`figure-${spec.key}`}
      aria-label={`${spec.label}: ${spec.value}`}
      style={{ cursor: explanation ? 'help' : undefined }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} c="dimmed">
          {spec.label}
        </Text>
        {explanation && <IconInfoCircle size={16} stroke={1.6} color="var(--mantine-color-gray-5)" aria-hidden="true" />}
      </Group>
      <Text fz={28} fw={650} lh={1.15} mt={6} c={VALUE_COLOR[spec.tone]} className="tabular" data-testid="figure-value">
        {spec.value}
      </Text>
      <Text size="sm" c="dimmed" mt={4} className="tabular" data-testid="figure-detail">
        {spec.detail}
      </Text>
    </Card>
  );
  if (!explanation) return card;
  return (
    <LazyTooltip label={explanation} position="bottom" events={{ hover: true, focus: true, touch: true }} fz="sm" lh={1.5}>
      {card}
    </LazyTooltip>
  );
}
