// "Versioner": every saved version of the memo, newest first; one of them compared with the
// current text section by section, and restored as a new version.
import { Alert, Badge, Button, Drawer, Group, NavLink, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { SECTION_HEADINGS, SECTION_KEYS, type MemoContent } from '../../core/memo/model.ts';
import { describeError } from '../api/errors.ts';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { sectionTexts } from './sectionText.ts';
import { savedTime } from './time.ts';
import { useMemoVersion, useMemoVersions } from './useMemos.ts';

interface Props {
  id: number;
  opened: boolean;
  current: MemoContent;
  currentVersion: number;
  onClose: () => void;
  onRestore: (version: number) => Promise<void>;
}

export function VersionsDrawer({ id, opened, current, currentVersion, onClose, onRestore }: Props) {
  const versions = useMemoVersions(id, opened);
  const [chosen, setChosen] = useState<number | null>(null);
  const version = useMemoVersion(id, chosen);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const currentTexts = useMemo(() => sectionTexts(current), [current]);
  const chosenTexts = useMemo(() => (version.data ? sectionTexts(version.data.content) : null), [version.data]);

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Title order={2} size="h3">
          Versioner
        </Title>
      }
      closeButtonProps={{ 'aria-label': 'Stäng versioner' }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Sparade versioner
          </Text>
          {versions.error ? (
            <Alert color="red">{describeError(versions.error).message}</Alert>
          ) : !versions.data ? (
            <LoadingBlock label="Hämtar versioner …" />
          ) : (
            <ScrollArea.Autosize mah="calc(100vh - 140px)">
              <nav aria-label="Versioner">
                {versions.data.versions.map((v) => (
                  <NavLink
                    key={v.version}
                    component="button"
                    aria-current={chosen === v.version ? 'true' : undefined}
                    active={chosen === v.version}
                    onClick={() => setChosen(v.version)}
                    label={
                      <Group gap={6}>
                        <Text size="sm" fw={600}>
                          Version {v.version}
                        </Text>
                        {v.version === currentVersion && (
                          <Badge size="xs" variant="light">
                            Nu
                          </Badge>
                        )}
                      </Group>
                    }
                    description={`${savedTime(v.savedAt)} · ${v.summary}`}
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                  />
                ))}
              </nav>
            </ScrollArea.Autosize>
          )}
        </Stack>
        <Stack gap="sm" style={{ gridColumn: 'span 2' }}>
          {chosen === null ? (
            <Text size="sm" c="dimmed">
              Välj en version för att jämföra den med texten som den är nu.
            </Text>
          ) : !chosenTexts ? (
            <LoadingBlock label="Hämtar versionen …" />
          ) : (
            <>
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  Version {chosen} jämförd med nu
                </Text>
                <Button
                  size="xs"
                  leftSection={<IconRestore size={14} />}
                  loading={restoring}
                  disabled={chosen === currentVersion}
                  onClick={() => {
                    setRestoring(true);
                    setError(null);
                    onRestore(chosen)
                      .then(() => setChosen(null))
                      .catch(setError)
                      .finally(() => setRestoring(false));
                  }}
                >
                  Återställ version {chosen}
                </Button>
              </Group>
              {error !== null && <Alert color="red">{describeError(error).message}</Alert>}
              <Stack gap="xs" data-testid="version-compare">
                <MetadataDiff before={version.data!.content} now={current} />
                {SECTION_KEYS.map((key) => {
                  const before = chosenTexts[key];
                  const now = currentTexts[key];
                  const same = before === now;
                  return (
                    <Stack
                      key={key}
                      gap={4}
                      p="sm"
                      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}
                    >
                      <Group justify="space-between">
                        <Text size="sm" fw={600}>
                          {SECTION_HEADINGS[key]}
                        </Text>
                        <Badge size="xs" color={same ? 'gray' : 'yellow'} variant="light">
                          {same ? 'Oförändrat' : 'Ändrat'}
                        </Badge>
                      </Group>
                      {!same && (
                        <SimpleGrid cols={2} spacing="xs">
                          <div>
                            <Text size="xs" c="dimmed" fw={600}>
                              Version {chosen}
                            </Text>
                            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                              {before === null ? '(avsnittet är inte med)' : before.trim() === '' ? '(tomt)' : before}
                            </Text>
                          </div>
                          <div>
                            <Text size="xs" c="dimmed" fw={600}>
                              Nu
                            </Text>
                            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                              {now === null ? '(avsnittet är inte med)' : now.trim() === '' ? '(tomt)' : now}
                            </Text>
                          </div>
                        </SimpleGrid>
                      )}
                    </Stack>
                  );
                })}
              </Stack>
            </>
          )}
        </Stack>
      </SimpleGrid>
    </Drawer>
  );
}

const METADATA_FIELDS: [string, (c: MemoContent) => string][] = [
  ['Titel', (c) => c.metadata.title],
  ['Underrubrik', (c) => c.metadata.subtitle],
  ['Dnr', (c) => c.metadata.dnr],
  ['Datum', (c) => c.metadata.date],
  ['Nämnd', (c) => c.metadata.namnd],
  ['Förvaltning', (c) => c.metadata.forvaltning],
  ['Avdelning', (c) => c.metadata.avdelning],
  ['Handläggare', (c) => `${c.metadata.handlaggare.name} ${c.metadata.handlaggare.phone}`],
  ['Undertecknare', (c) => JSON.stringify(c.metadata.signatories)],
  ['Bilagor', (c) => JSON.stringify(c.metadata.bilagor)],
  ['Attesterat av', (c) => JSON.stringify(c.metadata.attestations)],
  ['Inställningar', (c) => JSON.stringify(c.options)],
];

function MetadataDiff({ before, now }: { before: MemoContent; now: MemoContent }) {
  const changed = METADATA_FIELDS.filter(([, get]) => get(before) !== get(now)).map(([label]) => label);
  return (
    <Stack gap={4} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Uppgifter om ärendet och inställningar
        </Text>
        <Badge size="xs" color={changed.length === 0 ? 'gray' : 'yellow'} variant="light">
          {changed.length === 0 ? 'Oförändrat' : 'Ändrat'}
        </Badge>
      </Group>
      {changed.length > 0 && (
        <Text size="xs">
          Ändrat: {changed.join(', ').toLocaleLowerCase('sv')}. Titel i version: {before.metadata.title || '(ingen)'}; nu: {now.metadata.title || '(ingen)'}.
        </Text>
      )}
    </Stack>
  );
}
