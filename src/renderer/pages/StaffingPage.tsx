// "Bemanning och budget": the staffing plan of the chosen unit-year, edited in place and saved
// at once, with year settings, other costs, funding, the month profile and one more lots.
import { Alert, Button, Grid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { formatKronor } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { EmptyDatabasePanel } from '../exchange/EmptyDatabasePanel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SectionCard } from '../components/SectionCard.tsx';
import { AmountListEditor } from '../staffing/AmountListEditor.tsx';
import { MarginalLotsCard, useMarginalLots } from '../staffing/MarginalLotsCard.tsx';
import { MonthProfile } from '../staffing/MonthProfile.tsx';
import { StaffingNotices } from '../staffing/StaffingNotices.tsx';
import { StaffingTable } from '../staffing/StaffingTable.tsx';
import { UndoRedoBar } from '../staffing/UndoRedoBar.tsx';
import { YearSettingsCard } from '../staffing/YearSettingsCard.tsx';
import { editAndView, useStaffingEdit, useStaffingPlan, type StaffingView } from '../staffing/useStaffing.ts';
import type { UnitYearSelection } from '../api/hooks.ts';

function StaffingEditor({ selection, view }: { selection: UnitYearSelection; view: StaffingView }) {
  const edit = useStaffingEdit(selection);
  const marginal = useMarginalLots(selection, 1);
  // Every edit goes through here: a refusal is shown as a notification (and thrown on, so a
  // field can show it too); nothing is saved when the API refuses.
  const run = async (call: () => Promise<StaffingView>): Promise<StaffingView> => {
    try {
      return await edit.mutateAsync(call);
    } catch (error) {
      const { message, details } = describeError(error);
      notifications.show({ color: 'red', title: 'Ändringen sparades inte', message: [message, ...details].join(' ') });
      throw error;
    }
  };
  const addLots = () =>
    run(() =>
      editAndView(
        api.addPosition({
          ...selection,
          position: {
            role: 'lots',
            title: 'Lots',
            fte: 1,
            monthlySalary: marginal.data?.monthlySalary ?? 0,
            fromMonth: 1,
            toMonth: 12,
            vacant: false,
            fundingSource: null,
          },
        }),
      ),
    ).catch(() => undefined);

  return (
    <Stack gap="lg">
      <PageHeader
        eyebrow="Bemanning och budget"
        title={`${selection.district}, ${selection.unit} ${selection.year}`}
        description="Ändringar sparas direkt och kan ångras. Piltangenterna och Enter flyttar mellan raderna."
        actions={<UndoRedoBar selection={selection} history={view.history} run={run} />}
      />
      {view.exampleValues && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} title="Löner och övriga kostnader är exempelvärden">
          Byt dem mot enhetens verkliga belopp innan siffrorna används i underlag till nämnden.
        </Alert>
      )}
      <SectionCard title="Tjänster" description={`Årskostnad med PO-pålägg ${formatKronor(view.totals.staffCost)}; vakanta tjänster räknas inte.`}>
        <StaffingNotices selection={selection} view={view} run={run} />
        <StaffingTable selection={selection} view={view} run={run} />
        <Button mt="sm" size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => void addLots()} w="fit-content">
          Lägg till en lots
        </Button>
      </SectionCard>
      <SectionCard title="Månad för månad" description="Lotsar, platser och personalkostnad varje månad under året.">
        <MonthProfile view={view} />
      </SectionCard>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SectionCard title="Årsinställningar">
            <YearSettingsCard selection={selection} view={view} run={run} />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SectionCard title="Vad kostar en lots till?" description="Inklusive PO-pålägg, med enhetens medianlön för lotsar.">
            <MarginalLotsCard selection={selection} initialMonth={4} />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SectionCard title="Övriga kostnader">
            <AmountListEditor
              rows={view.otherCosts}
              labelHeader="Kostnadspost"
              newLabel="Ny kostnad"
              total={view.totals.otherCost}
              totalLabel="Summa övriga kostnader"
              onSave={(rows) =>
                run(() =>
                  editAndView(
                    api.updateOtherCosts({ ...selection, otherCosts: rows.map(({ id, label, amount }) => (id ? { id, label, amount } : { label, amount })) }),
                  ),
                )
              }
            />
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SectionCard title="Finansiering">
            <AmountListEditor
              rows={view.funding.map((f) => ({ id: f.id, label: f.source, amount: f.amount, period: f.period }))}
              labelHeader="Källa"
              withPeriod
              newLabel="Ny finansiering"
              total={view.totals.fundingBeforeSavings}
              totalLabel="Summa finansiering"
              onSave={(rows) =>
                run(() =>
                  editAndView(
                    api.updateFunding({
                      ...selection,
                      funding: rows.map(({ id, label, amount, period }) => ({ ...(id ? { id } : {}), source: label, amount, period: period ?? null })),
                    }),
                  ),
                )
              }
            />
            {view.totals.savingsAmount > 0 && (
              <Text size="xs" c="dimmed" mt="xs">
                Besparingskrav {formatKronor(view.totals.savingsAmount)} dras av; finansiering efter besparing {formatKronor(view.totals.funding)}.
              </Text>
            )}
            <Text size="sm" mt="xs" fw={600} c={view.totals.balance < 0 ? 'red' : 'teal'} data-testid="resultat">
              Resultat: {formatKronor(view.totals.balance)}
            </Text>
          </SectionCard>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function StaffingPage() {
  const { catalog, selection } = useSelectionContext();
  const staffing = useStaffingPlan(selection);
  if (catalog && catalog.districts.length === 0) return <EmptyDatabasePanel />;
  if (!selection) return null;
  return (
    <PageContainer>
      {staffing.error ? (
        <ErrorAlert error={staffing.error} title="Bemanningen kunde inte visas" />
      ) : staffing.data ? (
        <StaffingEditor selection={selection} view={staffing.data} />
      ) : (
        <LoadingBlock label="Hämtar bemanningen …" />
      )}
    </PageContainer>
  );
}
