import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';

export function BrandMark() {
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon size={38} radius="md" variant="filled" aria-hidden="true">
        <IconRoute size={22} stroke={1.8} />
      </ThemeIcon>
      <Stack gap={0}>
        <Text fw={700} size="lg" lh={1.2} c="stad">
          Lotsplan
        </Text>
        <Text size="xs" c="dimmed" lh={1.3}>
          Sociala insatsgrupper
        </Text>
      </Stack>
    </Group>
  );
}
