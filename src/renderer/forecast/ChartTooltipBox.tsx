// The tooltip of the forecast charts: the month and each series' value, written in Swedish.
import { Group, Paper, Stack, Text } from '@mantine/core';

/** Keeps the legend in the order of the series (recharts sorts it by name otherwise). */
export function seriesOrder(series: readonly { name: string }[], name: string | undefined): number {
  return series.findIndex((s) => s.name === name);
}

export interface TooltipLine {
  label: string;
  value: string;
  color: string;
}

export function ChartTooltipBox({ title, lines }: { title: string; lines: TooltipLine[] }) {
  return (
    <Paper shadow="md" p="sm" withBorder radius="md" miw={200}>
      <Text size="sm" fw={600} mb={6}>
        {title}
      </Text>
      <Stack gap={4}>
        {lines.map((line) => (
          <Group key={line.label} justify="space-between" gap="lg" wrap="nowrap">
            <Group gap={8} wrap="nowrap">
              <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 5, background: `var(--mantine-color-${line.color.replace('.', '-')})` }} />
              <Text size="sm" c="dimmed">
                {line.label}
              </Text>
            </Group>
            <Text size="sm" fw={600} className="tabular">
              {line.value}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
