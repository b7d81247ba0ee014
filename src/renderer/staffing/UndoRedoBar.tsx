// Undo and redo of the unit-year's edits: buttons that say what they will undo, and the keys
// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS). Inside a text field the keys are left to the
// field itself, so typing can be undone as usual.
import { Button, Group, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import type { StaffingView } from './useStaffing.ts';

interface Props {
  selection: UnitYearSelection;
  history: StaffingView['history'];
  run: (call: () => Promise<StaffingView>) => Promise<StaffingView>;
}

/** One step back or forward in the unit-year's history, with the server's message as a notification. */
export function undoRedoStep(selection: UnitYearSelection, run: Props['run'], direction: 'undo' | 'redo'): Promise<unknown> {
  return run(async () => {
    const result = unwrap(await (direction === 'undo' ? api.undo(selection) : api.redo(selection)));
    notifications.show({ message: result.message, color: result.done ? 'blue' : 'gray' });
    return result.staffing;
  }).catch(() => undefined);
}

export function UndoRedoBar({ selection, history, run }: Props) {
  const step = (direction: 'undo' | 'redo') => undoRedoStep(selection, run, direction);

  useHotkeys([
    ['mod+Z', () => void step('undo')],
    ['mod+shift+Z', () => void step('redo')],
    ['mod+Y', () => void step('redo')],
  ]);

  return (
    <Group gap="xs">
      <Tooltip label={history.undoLabel ? `Ångra: ${history.undoLabel} (Ctrl+Z)` : 'Inget att ångra'}>
        <Button variant="default" size="xs" leftSection={<IconArrowBackUp size={16} />} disabled={!history.canUndo} onClick={() => void step('undo')}>
          Ångra
        </Button>
      </Tooltip>
      <Tooltip label={history.redoLabel ? `Gör om: ${history.redoLabel} (Ctrl+Skift+Z)` : 'Inget att göra om'}>
        <Button variant="default" size="xs" leftSection={<IconArrowForwardUp size={16} />} disabled={!history.canRedo} onClick={() => void step('redo')}>
          Gör om
        </Button>
      </Tooltip>
    </Group>
  );
}
