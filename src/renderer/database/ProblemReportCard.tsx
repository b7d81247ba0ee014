// "Rapportera ett problem": the local log file (start-up, database and error events without
// personal data) to look at, save a copy of and, in the desktop app, show in its folder.
import { Alert, Button, Card, Code, Group, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText, IconFolderOpen, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import { getBridge } from '../api/transport.ts';
import { downloadTextFile } from '../downloads.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

const LOG_FILE_NAME = 'lotsplan.log';

/** The card on Om databasen; `embedded` leaves out the card and its heading (the Hjälp page gives its own). */
export function ProblemReportCard({ embedded = false }: { embedded?: boolean } = {}) {
  const [open, setOpen] = useState(false);
  const bridge = getBridge();
  const read = useMutation({ mutationFn: async () => unwrap(await api.readLogFile({})) });
  const save = useMutation({
    mutationFn: async () => {
      const log = unwrap(await api.readLogFile({}));
      if (!log) return false;
      if (bridge) {
        const saved = unwrap(await bridge.host.saveFile({ suggestedName: LOG_FILE_NAME, text: log.text, filterName: 'Loggfil', extensions: ['log', 'txt'] }));
        return saved !== null;
      }
      downloadTextFile(LOG_FILE_NAME, log.text, 'text/plain');
      return true;
    },
    onSuccess: (saved) => {
      if (saved) notifications.show({ color: 'teal', title: 'Loggen är sparad', message: 'Bifoga filen när du rapporterar problemet.' });
    },
  });
  const show = useMutation({ mutationFn: async () => unwrap(await bridge!.host.showLogFile({})) });

  const onShow = () => {
    setOpen(true);
    read.mutate();
  };
  const log = read.data;

  const content = (
    <>
      <Stack gap="md">
        {!embedded && (
          <Title order={2} size="h3">
            Rapportera ett problem
          </Title>
        )}
        <Text size="sm" c="dimmed" maw={720}>
          Lotsplan för en logg på den här datorn: när programmet startar, när databasen öppnas eller vägras och vilka fel som uppstår. Loggen innehåller inga
          siffror ur planerna och inga personuppgifter – ditt användarnamn tas bort och sökvägar utanför Lotsplans mapp förkortas till filnamnet. Den sparas
          bredvid databasen och är som mest tre filer om 1 MB; de äldsta raderna tas bort först. Bifoga loggen när du beskriver problemet för den som ger dig
          stöd.
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button variant="default" leftSection={<IconFileText size={18} stroke={1.7} />} onClick={onShow} data-testid="show-log">
            Visa loggen
          </Button>
          <Button variant="default" leftSection={<IconDeviceFloppy size={18} stroke={1.7} />} onClick={() => save.mutate()} loading={save.isPending}>
            Spara en kopia av loggen…
          </Button>
          {bridge && (
            <Button variant="default" leftSection={<IconFolderOpen size={18} stroke={1.7} />} onClick={() => show.mutate()} loading={show.isPending}>
              Visa loggfilen i mappen
            </Button>
          )}
        </Group>
        {save.isError && <ErrorAlert error={save.error} title="Loggen kunde inte sparas" />}
        {show.isError && <ErrorAlert error={show.error} title="Loggfilen kunde inte visas" />}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title="Loggen" size="xl" closeButtonProps={{ 'aria-label': 'Stäng' }}>
        <Stack gap="sm">
          {read.isError && <ErrorAlert error={read.error} title="Loggen kunde inte läsas" />}
          {read.isPending && <Text size="sm">Läser loggen …</Text>}
          {read.isSuccess && log === null && (
            <Alert color="gray" variant="light">
              Här förs ingen logg.
            </Alert>
          )}
          {log && (
            <>
              <Text size="sm">
                Loggfil: <Code>{log.path}</Code>
              </Text>
              {log.truncated && <Text size="sm">Bara de senaste raderna visas; hela loggen finns i filen.</Text>}
              {log.text === '' ? (
                <Text size="sm">Loggen är tom.</Text>
              ) : (
                <ScrollArea.Autosize mah="60vh" type="auto" tabIndex={0} role="region" aria-label="Loggens rader" data-focus-ring>
                  <Code block fz="xs" data-testid="log-text" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {log.text}
                  </Code>
                </ScrollArea.Autosize>
              )}
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
  return embedded ? (
    <div data-testid="problem-report-card">{content}</div>
  ) : (
    <Card padding="xl" data-testid="problem-report-card">
      {content}
    </Card>
  );
}

/** The Hjälp page's section (src/renderer/help/helpSections.tsx lists it). */
export const PROBLEM_REPORT_HELP_SECTION = {
  id: 'rapportera-ett-problem',
  title: 'Rapportera ett problem',
  render: () => <ProblemReportCard embedded />,
};
