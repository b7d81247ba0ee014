// "Kortkommandon": the keyboard shortcuts, opened with "?" anywhere outside a text field, from the
// header, from the Hjälp page or from the command palette.
import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { SHORTCUTS } from '../../core/help/shortcuts.ts';
import { isShortcutsKey } from './commandsLayer.ts';
import { listenForShortcutsDialog } from './paletteCommand.ts';

/**
 * `autoFocus`: the dialog opens with focus on the list (it has no field), not on its close button.
 * `label`: the name of the table's scroll region; the dialog can open over the Hjälp page, whose
 * own copy of the table then needs a name of its own.
 */
export function ShortcutsTable({ autoFocus = false, label = 'Kortkommandon, tabell' }: { autoFocus?: boolean; label?: string }) {
  return (
    <Table.ScrollContainer minWidth={360} role="region" aria-label={label} data-autofocus={autoFocus || undefined}>
      <Table verticalSpacing={6} captionSide="top" data-testid="shortcuts-table">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>Kortkommandon</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              Tangenter
            </Table.Th>
            <Table.Th scope="col">Vad som händer</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.keys.join('+')}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 400 }}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <Kbd>{k}</Kbd>
                  </span>
                ))}
              </Table.Th>
              <Table.Td>
                <Text size="sm">{s.text}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ShortcutsDialog() {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isShortcutsKey(event)) {
        event.preventDefault();
        setOpened(true);
      }
    };
    const stopListening = listenForShortcutsDialog(() => setOpened(true));
    window.addEventListener('keydown', onKey);
    return () => {
      stopListening();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Kortkommandon" size="lg" centered>
      <ShortcutsTable autoFocus />
    </Modal>
  );
}
