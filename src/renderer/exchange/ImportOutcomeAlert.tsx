// The result of an import: a green confirmation or the Swedish error with every detail line.
import { Alert, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { successMessage, type ImportOutcome } from './useImportFlow.ts';

export function ImportOutcomeAlert({ outcome, onClose }: { outcome: ImportOutcome; onClose(): void }) {
  if (outcome.kind === 'error') {
    return <ErrorAlert error={outcome.error} title="Filen lästes inte in" onClose={onClose} />;
  }
  return (
    <Alert
      color="teal"
      variant="light"
      title="Filen är inläst"
      icon={<IconCircleCheck size={20} />}
      withCloseButton
      closeButtonLabel="Stäng meddelandet"
      onClose={onClose}
      role="status"
    >
      <Text size="sm" data-testid="import-success">
        {successMessage(outcome.result)}
      </Text>
      {outcome.fileName && (
        <Text size="xs" c="dimmed" mt={4}>
          Från filen {outcome.fileName}
        </Text>
      )}
    </Alert>
  );
}
