// An API error as the user sees it: the Swedish message and every detail line.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { describeError } from '../api/errors.ts';

interface Props {
  error: unknown;
  title?: string | undefined;
  onClose?: (() => void) | undefined;
}

export function ErrorAlert({ error, title = 'Det gick inte', onClose }: Props) {
  const { message, details } = describeError(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle size={20} />}
      withCloseButton={onClose !== undefined}
      closeButtonLabel="Stäng meddelandet"
      {...(onClose === undefined ? {} : { onClose })}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {details.length > 0 && (
        <List size="sm" mt="xs" spacing={2} data-testid="error-details">
          {details.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered; two may read alike
            <List.Item key={`${i}-${line}`}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
