import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  description?: string | undefined;
  children: ReactNode;
}

export function SectionCard({ title, description, children }: Props) {
  return (
    <Card padding="lg" h="100%">
      <Stack gap={2} mb="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
      </Stack>
      {children}
    </Card>
  );
}
