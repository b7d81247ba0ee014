// "Månadsstatistik": the chosen unit's counts month by month (never individuals), what they say
// about the forecast's assumptions, and where the counts do not add up.
import { Alert, Button, Grid, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { capitalizeFirst } from '../../core/format/index.ts';
import { monthSpanText, monthsCountText, statisticsMonthText } from '../../core/statistics/monthly.ts';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import { EmptyDatabasePanel } from '../exchange/EmptyDatabasePanel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SectionCard } from '../components/SectionCard.tsx';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { EstimateCard } from '../statistics/EstimateCard.tsx';
import { MonthModal } from '../statistics/MonthModal.tsx';
import { monthFormOf, newMonthForm, type MonthFormState } from '../statistics/monthForm.ts';
import { StatisticsTable } from '../statistics/StatisticsTable.tsx';
import { StayBandsChart } from '../statistics/StayBandsChart.tsx';
import { useMonthlyStatistics, useStatisticsWrite, type StatisticsMonth, type UnitSelection } from '../statistics/useStatistics.ts';
import { StatisticsFileButtons } from '../statistics/StatisticsFileButtons.tsx';
import { useStatisticsImport } from '../statistics/useStatisticsImport.ts';

/** A refused import: the message, then one line per problem (row and column named). */
function ImportRefusal({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { message, details } = describeError(error);
  return (
    <Alert color="red" title="Filen lästes inte in" withCloseButton onClose={onClose} closeButtonLabel="Stäng" data-testid="statistics-import-error">
      <Stack gap={4}>
        <Text size="sm">{message}</Text>
        {details.length > 0 && (
          <List size="sm" spacing={2}>
            {details.map((d, i) => (
              // Two messages may read alike (the same problem on two rows is named twice).
              // biome-ignore lint/suspicious/noArrayIndexKey: messages shown as given, replaced as a whole and never reordered
              <List.Item key={i}>{d}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}

export function StatisticsPage() {
  const { catalog, selection } = useSelectionContext();
  if (catalog && catalog.districts.length === 0) return <EmptyDatabasePanel />;
  if (!selection) return null;
  return (
    <StatisticsScreen key={`${selection.district}|${selection.unit}`} unit={{ district: selection.district, unit: selection.unit }} year={selection.year} />
  );
}

function StatisticsScreen({ unit, year }: { unit: UnitSelection; year: number }) {
  const [window, setWindow] = useState(12);
  const statistics = useMonthlyStatistics(unit, window);
  const write = useStatisticsWrite();
  const importFlow = useStatisticsImport(unit, window);
  const [form, setForm] = useState<{ editing: string | null; initial: MonthFormState } | null>(null);
  const [deleting, setDeleting] = useState<StatisticsMonth | null>(null);
  const title = `${unit.district}, ${unit.unit}`;

  const save = (month: StatisticsMonth) =>
    write.mutateAsync(async () => {
      const result = unwrap(await api.saveMonthlyStatistics({ ...unit, months: [month], estimateMonths: window }));
      notifications.show({ color: 'teal', title: 'Sparat', message: `${result.label}.` });
      return result;
    });

  const remove = async (month: StatisticsMonth) => {
    try {
      await write.mutateAsync(async () => unwrap(await api.deleteMonthlyStatistics({ ...unit, months: [month.month], estimateMonths: window })));
      setDeleting(null);
    } catch (failure) {
      const { message, details } = describeError(failure);
      notifications.show({ color: 'red', title: 'Månaden togs inte bort', message: [message, ...details].join(' ') });
    }
  };

  const view = statistics.data;
  const latest = view?.months.at(-1) ?? null;
  return (
    <PageContainer>
      <Stack gap="lg">
        <PageHeader
          eyebrow="Månadsstatistik"
          title={title}
          description="Antal per månad, aldrig uppgifter om enskilda. Statistiken visar vad prognosens antaganden vilar på."
          actions={
            <Group gap="sm">
              <StatisticsFileButtons unit={unit} flow={importFlow} />
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setForm({ editing: null, initial: newMonthForm(latest, `${year}-01`) })}
                disabled={!view}
              >
                Lägg till månad
              </Button>
            </Group>
          }
        />
        {importFlow.error !== null && <ImportRefusal error={importFlow.error} onClose={importFlow.clear} />}
        {statistics.error ? (
          <ErrorAlert error={statistics.error} title="Statistiken kunde inte visas" />
        ) : !view ? (
          <LoadingBlock label="Hämtar statistiken …" />
        ) : (
          <>
            {view.notes.length > 0 && (
              <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Kontrollera statistiken" data-testid="statistics-notes">
                <Stack gap={4}>
                  {view.notes.map((n) => (
                    <Text key={n} size="sm">
                      {n}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <SectionCard title="Skattning för prognosen" description="Efterfrågan och vistelsetid enligt enhetens egna siffror.">
                  <EstimateCard view={view} window={window} onWindow={setWindow} />
                </SectionCard>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <SectionCard title="Avslut efter vistelsetid" description="Hur länge de som avslutades hade varit inskrivna.">
                  <StayBandsChart stayBands={view.stayBands} />
                </SectionCard>
              </Grid.Col>
            </Grid>
            <SectionCard
              title="Månader"
              description={
                view.months.length === 0
                  ? undefined
                  : `${capitalizeFirst(monthsCountText(view.months.length))}, ${monthSpanText(view.months[0]!.month, latest!.month)}.`
              }
            >
              {view.months.length === 0 ? (
                <Group justify="space-between" align="center">
                  <Text size="sm" c="dimmed">
                    Ingen månadsstatistik finns ännu för {unit.unit} i {unit.district}. Lägg till den första månaden eller läs in ett kalkylblad; ”Exportera
                    till Excel…” ger en mall med kolumnerna.
                  </Text>
                </Group>
              ) : (
                <StatisticsTable months={view.months} onEdit={(m) => setForm({ editing: m.month, initial: monthFormOf(m) })} onDelete={setDeleting} />
              )}
            </SectionCard>
          </>
        )}
      </Stack>
      {form && (
        <MonthModal
          editing={form.editing}
          initial={form.initial}
          taken={new Set(view?.months.map((m) => m.month) ?? [])}
          onClose={() => setForm(null)}
          onSave={save}
        />
      )}
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Ta bort månad" centered>
        {deleting && (
          <Stack gap="md">
            <Text size="sm">
              Ta bort statistiken för {statisticsMonthText(deleting.month)}? Borttagningen förs in i ändringsloggen med uppgifterna som fanns.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                Avbryt
              </Button>
              <Button color="red" onClick={() => void remove(deleting)}>
                Ta bort
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </PageContainer>
  );
}
