// Shown instead of the whole app when the database file was refused: a recovery screen. It names
// the file, says that it has not been changed, and offers the ways forward: restore a backup (to a
// new file beside it), start a new, empty database beside it, open another file (desktop app
// only) or try again. The refused file itself is never modified, moved or deleted.
import { Button, Code, Divider, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconDatabaseOff, IconFilePlus, IconFolderOpen, IconHistory, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { describeError, unwrap } from '../api/errors.ts';
import { useStartNewDatabase } from '../api/hooks.ts';
import { getBridge } from '../api/transport.ts';
import { BackupRestoreList } from './BackupRestoreList.tsx';
import { useRestoreFlow } from './useRestoreFlow.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

interface Props {
  error: unknown;
  onRetry(): void;
  retrying: boolean;
}

const INITIAL_ROWS = 5;

function Option({
  icon,
  title,
  description,
  children,
  testId,
}: {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Group align="flex-start" gap="md" wrap="nowrap" data-testid={testId}>
      <ThemeIcon size={36} radius="md" variant="light" aria-hidden="true">
        {icon}
      </ThemeIcon>
      <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
        <Stack gap={2}>
          <Title order={3}>{title}</Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Group>
  );
}

/** Electron's "open another file": the native dialog in the main process, which also switches. */
function useOpenOtherDatabase() {
  const bridge = getBridge();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    if (!bridge) return;
    setBusy(true);
    setError(null);
    try {
      const chosen = unwrap(await bridge.host.openOtherDatabase({}));
      if (chosen) {
        notifications.show({ color: 'teal', title: 'Databasen är öppnad', message: chosen.path });
        await client.invalidateQueries();
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { available: bridge !== null, busy, error, open, clear: () => setError(null) };
}

export function DatabaseErrorScreen({ error, onRetry, retrying }: Props) {
  const { message: fullMessage, details } = describeError(error);
  // The sentence below says it more plainly, so the store's closing sentence is not repeated.
  const message = fullMessage.replace(/\s*Lotsplan har inte ändrat filen\.$/, '');
  const restore = useRestoreFlow();
  const startNew = useStartNewDatabase({
    onWritten: (result) => notifications.show({ color: 'teal', title: 'En ny, tom databas har skapats', message: result.message, autoClose: 10_000 }),
  });
  const openOther = useOpenOtherDatabase();
  const busy = restore.busy || startNew.isPending || openOther.busy;

  return (
    <Stack mih="100vh" p="xl" bg="var(--lp-page-bg)" align="center" justify="center">
      <Stack gap="lg" w="100%" maw={800} py="xl">
        <BrandMark />
        <Paper withBorder p="xl" shadow="xs" role="alert" aria-labelledby="database-error-title">
          <Group align="flex-start" gap="lg" wrap="nowrap">
            <ThemeIcon size={48} radius="xl" variant="light" color="orange" aria-hidden="true">
              <IconDatabaseOff size={26} stroke={1.6} />
            </ThemeIcon>
            <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
              <Title order={1} size="h2" id="database-error-title">
                Databasen kunde inte öppnas
              </Title>
              <Text size="md" data-testid="database-error-message" style={{ overflowWrap: 'anywhere' }}>
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
                Filen har inte ändrats. Lotsplan har varken skrivit i den, flyttat den eller tagit bort den, och gör det inte heller med något av valen nedan.
              </Text>
            </Stack>
          </Group>
        </Paper>

        <Paper withBorder p="xl" shadow="xs" aria-labelledby="recovery-title">
          <Stack gap="lg">
            <Title order={2} id="recovery-title">
              Vad vill du göra?
            </Title>
            {startNew.isError && <ErrorAlert error={startNew.error} title="Ingen ny databas skapades" onClose={() => startNew.reset()} />}
            {openOther.error !== null && <ErrorAlert error={openOther.error} title="Filen öppnades inte" onClose={openOther.clear} />}

            <Option
              testId="recovery-restore"
              icon={<IconHistory size={20} stroke={1.7} />}
              title="Återställ från en säkerhetskopia"
              description="Säkerhetskopian kopieras till en ny databasfil i samma mapp, och Lotsplan fortsätter med den."
            >
              <BackupRestoreList
                restore={restore}
                initialRows={INITIAL_ROWS}
                compact
                besideRefusedFile
                empty={(backupDir) => (
                  <>
                    Det finns inga säkerhetskopior av filen i mappen <Code fz="xs">{backupDir}</Code>.
                  </>
                )}
              />
            </Option>

            <Divider />

            <Option
              testId="recovery-new"
              icon={<IconFilePlus size={20} stroke={1.7} />}
              title="Starta en ny, tom databas bredvid"
              description="En ny databasfil skapas i samma mapp. Du kan sedan läsa in utväxlingsfiler eller demodata i den."
            >
              <Button
                variant="default"
                leftSection={<IconFilePlus size={18} stroke={1.7} />}
                onClick={() => startNew.mutate({})}
                loading={startNew.isPending}
                disabled={busy && !startNew.isPending}
                w="fit-content"
              >
                Starta en ny, tom databas
              </Button>
            </Option>

            {openOther.available && (
              <>
                <Divider />
                <Option
                  testId="recovery-open"
                  icon={<IconFolderOpen size={20} stroke={1.7} />}
                  title="Öppna en annan databasfil"
                  description="Välj en Lotsplan-databas på datorn, till exempel en kopia som du har sparat själv."
                >
                  <Button
                    variant="default"
                    leftSection={<IconFolderOpen size={18} stroke={1.7} />}
                    onClick={() => void openOther.open()}
                    loading={openOther.busy}
                    disabled={busy && !openOther.busy}
                    w="fit-content"
                  >
                    Öppna en annan fil…
                  </Button>
                </Option>
              </>
            )}

            <Divider />

            <Option
              testId="recovery-retry"
              icon={<IconRefresh size={20} stroke={1.7} />}
              title="Försök igen"
              description="Om ett annat program använde filen, eller om du har flyttat tillbaka rätt fil, kan du stänga det programmet och försöka igen."
            >
              <Button leftSection={<IconRefresh size={18} />} onClick={onRetry} loading={retrying} disabled={busy} variant="light" w="fit-content">
                Försök igen
              </Button>
            </Option>
          </Stack>
        </Paper>
      </Stack>
    </Stack>
  );
}
