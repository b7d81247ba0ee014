// Questions about saved values that look mistyped (a salary ten times the others'), above the
// Tjänster table: the value is kept, and Ångra is at hand beside the question.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react';
import type { UnitYearSelection } from '../api/hooks.ts';
import { undoRedoStep } from './UndoRedoBar.tsx';
import type { StaffingView } from './useStaffing.ts';

interface Props {
  selection: UnitYearSelection;
  view: StaffingView;
  run: (call: () => Promise<StaffingView>) => Promise<StaffingView>;
}

export function StaffingNotices({ selection, view, run }: Props) {
  if (view.notices.length === 0) return null;
  const { history } = view;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="sm" data-testid="bemanning-fragor" role="status">
      <Stack gap={6}>
        {view.notices.map((notice) => (
          <Text key={`${notice.positionId}-${notice.field}`} size="sm">
            {notice.text}
          </Text>
        ))}
        {history.canUndo && (
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} onClick={() => void undoRedoStep(selection, run, 'undo')}>
              Ångra
            </Button>
            {history.undoLabel && <Text size="xs">{history.undoLabel}</Text>}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
