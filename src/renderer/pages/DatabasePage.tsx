// "Om databasen": where the file is, its version, its backups and what the health check found.
import { Badge, Card, Code, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatNumber } from '../../core/format/index.ts';
import { useDatabaseStatus } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { BackupsCard } from '../database/BackupsCard.tsx';
import { ProblemReportCard } from '../database/ProblemReportCard.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function DatabasePage() {
  const status = useDatabaseStatus();
  return (
    <PageContainer>
      <PageHeader title="Om databasen" description="Lotsplan sparar alla uppgifter i en enda fil på den här datorn. Ingenting skickas någon annanstans." />
      {status.isError && <ErrorAlert error={status.error} title="Databasens status kunde inte läsas" />}
      {status.isPending && <LoadingBlock label="Kontrollerar databasen …" />}
      {status.data && (
        <>
          <Card padding="xl">
            <Stack gap="lg">
              <Fact label="Databasfil">
                <Code block fz="sm" data-testid="database-path">
                  {status.data.path}
                </Code>
              </Fact>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
                <Fact label="Databasversion">
                  <Text fz={24} fw={650} c="stad" className="tabular" data-testid="schema-version">
                    {formatNumber(status.data.schemaVersion)}
                  </Text>
                </Fact>
                <Fact label="Planer i databasen">
                  <Text fz={24} fw={650} c="stad" className="tabular" data-testid="unit-years">
                    {formatNumber(status.data.unitYears)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    enheter och år
                  </Text>
                </Fact>
                <Fact label="Kontroll">
                  <Group>
                    {status.data.healthy ? (
                      <Badge color="teal" variant="light" size="lg" tt="none" fw={600} leftSection={<IconCircleCheck size={16} />}>
                        Inga fel hittades
                      </Badge>
                    ) : (
                      <Badge color="red" variant="light" size="lg" tt="none" fw={600} leftSection={<IconAlertTriangle size={16} />}>
                        Fel hittades
                      </Badge>
                    )}
                  </Group>
                </Fact>
              </SimpleGrid>
            </Stack>
          </Card>
          <BackupsCard />
          <ProblemReportCard />
          <Card padding="xl">
            <Title order={2} size="h3" mb="sm">
              Vad kontrollen visade
            </Title>
            {status.data.messages.length === 0 ? (
              <Text size="sm" c="dimmed">
                Kontrollen lämnade inga meddelanden.
              </Text>
            ) : (
              <List spacing={6} size="sm" data-testid="health-messages">
                {status.data.messages.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered; two may read alike
                  <List.Item key={`${i}-${m}`}>{m}</List.Item>
                ))}
              </List>
            )}
          </Card>
        </>
      )}
    </PageContainer>
  );
}
