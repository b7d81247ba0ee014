import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  eyebrow?: string;
  title: string;
  /** Shown beside the title, such as a badge. */
  badge?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ eyebrow, title, badge, description, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
      <Stack gap={4}>
        {eyebrow && (
          <Text size="xs" fw={700} tt="uppercase" c="stad" style={{ letterSpacing: '0.06em' }}>
            {eyebrow}
          </Text>
        )}
        <Group gap="sm" align="center">
          <Title order={1}>{title}</Title>
          {badge}
        </Group>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
