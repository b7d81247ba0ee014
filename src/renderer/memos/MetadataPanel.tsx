// The memo's metadata (who sends it to whom, Dnr, date, signatures, attachments), its options
// (masking, tables and charts) and, for a reply, the skrivelse: a collapsible form above the text.
import { Accordion, ActionIcon, Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import {
  MEMO_CHARTS,
  MEMO_CHART_LABELS,
  MEMO_TABLES,
  MEMO_TABLE_LABELS,
  type MemoChartKind,
  type MemoMetadata,
  type MemoOptions,
  type MemoTableKind,
  type Skrivelse,
} from '../../core/memo/model.ts';
import { memoMetadataHints } from '../../core/memo/metadataHints.ts';
import { DATE_LOCALE } from './dates.ts';
import { useRowKeys } from './rowKeys.ts';

interface Props {
  /** The district whose defaults "Spara som standard" writes; also named in the empty fields' hints. */
  district: string;
  /** The memo's year, for the hints of Dnr and dates. */
  year: number;
  metadata: MemoMetadata;
  options: MemoOptions;
  skrivelse: Skrivelse | null;
  onMetadata: (patch: Partial<MemoMetadata>) => void;
  onOptions: (patch: Partial<MemoOptions>) => void;
  onSkrivelse: (patch: Partial<Skrivelse>) => void;
}

function ListField({
  label,
  addLabel,
  items,
  onChange,
  placeholder,
}: {
  label: string;
  addLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
  placeholder?: string;
}) {
  const rows = useRowKeys(items.length);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} component="div">
        {label}
      </Text>
      {items.length === 0 && (
        <Text size="xs" c="dimmed">
          Inga.
        </Text>
      )}
      {items.map((item, i) => (
        <Group key={rows.keys[i]} gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${label} ${i + 1}`}
            value={item}
            placeholder={placeholder}
            onChange={(e) => onChange(items.map((x, j) => (j === i ? e.currentTarget.value : x)))}
          />
          <Tooltip label="Ta bort" w="auto">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Ta bort ${label.toLocaleLowerCase('sv')} ${i + 1}`}
              onClick={() => {
                rows.remove(i);
                onChange(items.filter((_, j) => j !== i));
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group>
        <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => onChange([...items, ''])}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

export function MetadataPanel({ district, year, metadata, options, skrivelse, onMetadata, onOptions, onSkrivelse }: Props) {
  const m = metadata;
  const hints = memoMetadataHints(district, year);
  const signatoryRows = useRowKeys(m.signatories.length);
  const attestationRows = useRowKeys(m.attestations.length);
  const text = (key: 'namnd' | 'forvaltning' | 'avdelning' | 'title' | 'subtitle' | 'dnr') => ({
    value: m[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onMetadata({ [key]: e.currentTarget.value }),
  });
  return (
    <Accordion variant="separated" radius="md" multiple defaultValue={['metadata']} chevronPosition="right">
      <Accordion.Item value="metadata">
        <Accordion.Control>
          <Text fw={600}>Uppgifter om ärendet</Text>
          <Text size="xs" c="dimmed">
            Nämnd, förvaltning, Dnr, datum, handläggare och underskrifter
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <TextInput label="Titel" {...text('title')} data-testid="memo-title-input" />
            <TextInput label="Underrubrik" placeholder={hints.subtitle} {...text('subtitle')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label="Nämnd" placeholder={hints.namnd} {...text('namnd')} />
              <TextInput label="Förvaltning" placeholder={hints.forvaltning} {...text('forvaltning')} />
            </SimpleGrid>
            <TextInput label="Avdelning" placeholder={hints.avdelning} {...text('avdelning')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label="Dnr" placeholder={hints.dnr} {...text('dnr')} />
              <DateInput
                label="Datum"
                value={m.date === '' ? null : m.date}
                onChange={(v) => onMetadata({ date: v ?? '' })}
                valueFormat="D MMMM YYYY"
                locale={DATE_LOCALE}
                clearable
                placeholder="Välj datum"
                clearButtonProps={{ 'aria-label': 'Ta bort datumet' }}
              />
              <TextInput
                label="Handläggare"
                value={m.handlaggare.name}
                onChange={(e) => onMetadata({ handlaggare: { ...m.handlaggare, name: e.currentTarget.value } })}
              />
              <TextInput
                label="Telefon"
                value={m.handlaggare.phone}
                onChange={(e) => onMetadata({ handlaggare: { ...m.handlaggare, phone: e.currentTarget.value } })}
              />
            </SimpleGrid>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Undertecknas av
              </Text>
              {m.signatories.map((s, i) => (
                <Group key={signatoryRows.keys[i]} gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={`Namn, undertecknare ${i + 1}`}
                    value={s.name}
                    onChange={(e) => onMetadata({ signatories: m.signatories.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    label={`Titel, undertecknare ${i + 1}`}
                    placeholder={hints.signatoryTitle}
                    value={s.title}
                    onChange={(e) => onMetadata({ signatories: m.signatories.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)) })}
                  />
                  <Tooltip label="Ta bort" w="auto">
                    <ActionIcon
                      mb={4}
                      variant="subtle"
                      color="red"
                      aria-label={`Ta bort undertecknare ${i + 1}`}
                      onClick={() => {
                        signatoryRows.remove(i);
                        onMetadata({ signatories: m.signatories.filter((_, j) => j !== i) });
                      }}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
              {m.signatories.length < 2 && (
                <Group>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => onMetadata({ signatories: [...m.signatories, { name: '', title: '' }] })}
                  >
                    {m.signatories.length === 0 ? 'Lägg till undertecknare' : 'Lägg till en andra undertecknare'}
                  </Button>
                </Group>
              )}
            </Stack>
            <ListField
              label="Bilaga"
              addLabel="Lägg till bilaga"
              items={m.bilagor}
              onChange={(bilagor) => onMetadata({ bilagor })}
              placeholder="Bilagans namn"
            />
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Attesterat av
              </Text>
              {m.attestations.map((a, i) => (
                <SimpleGrid key={attestationRows.keys[i]} cols={{ base: 1, sm: 3 }} spacing="xs">
                  <TextInput
                    label={`Namn, attest ${i + 1}`}
                    value={a.name}
                    onChange={(e) => onMetadata({ attestations: m.attestations.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })}
                  />
                  <TextInput
                    label={`Titel, attest ${i + 1}`}
                    value={a.title}
                    onChange={(e) => onMetadata({ attestations: m.attestations.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)) })}
                  />
                  <Group gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput
                      style={{ flex: 1 }}
                      label={`Datum, attest ${i + 1}`}
                      placeholder={hints.attestationDate}
                      value={a.date}
                      onChange={(e) => onMetadata({ attestations: m.attestations.map((x, j) => (j === i ? { ...x, date: e.currentTarget.value } : x)) })}
                    />
                    <ActionIcon
                      mb={4}
                      variant="subtle"
                      color="red"
                      aria-label={`Ta bort attest ${i + 1}`}
                      onClick={() => {
                        attestationRows.remove(i);
                        onMetadata({ attestations: m.attestations.filter((_, j) => j !== i) });
                      }}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </SimpleGrid>
              ))}
              <Group>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => onMetadata({ attestations: [...m.attestations, { name: '', title: '', date: '' }] })}
                >
                  Lägg till attest
                </Button>
              </Group>
            </Stack>
            <SaveDefaultsButton district={district} metadata={m} />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>

      {skrivelse && (
        <Accordion.Item value="skrivelse">
          <Accordion.Control>
            <Text fw={600}>Skrivelsen</Text>
            <Text size="xs" c="dimmed">
              Datum, avsändare, text och frågor som besvaras
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <DateInput
                  label="Skrivelsens datum"
                  value={skrivelse.date === '' ? null : skrivelse.date}
                  onChange={(v) => onSkrivelse({ date: v ?? '' })}
                  valueFormat="D MMMM YYYY"
                  locale={DATE_LOCALE}
                  clearable
                  clearButtonProps={{ 'aria-label': 'Ta bort skrivelsens datum' }}
                />
                <TextInput label="Från" value={skrivelse.authors} onChange={(e) => onSkrivelse({ authors: e.currentTarget.value })} />
              </SimpleGrid>
              <Textarea
                label="Skrivelsens text"
                autosize
                minRows={2}
                maxRows={8}
                value={skrivelse.background}
                onChange={(e) => onSkrivelse({ background: e.currentTarget.value })}
              />
              <ListField label="Fråga" addLabel="Lägg till fråga" items={skrivelse.questions} onChange={(questions) => onSkrivelse({ questions })} />
              <Text size="xs" c="dimmed">
                Ändrade frågor ändrar inte texten under Ärendet; skriv om svaren där.
              </Text>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      )}

      <Accordion.Item value="options">
        <Accordion.Control>
          <Text fw={600}>Inställningar</Text>
          <Text size="xs" c="dimmed">
            Maskning av små antal, tabeller och diagram
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="md">
            <Group align="flex-end" gap="lg">
              <Switch
                label="Maska små antal"
                description="För tjänsteutlåtanden som blir allmänna handlingar."
                checked={options.mask}
                onChange={(e) => onOptions({ mask: e.currentTarget.checked })}
              />
              <NumberInput
                label="Gräns"
                description="Antal under gränsen skrivs ”färre än …”."
                w={200}
                min={2}
                max={20}
                clampBehavior="strict"
                allowDecimal={false}
                disabled={!options.mask}
                value={options.maskBelow}
                onChange={(v) => typeof v === 'number' && Number.isInteger(v) && onOptions({ maskBelow: v })}
              />
            </Group>
            <Checkbox.Group
              label="Tabeller under Ärendet"
              value={options.tables}
              onChange={(v) => onOptions({ tables: MEMO_TABLES.filter((t) => v.includes(t)) as MemoTableKind[] })}
            >
              <Stack gap={6} mt={6}>
                {MEMO_TABLES.map((t) => (
                  <Checkbox key={t} value={t} label={MEMO_TABLE_LABELS[t]} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Checkbox.Group
              label="Diagram under Ärendet"
              value={options.charts}
              onChange={(v) => onOptions({ charts: MEMO_CHARTS.filter((c) => v.includes(c)) as MemoChartKind[] })}
            >
              <Stack gap={6} mt={6}>
                {MEMO_CHARTS.map((c) => (
                  <Checkbox key={c} value={c} label={MEMO_CHART_LABELS[c]} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

/** Nämnd, förvaltning, avdelning, handläggare and signatories as the district's defaults for new memos. */
function SaveDefaultsButton({ district, metadata }: { district: string; metadata: MemoMetadata }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      unwrap(
        await api.saveMemoDefaults({
          district,
          defaults: {
            namnd: metadata.namnd,
            forvaltning: metadata.forvaltning,
            avdelning: metadata.avdelning,
            handlaggare: metadata.handlaggare,
            signatories: metadata.signatories,
          },
        }),
      );
      notifications.show({
        color: 'teal',
        title: 'Standarduppgifterna är sparade',
        message: `Nya tjänsteutlåtanden i ${district} får den här nämnden, förvaltningen, handläggaren och de här underskrifterna.`,
      });
    } catch (failure) {
      notifications.show({ color: 'red', title: 'Standarduppgifterna sparades inte', message: describeError(failure).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group justify="flex-end" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Text size="xs" c="dimmed" style={{ flex: 1 }}>
        Nämnd, förvaltning, avdelning, handläggare och underskrifter kan sparas som standard för nya tjänsteutlåtanden i {district}.
      </Text>
      <Button size="xs" variant="default" leftSection={<IconDeviceFloppy size={14} />} loading={busy} onClick={() => void save()}>
        Spara som standard
      </Button>
    </Group>
  );
}
