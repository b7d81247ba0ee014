// "Översikt": the key figures of the chosen unit-year, the staff and the money.
import { Badge, SimpleGrid, Text } from '@mantine/core';
import { lazy, Suspense, useDeferredValue } from 'react';
import { formatPercentValue } from '../../core/format/index.ts';
import { planFacts } from '../../core/plan/planFacts.ts';
import { useFigures, useUnitYear } from '../api/hooks.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { AmountTable } from '../overview/AmountTable.tsx';
import { FigureGrid } from '../overview/FigureGrid.tsx';
import { buildFigureGroups } from '../../core/figures/figureCards.ts';
import { utilizationNotice } from '../../core/figures/utilizationNotice.ts';
import { OverviewNotices } from '../overview/OverviewNotices.tsx';
import { SectionCard } from '../components/SectionCard.tsx';
import { MarginalLotsCard } from '../staffing/MarginalLotsCard.tsx';
import { StaffTable } from '../overview/StaffTable.tsx';

// Shown only for an empty database, and it brings the import and the first-run form (with the
// validation library): loaded when needed, not with the Översikt at every start.
const EmptyDatabasePanel = lazy(async () => ({ default: (await import('../exchange/EmptyDatabasePanel.tsx')).EmptyDatabasePanel }));

export function OverviewPage() {
  const { catalog, selection } = useSelectionContext();
  const figures = useFigures(selection);
  const unitYear = useUnitYear(selection);
  // What lies below the key figures (the staff, the cost of one more lots, the money) is below the
  // window's edge, at 1280×800 and at 1920×1080 alike. It is drawn in a second, interruptible
  // render right after the first, so the figures are on screen without waiting for it (about a
  // third of the page's elements).
  const belowFiguresReady = useDeferredValue(true, false);

  if (catalog && catalog.districts.length === 0) {
    return (
      <Suspense fallback={<LoadingBlock label="Sidan läses in…" />}>
        <EmptyDatabasePanel />
      </Suspense>
    );
  }
  if (!selection) return null;

  const title = `${selection.district}, ${selection.unit} ${selection.year}`;
  const error = figures.error ?? unitYear.error;
  if (error) {
    return (
      <PageContainer>
        <PageHeader eyebrow="Översikt" title={title} />
        <ErrorAlert error={error} title="Nyckeltalen kunde inte visas" />
      </PageContainer>
    );
  }
  if (!figures.data || !unitYear.data) {
    return (
      <PageContainer>
        <PageHeader eyebrow="Översikt" title={title} />
        <LoadingBlock label="Hämtar nyckeltal …" />
      </PageContainer>
    );
  }

  const { figures: f, explanations } = figures.data;
  const { plan, exampleValues } = unitYear.data;
  return (
    <PageContainer>
      <PageHeader
        eyebrow="Översikt"
        title={title}
        badge={
          exampleValues ? (
            <Badge color="yellow" variant="light" tt="none" fw={600} size="lg" c="var(--mantine-color-text)">
              Exempelvärden
            </Badge>
          ) : undefined
        }
        description={planFacts(plan)}
      />
      <OverviewNotices exampleValues={exampleValues} utilization={utilizationNotice(f.utilization)} />
      <FigureGrid groups={buildFigureGroups(f, plan.participants.genderUnknown)} explanations={explanations} />
      <Text size="xs" c="dimmed" mt={-8}>
        Håll muspekaren över ett nyckeltal för att se hur det är beräknat.
      </Text>
      {belowFiguresReady && (
        <>
          <StaffTable plan={plan} staffCost={f.staffCost} poLabel={formatPercentValue(plan.poPercent, { minDecimals: 0, maxDecimals: 2 })} />
          <SectionCard title="Vad kostar en lots till?" description="Inklusive PO-pålägg, med enhetens medianlön för lotsar. Fler varianter under Scenarier.">
            <MarginalLotsCard selection={selection} initialMonth={4} />
          </SectionCard>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <SectionCard title="Övriga kostnader">
              <AmountTable
                caption="Övriga kostnader"
                labelHeader="Kostnadspost"
                rows={plan.otherCosts.map((c) => ({ label: c.label, amount: c.amount }))}
                total={f.otherCost}
                totalLabel="Summa övriga kostnader"
                emptyText="Planen har inga övriga kostnader."
              />
            </SectionCard>
            <SectionCard title="Finansiering">
              <AmountTable
                caption="Finansiering"
                labelHeader="Källa"
                rows={plan.funding.map((l) => ({
                  label: l.source,
                  ...(l.period === null ? {} : { note: `ansökningsperiod ${l.period}` }),
                  amount: l.amount,
                }))}
                total={f.funding}
                totalLabel="Summa finansiering"
                emptyText="Planen har ingen finansiering angiven."
              />
            </SectionCard>
          </SimpleGrid>
        </>
      )}
    </PageContainer>
  );
}
