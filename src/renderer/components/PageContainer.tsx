import { Container, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageContainer({ children }: { children: ReactNode }) {
  return (
    <Container size={1180} px="xl" py="xl">
      <Stack gap="xl">{children}</Stack>
    </Container>
  );
}
