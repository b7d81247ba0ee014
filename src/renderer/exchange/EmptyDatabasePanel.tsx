// The first thing a new user sees: what Lotsplan does, and two ways to get started.
import { Button, Center, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDatabaseImport, IconSparkles } from '@tabler/icons-react';
import { useLoadDemo } from '../api/hooks.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { ImportFileButton } from './ImportFileButton.tsx';
import { ImportOutcomeAlert } from './ImportOutcomeAlert.tsx';
import { useImportFlow } from './useImportFlow.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FirstRunForm } from '../components/FirstRunForm.tsx';

export function EmptyDatabasePanel() {
  const { select } = useSelectionContext();
  const loadDemo = useLoadDemo({ onWritten: (r) => select({ district: r.district, unit: r.unit, year: r.year }) });
  const importFlow = useImportFlow({ notify: true });

  const onLoadDemo = () => loadDemo.mutate({ force: false });

  return (
    <Center mih="calc(100vh - 68px)" p="xl">
      <Paper withBorder shadow="xs" p={40} maw={680} w="100%">
        <Stack gap="lg" align="center" ta="center">
          <ThemeIcon size={64} radius="xl" variant="light" aria-hidden="true">
            <IconDatabaseImport size={34} stroke={1.5} />
          </ThemeIcon>
          <Title order={1} size="h2">
            Välkommen till Lotsplan
          </Title>
          <Text c="dimmed" maw={480}>
            Lotsplan räknar fram nyckeltal för bemanning, platser, kostnader och finansiering i en social insatsgrupp, så att siffrorna till nämnden blir exakta
            och går att jämföra. Databasen är ännu tom – börja med en egen plan, med demodata från Rinkeby-Kista eller med en utväxlingsfil från din enhet.
          </Text>
          <FirstRunForm />
          <Divider label="eller" labelPosition="center" w="100%" />
          <Group justify="center" gap="md">
            <Button size="md" leftSection={<IconSparkles size={18} stroke={1.7} />} onClick={onLoadDemo} loading={loadDemo.isPending}>
              Läs in demodata
            </Button>
            <ImportFileButton flow={importFlow} variant="default" />
          </Group>
          {(loadDemo.isError || importFlow.outcome) && (
            <Stack gap="sm" w="100%" ta="left">
              {loadDemo.isError && <ErrorAlert error={loadDemo.error} title="Demodata lästes inte in" onClose={() => loadDemo.reset()} />}
              {importFlow.outcome && <ImportOutcomeAlert outcome={importFlow.outcome} onClose={importFlow.clear} />}
            </Stack>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
