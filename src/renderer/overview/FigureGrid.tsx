import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { FigureGroup } from '../../core/figures/figureCards.ts';
import { FigureCard } from './FigureCard.tsx';

export function FigureGrid({ groups, explanations }: { groups: FigureGroup[]; explanations: Record<string, string> }) {
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <Stack gap="xs" key={group.title} component="section" aria-label={group.title}>
          <Title order={2} size="h4" c="var(--mantine-color-text)" fw={600}>
            {group.title}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            {group.cards.map((spec) => (
              <FigureCard key={spec.key} spec={spec} explanation={explanations[spec.key]} />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
