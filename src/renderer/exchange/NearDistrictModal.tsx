// Asks whether an exchange file's district, refused as near one in the database, is a new
// district: read it in as one (the CLI's --new-district) or cancel and correct the file. Every
// text comes from core (nearDistrictQuestion); whether the name is near a stored one is the API's.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { NearDistrictImport } from './useImportFlow.ts';

interface Props {
  nearDistrict: NearDistrictImport | null;
  busy: boolean;
  onImportAsNew(): void;
  onCancel(): void;
}

export function NearDistrictModal({ nearDistrict, busy, onImportAsNew, onCancel }: Props) {
  const q = nearDistrict?.question;
  return (
    <Modal
      opened={nearDistrict !== null}
      onClose={busy ? () => {} : onCancel}
      title={
        <Text fw={650} size="lg">
          {q?.title}
        </Text>
      }
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Stäng utan att importera' }}
    >
      {q && (
        <Stack gap="md" data-testid="near-district-question">
          {q.paragraphs.map((p) => (
            <Text key={p} size="sm">
              {p}
            </Text>
          ))}
          {nearDistrict.fileName && (
            <Text size="xs" c="dimmed">
              Från filen {nearDistrict.fileName}
            </Text>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
              {q.cancelLabel}
            </Button>
            <Button leftSection={<IconFileImport size={17} stroke={1.8} />} onClick={onImportAsNew} loading={busy}>
              {q.newDistrictLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
