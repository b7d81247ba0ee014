import { Center, Loader, Text, Stack } from '@mantine/core';

export function LoadingBlock({ label }: { label: string }) {
  return (
    <Center py={80} aria-busy="true">
      <Stack align="center" gap="sm">
        <Loader size="md" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
