import { Container, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** The page's content uses the window's width (wide tables need it at 1280 and 1920 px). */
export function PageContainer({ children }: { children: ReactNode }) {
  return (
    <Container fluid maw={1760} px={{ base: 'sm', xs: 'md', md: 'xl' }} py={{ base: 'md', md: 'xl' }}>
      <Stack gap="xl">{children}</Stack>
    </Container>
  );
}
