// "Importera och exportera": exchange files in and out of the database.
import { Button, Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileExport, IconFileImport, IconFileDescription } from '@tabler/icons-react';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { ImportFileButton } from '../exchange/ImportFileButton.tsx';
import { ImportOutcomeAlert } from '../exchange/ImportOutcomeAlert.tsx';
import { useImportFlow } from '../exchange/useImportFlow.ts';
import { useExportFlow } from '../exchange/useExportFlow.ts';
import { FormatDescription } from '../exchange/FormatDescription.tsx';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { MenuCommandState } from '../components/MenuCommandListener.tsx';

function PanelTitle({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <ThemeIcon size={40} radius="md" variant="light" aria-hidden="true">
        {icon}
      </ThemeIcon>
      <Title order={2} size="h3">
        {children}
      </Title>
    </Stack>
  );
}

export function ExchangePage() {
  const importFlow = useImportFlow();
  const exportFlow = useExportFlow();
  const { selection } = useSelectionContext();
  const selectionText = selection ? `${selection.district}, ${selection.unit} ${selection.year}` : null;
  const location = useLocation();
  const handled = useRef<number | null>(null);
  useEffect(() => {
    const state = location.state as MenuCommandState | null;
    if (!state?.menuCommand || handled.current === state.at) return;
    handled.current = state.at;
    if (state.menuCommand === 'import') void importFlow.chooseWithDialog();
    else if (selection) void exportFlow.exportSelection(selection);
  }, [location.state, importFlow, exportFlow, selection]);

  return (
    <PageContainer>
      <PageHeader
        title="Importera och exportera"
        description="Utväxlingsfiler flyttar en enhets plan mellan datorer och från stadsdelsförvaltningen till socialförvaltningen."
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card padding="xl">
          <Stack gap="md" h="100%">
            <PanelTitle icon={<IconFileImport size={22} stroke={1.6} />}>Importera utväxlingsfil</PanelTitle>
            <Text size="sm" c="dimmed">
              Välj en utväxlingsfil (.json). Finns enheten och året redan i databasen visas först vad som ändras, och planen ersätts helt först när du
              bekräftar; andra enheter och år påverkas inte.
            </Text>
            <div>
              <ImportFileButton flow={importFlow} label="Välj fil och importera…" />
            </div>
            {importFlow.outcome && <ImportOutcomeAlert outcome={importFlow.outcome} onClose={importFlow.clear} />}
          </Stack>
        </Card>
        <Card padding="xl">
          <Stack gap="md" h="100%">
            <PanelTitle icon={<IconFileExport size={22} stroke={1.6} />}>Exportera utväxlingsfil</PanelTitle>
            <Text size="sm" c="dimmed">
              {selectionText
                ? `Sparar planen för ${selectionText} som en utväxlingsfil. Välj en annan enhet eller ett annat år överst på sidan om du vill exportera något annat.`
                : 'Det finns ännu ingen plan att exportera. Importera en utväxlingsfil eller läs in demodata först.'}
            </Text>
            <div>
              <Button
                variant="default"
                size="md"
                leftSection={<IconFileExport size={18} stroke={1.7} />}
                disabled={!selection}
                loading={exportFlow.busy}
                onClick={() => selection && void exportFlow.exportSelection(selection)}
              >
                Exportera…
              </Button>
            </div>
          </Stack>
        </Card>
      </SimpleGrid>
      <Card padding="xl">
        <Stack gap="sm">
          <PanelTitle icon={<IconFileDescription size={22} stroke={1.6} />}>Om utväxlingsfilen</PanelTitle>
          <FormatDescription />
        </Stack>
      </Card>
    </PageContainer>
  );
}
