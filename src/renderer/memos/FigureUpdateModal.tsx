// "Uppdatera siffror": what recomputing the memo's figures would change (figure, before, now),
// shown before anything is applied.
import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { figureChangesIntro } from '../../core/memo/figureChanges.ts';
import { describeError } from '../api/errors.ts';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import type { FigureChange } from './useMemos.ts';

interface Props {
  state: { changes: FigureChange[]; notices: string[] } | 'loading' | { error: unknown };
  /** The memo is flagged out of date: with nothing to change, the flag can still be cleared. */
  outdated: boolean;
  applying: boolean;
  onApply: () => void;
  onClose: () => void;
}

export function FigureUpdateModal({ state, outdated, applying, onApply, onClose }: Props) {
  return (
    <Modal opened onClose={onClose} title="Uppdatera siffror" size="lg" centered>
      {state === 'loading' ? (
        <LoadingBlock label="Räknar om siffrorna från planen och statistiken …" />
      ) : 'error' in state ? (
        <Alert color="red" title="Siffrorna kunde inte räknas om">
          {describeError(state.error).message}
        </Alert>
      ) : state.changes.length === 0 ? (
        <Stack>
          <Notices notices={state.notices} />
          <Text size="sm">Siffrorna är redan aktuella: planen och statistiken ger samma värden som när de räknades.</Text>
          {outdated ? (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Avbryt
              </Button>
              <Button onClick={onApply} loading={applying}>
                Markera som aktuella
              </Button>
            </Group>
          ) : (
            <Group justify="flex-end">
              <Button onClick={onClose}>Stäng</Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack>
          <Notices notices={state.notices} />
          <Text size="sm">{figureChangesIntro(state.changes.length)}</Text>
          <ScrollArea.Autosize mah={420}>
            <Table striped verticalSpacing={6} aria-label="Uppgifter som ändras" data-testid="figure-changes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Uppgift</Table.Th>
                  <Table.Th ta="right">Tidigare</Table.Th>
                  <Table.Th w={24} aria-hidden="true" />
                  <Table.Th>Nu</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.changes.map((c) => (
                  <Table.Tr key={c.key}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {c.name}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c="dimmed" td="line-through">
                        {c.before}
                      </Text>
                    </Table.Td>
                    <Table.Td aria-hidden="true">
                      <IconArrowRight size={14} color="var(--mantine-color-dimmed)" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {c.after}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Avbryt
            </Button>
            <Button onClick={onApply} loading={applying}>
              Uppdatera siffrorna
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <Alert color="yellow" variant="light">
      <Stack gap={2}>
        {notices.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered; two may read alike
          <Text key={i} size="sm">
            {n}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
