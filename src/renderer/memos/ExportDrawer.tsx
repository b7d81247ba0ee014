// "Kontrollera och exportera": what the memo still lacks (never blocking a draft), the Word
// template it is filled into, and the export to Word or PDF through the save dialog or a download.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  FileButton,
  Group,
  List,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeDocx, IconFileTypePdf, IconHelp, IconInfoCircle, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MAX_TEMPLATE_BYTES } from '../../api/contracts/memos.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import { getBridge } from '../api/transport.ts';
import { failure as apiFailure } from '../../api/envelope.ts';
import { FILE_KINDS, saveBase64File } from '../saveFile.ts';
import { formatBytes, sizeLimitText } from '../../core/format/index.ts';
import type { MemoCheck } from '../../core/memo/checks.ts';
import { PLACEHOLDER_KIND_LABELS, type PlaceholderHelp } from './memoCore.ts';
import { useMemoTemplates, useMemoWrite, type MemoTemplate } from './useMemos.ts';
import { exportMemoToFile } from './exportMemoFile.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  memoId: number;
  district: string;
  templateId: number | null;
  checks: MemoCheck[];
  placeholders: PlaceholderHelp[];
  /** Saves what is typed before the export reads the memo. */
  flush: () => Promise<boolean>;
  onTemplateChanged: (templateId: number | null) => void;
}

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ExportDrawer({ opened, onClose, memoId, district, templateId, checks, placeholders, flush, onTemplateChanged }: Props) {
  const templates = useMemoTemplates(district);
  const write = useMemoWrite();
  const [exporting, setExporting] = useState<'docx' | 'pdf' | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  // What the last action did, said inside the drawer where the user is looking: a notification in
  // the window's corner would lie over the drawer's own export buttons for its ten seconds.
  const [exportNotice, setExportNotice] = useState<string | null>(null);
  const [templateNotice, setTemplateNotice] = useState<string | null>(null);
  // The notices are about what was just done: a drawer opened later starts without them.
  useEffect(() => {
    if (!opened) {
      setExportNotice(null);
      setTemplateNotice(null);
    }
  }, [opened]);
  const [showPlaceholders, setShowPlaceholders] = useState(false);
  const list = templates.data?.templates ?? [];
  const chosen: MemoTemplate | undefined = list.find((t) => t.id === templateId);

  const exportAs = async (format: 'docx' | 'pdf') => {
    setExporting(format);
    setError(null);
    setWarnings([]);
    setExportNotice(null);
    try {
      await flush();
      const { file, saved } = await exportMemoToFile({
        make: async () => unwrap(await api.exportMemo({ id: memoId, format })),
        save: (made) => {
          setWarnings(made.warnings);
          return saveBase64File(made, FILE_KINDS[format]);
        },
        record: () => write.mutateAsync(async () => unwrap(await api.recordMemoExport({ id: memoId, format }))),
      });
      if (saved) setExportNotice(`${file.fileName} är sparad.`);
    } catch (failure) {
      setError(failure);
    } finally {
      setExporting(null);
    }
  };

  const chooseTemplate = async (value: string | null) => {
    const next = value === null || value === 'none' ? null : Number(value);
    try {
      const result = (await write.mutateAsync(async () => unwrap(await api.setMemoTemplate({ memoId, templateId: next })))) as { templateId: number | null };
      onTemplateChanged(result.templateId);
    } catch (failure) {
      setError(failure);
    }
  };

  const bridge = getBridge();

  const saveTemplate = async (fileName: string, base64: string) => {
    const added = (await write.mutateAsync(async () => unwrap(await api.addMemoTemplate({ district, fileName, base64, makeDefault: false })))) as MemoTemplate;
    await chooseTemplate(String(added.id));
    setTemplateNotice(`Mallen är tillagd: ${added.name} används för det här tjänsteutlåtandet.`);
  };

  const addTemplate = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setTemplateNotice(null);
    if (file.size > MAX_TEMPLATE_BYTES) {
      setError(new Error(`Filen ”${file.name}” är för stor (${formatBytes(file.size)}). En mall får vara högst ${sizeLimitText(MAX_TEMPLATE_BYTES)}.`));
      return;
    }
    try {
      await saveTemplate(file.name, await fileToBase64(file));
    } catch (failure) {
      setError(failure);
    }
  };

  /** In the desktop app: the native open dialog, filtered to .docx and size-checked by the host. */
  const addTemplateWithDialog = async () => {
    if (!bridge) return;
    setError(null);
    setTemplateNotice(null);
    try {
      const chosen = unwrap(await bridge.host.chooseTemplateFile({}).catch(() => apiFailure('INTERNAL', 'Dialogrutan kunde inte öppnas.')));
      if (chosen === null) return;
      await saveTemplate(chosen.fileName, chosen.base64);
    } catch (failure) {
      setError(failure);
    }
  };

  const makeDefault = async (template: MemoTemplate) => {
    setTemplateNotice(null);
    try {
      await write.mutateAsync(async () => unwrap(await api.setMemoTemplate({ district, templateId: template.id })));
      setTemplateNotice(`${template.name} är nu standardmall för ${district}.`);
    } catch (failure) {
      setError(failure);
    }
  };

  const shownError = error instanceof Error && !('code' in error) ? error.message : error !== null ? describeError(error).message : null;

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h3">
          Kontrollera och exportera
        </Title>
      }
      closeButtonProps={{ 'aria-label': 'Stäng' }}
    >
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Kontroll före export
          </Title>
          {checks.length === 0 ? (
            <Group gap="xs" data-testid="memo-checks">
              <ThemeIcon color="teal" variant="light" radius="xl" size="sm">
                <IconCircleCheck size={14} />
              </ThemeIcon>
              <Text size="sm">Inget saknas. Tjänsteutlåtandet är klart att exportera.</Text>
            </Group>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                Det här bör åtgärdas innan tjänsteutlåtandet skickas till nämnden. Ett utkast går att exportera ändå.
              </Text>
              <List spacing={6} size="sm" data-testid="memo-checks" center>
                {checks.map((c, i) => (
                  <List.Item
                    // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered; two may read alike
                    key={i}
                    data-severity={c.severity}
                    icon={
                      c.severity === 'saknas' ? (
                        <ThemeIcon color="yellow" variant="light" radius="xl" size="sm" role="img" aria-label="Saknas">
                          <IconAlertTriangle size={14} />
                        </ThemeIcon>
                      ) : (
                        <ThemeIcon color="blue" variant="light" radius="xl" size="sm" role="img" aria-label="Notering">
                          <IconInfoCircle size={14} />
                        </ThemeIcon>
                      )
                    }
                  >
                    {c.text}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h4">
              Word-mall
            </Title>
            <Anchor component="button" type="button" size="sm" onClick={() => setShowPlaceholders(true)}>
              <Group gap={4}>
                <IconHelp size={16} />
                Platshållare
              </Group>
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            Utan mall används Lotsplans egen layout. En mall är en .docx med platshållare inom dubbla klammerparenteser, till exempel {'{{titel}}'} och{' '}
            {'{{ärendet}}'}.
          </Text>
          <Select
            label="Mall för det här tjänsteutlåtandet"
            data={[
              { value: 'none', label: 'Lotsplans layout (ingen mall)' },
              ...list.map((t) => ({ value: String(t.id), label: t.isDefault ? `${t.name} (standard för ${district})` : t.name })),
            ]}
            value={templateId === null ? 'none' : String(templateId)}
            onChange={(v) => void chooseTemplate(v)}
            allowDeselect={false}
          />
          <Group gap="xs">
            {bridge ? (
              <Button size="xs" variant="default" leftSection={<IconUpload size={14} />} onClick={() => void addTemplateWithDialog()}>
                Lägg till mall …
              </Button>
            ) : (
              <FileButton onChange={(f) => void addTemplate(f)} accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
                {(props) => (
                  <Button {...props} size="xs" variant="default" leftSection={<IconUpload size={14} />}>
                    Lägg till mall …
                  </Button>
                )}
              </FileButton>
            )}
            {chosen && !chosen.isDefault && (
              <Button size="xs" variant="subtle" onClick={() => void makeDefault(chosen)}>
                Gör till standard för {district}
              </Button>
            )}
          </Group>
          {templateNotice !== null && (
            <Alert color="teal" role="status" data-testid="template-notice">
              {templateNotice}
            </Alert>
          )}
          {chosen && chosen.unknownPlaceholders.length > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Okända platshållare i mallen" data-testid="unknown-placeholders">
              <Text size="sm">Lotsplan känner inte till de här platshållarna, så de fylls inte i:</Text>
              <Group gap={6} mt={6}>
                {chosen.unknownPlaceholders.map((p) => (
                  <Badge key={p} variant="outline" color="yellow" style={{ textTransform: 'none' }}>
                    {`{{${p}}}`}
                  </Badge>
                ))}
              </Group>
            </Alert>
          )}
        </Stack>
        <Divider />
        <Stack gap="xs">
          <Title order={3} size="h4">
            Exportera
          </Title>
          <Text size="sm" c="dimmed">
            PDF:en skrivs ut från förhandsgranskningen. Word-filen har rubrikformat, numrerad lista och diagram som går att ändra i Word.
          </Text>
          <Group grow>
            <Button
              leftSection={<IconFileTypeDocx size={18} />}
              loading={exporting === 'docx'}
              disabled={exporting !== null}
              onClick={() => void exportAs('docx')}
            >
              Exportera Word
            </Button>
            <Button
              leftSection={<IconFileTypePdf size={18} />}
              variant="light"
              loading={exporting === 'pdf'}
              disabled={exporting !== null}
              onClick={() => void exportAs('pdf')}
            >
              Exportera PDF
            </Button>
          </Group>
          {exportNotice !== null && (
            <Alert color="teal" title="Exporterat" role="status" data-testid="export-notice">
              {exportNotice}
            </Alert>
          )}
          {warnings.length > 0 && (
            <Alert color="yellow" title="Exporten har anmärkningar" data-testid="export-warnings">
              <List size="sm" spacing={2}>
                {warnings.map((w, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered; two may read alike
                  <List.Item key={i}>{w}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {shownError !== null && (
            <Alert color="red" title="Det gick inte" role="alert">
              {shownError}
            </Alert>
          )}
        </Stack>
      </Stack>
      <Modal opened={showPlaceholders} onClose={() => setShowPlaceholders(false)} title="Platshållare i Word-mallar" size="lg">
        <Text size="sm" mb="sm">
          Skriv platshållaren i mallen inom dubbla klammerparenteser. Å, ä och ö får också skrivas a, a och o.
        </Text>
        <ScrollArea.Autosize mah="70vh">
          <Stack gap="md">
            {(Object.keys(PLACEHOLDER_KIND_LABELS) as (keyof typeof PLACEHOLDER_KIND_LABELS)[]).map((kind) => {
              const rows = placeholders.filter((p) => p.kind === kind);
              if (rows.length === 0) return null;
              return (
                <Stack key={kind} gap={4}>
                  <Title order={3} size="h5">
                    {PLACEHOLDER_KIND_LABELS[kind]}
                  </Title>
                  <Table striped verticalSpacing={4} aria-label={`Platshållare: ${PLACEHOLDER_KIND_LABELS[kind]}`}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w="38%">Platshållare</Table.Th>
                        <Table.Th>Fylls i med</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((p) => (
                        <Table.Tr key={p.placeholder}>
                          <Table.Td>
                            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                              {p.placeholder}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{p.description}</Text>
                            {p.current !== null && (
                              <Text size="xs" c="dimmed">
                                I det här tjänsteutlåtandet: {p.current}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Stack>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      </Modal>
    </Drawer>
  );
}
