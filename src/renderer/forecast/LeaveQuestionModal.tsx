// The question before changed, unsaved assumptions are dropped (useLeaveQuestion.ts), worded by
// core and laid out as the month dialog of Månadsstatistik asks "Stäng utan att spara månaden?":
// the choice that keeps them first and focused (Stäng and Esc keep them too), the one that drops
// them red, and in between the page's own "Spara i scenario…" when the assumptions can be saved.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { UnsavedAssumptionsQuestion } from '../../core/forecast/pageTexts.ts';

interface Props {
  question: UnsavedAssumptionsQuestion;
  onStay(): void;
  onLeave(): void;
  /** Null when the assumptions cannot be saved as they stand (a field with a message). */
  onSave: (() => void) | null;
}

export function LeaveQuestionModal({ question, onStay, onLeave, onSave }: Props) {
  return (
    <Modal
      opened
      onClose={onStay}
      title={question.title}
      centered
      size="lg"
      // The question may take two lines (a scenario's name in it).
      styles={{ title: { lineHeight: 1.4 } }}
      data-testid="leave-question"
    >
      <Stack gap="md">
        <Text size="sm" c="var(--mantine-color-text)" lh={1.5}>
          {question.text}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onStay} data-autofocus>
            {question.stay}
          </Button>
          {onSave && (
            <Button variant="light" leftSection={<IconDeviceFloppy size={16} stroke={1.6} />} onClick={onSave}>
              Spara i scenario…
            </Button>
          )}
          <Button color="red" onClick={onLeave}>
            {question.leave}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
