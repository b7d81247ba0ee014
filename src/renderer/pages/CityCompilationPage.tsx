// "Hela staden": every unit's plan for one year in one table with totals, as socialförvaltningen
// compiles SIG for its board. Small counts by gender are hidden unless the user turns that off.
import { Alert, Button, Group, NativeSelect, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconInfoCircle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import { COMPILATION_HEADINGS, DEFAULT_MASK_BELOW, unitsText } from '../../core/compilation/cityCompilation.ts';
import { countInText, formatKronor, formatLotsar, formatNumber, formatPercent } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import { EmptyDatabasePanel } from '../exchange/EmptyDatabasePanel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SectionCard } from '../components/SectionCard.tsx';
import { saveXlsxFile } from '../saveFile.ts';

type Compilation = NonNullable<CallOutput<'getCityCompilation'>['compilation']>;
type Row = Compilation['rows'][number];
type Totals = Compilation['totals'];

const NUMERIC = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** Headings wrap between words, so that every column fits a 1280 px window; the figures never wrap. */
const NUMERIC_HEADING = { textAlign: 'right', verticalAlign: 'bottom', hyphens: 'manual' } as const;
const count = (n: number | null) => (n === null ? '–' : formatNumber(n));

interface Column {
  heading: string;
  value: (r: Row | Totals) => string;
}

/**
 * The columns, leaving out counts that are zero for every unit (the 2016 report has no staff and
 * no gender split, so "Män 0" would read as if there were no men).
 */
function columnsFor(c: Compilation): Column[] {
  const nonZero = (f: (r: Row | Totals) => number | null) => [...c.rows, c.totals].some((r) => f(r) !== 0);
  const all: (Column & { keep: boolean })[] = [
    { heading: COMPILATION_HEADINGS.lotsarFte, value: (r) => formatLotsar(r.lotsarFte), keep: nonZero((r) => r.lotsarFte) },
    { heading: COMPILATION_HEADINGS.capacity, value: (r) => formatNumber(r.capacity), keep: nonZero((r) => r.capacity) },
    { heading: COMPILATION_HEADINGS.enrolled, value: (r) => formatNumber(r.enrolled), keep: true },
    { heading: COMPILATION_HEADINGS.men, value: (r) => count(r.gender.men), keep: nonZero((r) => r.gender.men) },
    { heading: COMPILATION_HEADINGS.women, value: (r) => count(r.gender.women), keep: nonZero((r) => r.gender.women) },
    { heading: COMPILATION_HEADINGS.otherGender, value: (r) => count(r.gender.otherGender), keep: nonZero((r) => r.gender.otherGender) },
    { heading: COMPILATION_HEADINGS.genderUnknown, value: (r) => count(r.gender.genderUnknown), keep: nonZero((r) => r.gender.genderUnknown) },
    { heading: COMPILATION_HEADINGS.touched, value: (r) => formatNumber(r.touched), keep: true },
    { heading: COMPILATION_HEADINGS.queue, value: (r) => formatNumber(r.queue), keep: nonZero((r) => r.queue) },
    ...c.periods.map((p) => ({ heading: `Period ${p}`, value: (r: Row | Totals) => formatKronor(r.fundingByPeriod[p] ?? 0), keep: true })),
    { heading: COMPILATION_HEADINGS.funding, value: (r) => formatKronor(r.funding), keep: true },
    {
      heading: COMPILATION_HEADINGS.costPerParticipant,
      value: (r) => (r.costPerParticipant === null ? '–' : formatKronor(r.costPerParticipant)),
      keep: [...c.rows, c.totals].some((r) => r.costPerParticipant !== null),
    },
  ];
  return all.filter((col) => col.keep);
}

function CompilationTable({ c }: { c: Compilation }) {
  const columns = columnsFor(c);
  return (
    <Table.ScrollContainer minWidth={900} role="region" aria-label="Sammanställning för hela staden, tabell">
      <Table striped highlightOnHover verticalSpacing={6} data-testid="compilation-table" aria-label="Sammanställning för hela staden">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ minWidth: 190, verticalAlign: 'bottom' }}>Stadsdel och enhet</Table.Th>
            {columns.map((col) => (
              <Table.Th key={col.heading} style={NUMERIC_HEADING}>
                {col.heading}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.rows.map((r) => (
            <Table.Tr key={`${r.district}|${r.unit}`} data-testid="compilation-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={500}>
                  {r.district}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.unit}
                  {r.utilization !== null ? ` · beläggning ${formatPercent(r.utilization, { decimals: 0 })}` : ''}
                </Text>
              </Table.Td>
              {columns.map((col) => (
                <Table.Td key={col.heading} style={NUMERIC}>
                  {col.value(r)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="compilation-total" style={{ fontWeight: 650, borderTop: '2px solid var(--mantine-color-default-border)' }}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              Hela staden
              <Text size="xs" c="dimmed" fw={400}>
                {unitsText(c.totals.units)}
              </Text>
            </Table.Td>
            {columns.map((col) => (
              <Table.Td key={col.heading} style={NUMERIC}>
                {col.value(c.totals)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

export function CityCompilationPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [mask, setMask] = useState(true);
  const maskBelow = mask ? DEFAULT_MASK_BELOW : null;
  const query = useQuery({
    queryKey: ['cityCompilation', year ?? 'latest', maskBelow],
    queryFn: async () => unwrap(await api.getCityCompilation({ ...(year !== undefined ? { year } : {}), maskBelow })),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  if (data && data.years.length === 0) return <EmptyDatabasePanel />;
  const c = data?.compilation ?? null;
  const exportXlsx = async () => {
    if (!c) return;
    try {
      await saveXlsxFile(unwrap(await api.exportCityCompilation({ year: c.year, maskBelow })));
    } catch (error) {
      notifications.show({ color: 'red', title: 'Sammanställningen exporterades inte', message: describeError(error).message });
    }
  };
  return (
    <PageContainer>
      <Stack gap="lg">
        <PageHeader
          eyebrow="Hela staden"
          title={c ? `Sammanställning ${c.year}` : 'Sammanställning'}
          description="Alla enheters planer för året i en tabell, med summor för staden."
          actions={
            <Group gap="sm" align="flex-end">
              <NativeSelect
                label="Sammanställningens år"
                value={c ? String(c.year) : ''}
                data={(data?.years ?? []).map(String)}
                onChange={(e) => setYear(Number(e.currentTarget.value))}
                w={180}
              />
              <Button variant="default" leftSection={<IconFileSpreadsheet size={16} stroke={1.7} />} onClick={() => void exportXlsx()} disabled={!c}>
                Exportera till Excel…
              </Button>
            </Group>
          }
        />
        {query.error ? (
          <ErrorAlert error={query.error} title="Sammanställningen kunde inte visas" />
        ) : !c ? (
          <LoadingBlock label="Sammanställer …" />
        ) : (
          <>
            <Text size="md" maw={900} data-testid="compilation-summary">
              {c.summary}
            </Text>
            <SectionCard title="Enheter" description="Berörda är de som nåtts av arbetet utan att vara inskrivna. Finansieringen visas per ansökningsperiod.">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Tooltip
                    label={`Antal under ${countInText(DEFAULT_MASK_BELOW)} per kön, och det antal som annars skulle gå att räkna ut, visas som –.`}
                    multiline
                    w={300}
                  >
                    <Switch
                      checked={mask}
                      onChange={(e) => setMask(e.currentTarget.checked)}
                      label={`Dölj antal under ${formatNumber(DEFAULT_MASK_BELOW)} per kön`}
                    />
                  </Tooltip>
                </Group>
                <CompilationTable c={c} />
                {c.masked && (
                  <Alert color="gray" variant="light" icon={<IconInfoCircle size={16} />} p="xs">
                    <Text size="sm">
                      – betyder att antalet är dolt: antal under {countInText(DEFAULT_MASK_BELOW)} per kön redovisas inte, och inte heller ett antal som skulle
                      avslöja dem.
                    </Text>
                  </Alert>
                )}
              </Stack>
            </SectionCard>
          </>
        )}
      </Stack>
    </PageContainer>
  );
}
