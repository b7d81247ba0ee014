// Shown instead of the whole app when the database file was refused. Calm, specific, and clear
// that nothing was changed.
import { Button, Center, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDatabaseOff, IconRefresh } from '@tabler/icons-react';
import { describeError } from '../api/errors.ts';
import { BrandMark } from './BrandMark.tsx';

interface Props {
  error: unknown;
  onRetry(): void;
  retrying: boolean;
}

export function DatabaseErrorScreen({ error, onRetry, retrying }: Props) {
  const { message, details } = describeError(error);
  return (
    <Center mih="100vh" p="xl" bg="gray.0">
      <Stack gap="lg" w="100%" maw={640}>
        <BrandMark />
        <Paper withBorder p="xl" shadow="xs" role="alert" aria-labelledby="database-error-title">
          <Stack gap="md">
            <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden="true">
              <IconDatabaseOff size={26} stroke={1.6} />
            </ThemeIcon>
            <Title order={1} size="h2" id="database-error-title">
              Databasen kunde inte öppnas
            </Title>
            <Text size="md" data-testid="database-error-message">
              {message}
            </Text>
            {details.length > 0 && (
              <List size="sm" spacing={4}>
                {details.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
            <Text size="md" fw={600}>
              Filen har inte ändrats. Lotsplan har varken skrivit i den eller flyttat den.
            </Text>
            <Text size="sm" c="dimmed">
              Kontrollera att sökvägen stämmer och att filen är en databas från Lotsplan. Om ett annat program
              använder filen kan du stänga det och försöka igen. Du kan också starta Lotsplan med en annan
              databasfil.
            </Text>
            <Button
              leftSection={<IconRefresh size={18} />}
              onClick={onRetry}
              loading={retrying}
              variant="light"
              w="fit-content"
            >
              Försök igen
            </Button>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
