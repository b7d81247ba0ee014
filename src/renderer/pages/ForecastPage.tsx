// "Prognos": will there be a waiting list, month by month and in the long run, and how many lotsar
// keep the risk within the target? The inputs start from the chosen unit-year; every figure is
// computed by src/core in the forecast worker.
import { Alert, Badge, Box, Button, Card, Grid, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { unwrap } from '../api/errors.ts';
import { basisFieldNotes, basisNote } from '../../core/scenarios/forecast.ts';
import { HiringPanel } from '../forecast/HiringPanel.tsx';
import { BacklogCard, type BacklogTarget } from '../forecast/BacklogCard.tsx';
import { WaitDistributionCard } from '../forecast/WaitDistributionCard.tsx';
import { PriorityCard } from '../forecast/PriorityCard.tsx';
import { IconAlertTriangle, IconDeviceFloppy, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CallOutput } from '../../api/contracts/index.ts';
import { monthsOfPlanYearPassed, type ForecastStart } from '../../core/forecast/calendar.ts';
import { suggestComparisonLotsar } from '../../core/forecast/screenOptions.ts';
import {
  forecastPeriodHeading,
  hiringVersusRecommendationText,
  unsavedAssumptionsQuestion,
  UNSAVED_ASSUMPTIONS_BADGE,
  type AssumptionsComparison,
} from '../../core/forecast/pageTexts.ts';
import { RISK_MEASURES, targetCheckLines } from '../../core/forecast/riskMeasures.ts';
import type { UnitYearPlan } from '../../core/plan/model.ts';
import { useFigures, useUnitYear, type UnitYearSelection } from '../api/hooks.ts';
import { EmptyDatabasePanel } from '../exchange/EmptyDatabasePanel.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LoadingBlock } from '../components/LoadingBlock.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { AssumptionsPanel } from '../forecast/AssumptionsPanel.tsx';
import { enrolledRows, probabilityRows, queueRows } from '../forecast/chartRows.ts';
import { ComparisonEditor } from '../forecast/ComparisonEditor.tsx';
import type { ForecastView } from '../forecast/computeForecastView.ts';
import { forecastModelLabel, horizonLabel, lotsarFigure } from '../../core/forecast/panelFigures.ts';
import { FanChart } from '../forecast/FanChart.tsx';
import { assumptionsDiffer, formReducer, initialFormState, readForm, savedInputsOf, type ForecastFormState, type FormStart } from '../forecast/forecastForm.ts';
import { LeaveQuestionModal } from '../forecast/LeaveQuestionModal.tsx';
import { useLeaveQuestion } from '../forecast/useLeaveQuestion.ts';
import { UNSAVED_FORECAST_ASSUMPTIONS } from '../../core/unsaved/closeQuestion.ts';
import { useUnsavedWork } from '../unsaved/useUnsavedWork.ts';
import { QueueRiskChart } from '../forecast/QueueRiskChart.tsx';
import { ReadingCard } from '../forecast/ReadingCard.tsx';
import { RecommendationPanel } from '../forecast/RecommendationPanel.tsx';
import { SaveForecastModal } from '../forecast/SaveForecastModal.tsx';
import { ScenarioOverlayCard } from '../forecast/ScenarioOverlayCard.tsx';
import { useScenarioOverlays } from '../forecast/scenarioOverlays.ts';
import { MAX_OVERLAID_SCENARIOS } from '../../core/forecast/scenarioOverlay.ts';
import { useScenarioList } from '../scenarios/useScenarios.ts';
import { SteadyStatePanel } from '../forecast/SteadyStatePanel.tsx';
import { SurgeEditor } from '../forecast/SurgeEditor.tsx';
import { useForecastWorker, type ForecastInput } from '../forecast/useForecastWorker.ts';
import { useDelayedFlag } from '../forecast/useDelayedFlag.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { toSearchParams } from '../selection/useSelection.ts';
import { useMonthlyStatistics } from '../statistics/useStatistics.ts';
import { useStaffingPlan } from '../staffing/useStaffing.ts';
import { forecastStartState, type ForecastStartState } from '../../core/statistics/forecastStart.ts';

type Figures = CallOutput<'getFigures'>['figures'];

export function ForecastPage() {
  const { catalog, selection } = useSelectionContext();
  const figures = useFigures(selection);
  const unitYear = useUnitYear(selection);
  // The latest monthly statistics may be a newer start than the plan; a failure to fetch them only
  // means the plan's start (and the estimate beside the inputs says why).
  const statistics = useMonthlyStatistics(selection ? { district: selection.district, unit: selection.unit } : null);
  // The year settings (the recruitment lead time the form starts with).
  const staffing = useStaffingPlan(selection);

  if (catalog && catalog.districts.length === 0) return <EmptyDatabasePanel />;
  if (!selection) return null;

  const title = `${selection.district}, ${selection.unit} ${selection.year}`;
  const error = figures.error ?? unitYear.error ?? staffing.error;
  if (error) {
    return (
      <PageContainer>
        <PageHeader eyebrow="Prognos" title={title} />
        <ErrorAlert error={error} title="Prognosen kunde inte visas" />
      </PageContainer>
    );
  }
  if (!figures.data || !unitYear.data || !staffing.data || (statistics.isPending && !statistics.error)) {
    return (
      <PageContainer>
        <PageHeader eyebrow="Prognos" title={title} />
        <LoadingBlock label="Hämtar planen …" />
      </PageContainer>
    );
  }
  const plan = unitYear.data.plan;
  const startState = forecastStartState(
    { year: plan.year, enrolled: figures.data.figures.enrolled, queue: figures.data.figures.queue },
    statistics.data?.months.at(-1) ?? null,
  );
  return (
    <ForecastScreen
      key={`${selection.district}|${selection.unit}|${selection.year}|${startState.start.year}-${startState.start.month}`}
      selection={selection}
      title={title}
      plan={plan}
      figures={figures.data.figures}
      startState={startState}
      exampleValues={unitYear.data.exampleValues}
      leadTimeMonths={staffing.data.settings.recruitmentLeadTimeMonths}
    />
  );
}

function formStart(plan: UnitYearPlan, f: Figures, state: Pick<ForecastStartState, 'enrolled' | 'queue'>, leadTimeMonths: number): FormStart {
  return {
    leadTimeMonths,
    arrivalsPerMonth: plan.demand?.arrivalsPerMonth ?? null,
    meanStayMonths: plan.demand?.meanStayMonths ?? null,
    lotsar: f.lotsarFte,
    caseload: f.caseloadPerLots,
    enrolled: state.enrolled,
    queue: state.queue,
  };
}

interface ScreenProps {
  selection: UnitYearSelection;
  title: string;
  plan: UnitYearPlan;
  figures: Figures;
  /** Where the forecast starts: the plan, or the latest monthly statistics. */
  startState: ForecastStartState;
  exampleValues: boolean;
  /** The year settings' recruitment lead time, where the form's Rekryteringstid starts. */
  leadTimeMonths: number;
}

function ForecastScreen({ selection, title, plan, figures, startState, exampleValues, leadTimeMonths }: ScreenProps) {
  const start = startState.start;
  // The start state is made anew on each render; only its two counts decide the form's first values.
  const { enrolled: startEnrolled, queue: startQueue } = startState;
  const initial = useMemo(
    () => initialFormState(formStart(plan, figures, { enrolled: startEnrolled, queue: startQueue }, leadTimeMonths)),
    [plan, figures, startEnrolled, startQueue, leadTimeMonths],
  );
  const [form, dispatch] = useReducer(formReducer, initial);
  // The basis: the plan (null) or one scenario, whose own months and demand the forecast runs on.
  const [basisId, setBasisId] = useState<number | null>(null);
  const basisQuery = useQuery({
    queryKey: ['scenario-forecast', selection.district, selection.unit, selection.year, basisId],
    queryFn: async () => unwrap(await api.getScenarioForecast({ ...selection, ...(basisId === null ? {} : { scenario: basisId }) })),
  });
  const basisData = basisQuery.data && (basisId === null ? basisQuery.data.scenario === null : basisQuery.data.scenario !== null) ? basisQuery.data : undefined;
  const basisInputs = basisData?.forecast?.inputs ?? null;
  const basisInitial = useMemo(() => {
    if (basisId === null) return initial;
    if (!basisInputs || !basisData?.scenario) return null;
    return initialFormState({
      arrivalsPerMonth: basisInputs.arrivalsPerMonth,
      meanStayMonths: basisInputs.meanStayMonths,
      lotsar: basisInputs.lotsarByMonth.at(-1) ?? figures.lotsarFte,
      caseload: basisInputs.caseload,
      enrolled: startState.enrolled,
      queue: startState.queue,
      leadTimeMonths: basisInputs.leadTimeMonths,
      trendPercent: basisInputs.trendPercent,
      season: basisInputs.season,
      surges: basisInputs.surges,
      basis: { scenarioId: basisId, name: basisData.scenario, lotsarByMonth: [...basisInputs.lotsarByMonth], fromScenario: [...basisInputs.fromScenario] },
    });
  }, [basisId, basisInputs, basisData?.scenario, initial, figures.lotsarFte, startState.enrolled, startState.queue]);
  useEffect(() => {
    if (basisInitial) dispatch({ type: 'reset', state: basisInitial });
  }, [basisInitial]);
  const basisNotes = useMemo(() => {
    if (!form.basis || !basisInputs) return {};
    const notes = basisFieldNotes(basisInputs, start);
    return Object.fromEntries(Object.entries(notes).filter(([key]) => form.basis!.fromScenario.includes(key)));
  }, [form.basis, basisInputs, start]);
  const statistics = useMonthlyStatistics({ district: selection.district, unit: selection.unit });
  const stayBands = statistics.data?.stayBands?.bands ?? null;
  const read = useMemo(() => readForm(form, start, stayBands), [form, start, stayBands]);
  const planForCost = useMemo(
    () => ({ staff: plan.staff.map((s) => ({ role: s.role, monthlySalary: s.monthlySalary })), poPercent: plan.poPercent }),
    [plan.staff, plan.poPercent],
  );
  const scenarioList = useScenarioList(selection);
  const search = `?${toSearchParams(selection).toString()}`;
  const scenarios = useMemo(() => scenarioList.data?.scenarios ?? [], [scenarioList.data]);
  const [chosen, setChosen] = useState<number[]>([]);
  // Scenarios that were deleted elsewhere drop out of the overlay.
  const overlaid = useMemo(() => chosen.filter((id) => id !== basisId && scenarios.some((s) => s.id === id)), [chosen, scenarios, basisId]);
  // On a scenario basis the arrivals already carry its change; the overlays' changes are taken relative to it.
  const basisChange = form.basis && basisInputs && form.basis.fromScenario.includes('arrivalsPerMonth') ? basisInputs.arrivalsChangePercent : 0;
  const overlays = useScenarioOverlays(selection, overlaid, monthsOfPlanYearPassed(start, plan.year), basisChange);
  // "Spara i scenario…" from the header, or from the question before the assumptions are dropped
  // (then the page goes on once they are saved, and stays if the dialog is closed without saving).
  const [saving, setSaving] = useState<'header' | 'beforeLeaving' | null>(null);
  const savedBeforeLeaving = useRef(false);
  // The form as it was last saved into a scenario: its assumptions are no longer unsaved.
  const [savedForm, setSavedForm] = useState<ForecastFormState | null>(null);
  // The target last worked out in "Få ner kön till ett datum", which a saved forecast keeps.
  const [backlog, setBacklog] = useState<BacklogTarget | null>(null);
  const savedInputs = useMemo(() => savedInputsOf(read, backlog), [read, backlog]);
  // What the summary compares the assumptions with: the values the form started from.
  const basisValues = useMemo(() => (basisInitial ? readForm(basisInitial, start, stayBands).screenValues : null), [basisInitial, start, stayBands]);
  const startSource = startState.source;
  const assumptions = useMemo<AssumptionsComparison | null>(
    () =>
      read.screenValues && basisValues && basisInitial
        ? { current: read.screenValues, basis: basisValues, basisKind: basisInitial.basis ? 'scenario' : 'plan', startSource }
        : null,
    [read.screenValues, basisValues, basisInitial, startSource],
  );
  const overlayInputs = overlays.inputs;
  const input = useMemo<ForecastInput | null>(
    () =>
      read.options && read.lotsar !== null
        ? {
            options: read.options,
            lotsar: read.lotsar,
            comparisons: read.comparisons,
            readingMonth: read.readingMonth,
            plan: planForCost,
            scenarios: overlayInputs,
            // New lotsar in the hiring plan start after the form's Rekryteringstid, the one lead time the screen shows.
            hiring: basisInputs
              ? { start, leadTimeMonths: read.options.leadTime ?? 0, salaryRevisionPercent: basisInputs.salaryRevisionPercent, planYear: plan.year }
              : null,
            assumptions,
          }
        : null,
    [read, planForCost, overlayInputs, basisInputs, start, plan.year, assumptions],
  );
  const { view, computing, error } = useForecastWorker(input);
  // The results follow the newest view at a lower priority than typing: React draws the form first
  // and may drop a view that a newer one replaces before it is drawn. Busy until the newest is drawn.
  const shownView = useDeferredValue(view);
  const busy = computing || shownView !== view;
  // Stable, so that a keystroke in the form, which renders this screen again, leaves the results alone.
  const onReadingMonth = useCallback((month: number) => dispatch({ type: 'readingMonth', month }), []);
  const slow = useDelayedFlag(computing, 180);
  const blocked = read.options === null;

  // The inputs differ from the plan's (or the scenario's): nothing on this page is saved until "Spara i scenario".
  const changed = basisInitial !== null && assumptionsDiffer(form, basisInitial);
  // Changed and not saved as they stand: the badge shows, and leaving asks first.
  const unsaved = changed && (savedForm === null || assumptionsDiffer(form, savedForm));
  const leaving = useLeaveQuestion(unsaved);
  // Closing or reloading the window asks too (unsaved/closeGuard.ts).
  useUnsavedWork(unsaved ? { what: UNSAVED_FORECAST_ASSUMPTIONS } : null);
  const canSave = savedInputs !== null && scenarioList.data !== undefined;

  const suggestion = suggestComparisonLotsar(form.values.lotsar, view?.result.recommendation?.lotsar ?? null, read.comparisons);

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Prognos"
        title={title}
        badge={
          unsaved && (
            <Badge color="orange" variant="light" size="lg" tt="none" fw={600} leftSection={<IconAlertTriangle size={15} />} data-testid="unsaved-assumptions">
              {UNSAVED_ASSUMPTIONS_BADGE}
            </Badge>
          )
        }
        description={
          <>
            <Text span inherit fw={600} c="var(--mantine-color-text)" display="block" data-testid="forecast-period">
              {forecastPeriodHeading(start, form.values.horizon, { planYear: plan.year, scenario: form.basis?.name ?? null })}
            </Text>
            {startState.description}
          </>
        }
        actions={
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconRestore size={16} stroke={1.6} />}
              onClick={() => dispatch({ type: 'reset', state: basisInitial ?? initial })}
            >
              {basisId === null ? 'Återställ planens värden' : 'Återställ scenariots värden'}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} stroke={1.6} />} disabled={!canSave} onClick={() => setSaving('header')}>
              Spara i scenario…
            </Button>
          </Group>
        }
      />
      {saving && savedInputs && (
        <SaveForecastModal
          selection={selection}
          scenarios={scenarios}
          inputs={savedInputs}
          defaultScenarioId={basisId}
          onClose={() => {
            setSaving(null);
            if (saving === 'beforeLeaving') {
              if (savedBeforeLeaving.current) leaving.leave();
              else leaving.stay();
            }
          }}
          onSaved={(id) => {
            setSavedForm(form);
            savedBeforeLeaving.current = true;
            setChosen((c) => (c.includes(id) || c.length >= MAX_OVERLAID_SCENARIOS ? c : [...c, id]));
          }}
        />
      )}
      {leaving.pending && saving === null && (
        <LeaveQuestionModal
          question={unsavedAssumptionsQuestion(leaving.pending.action, canSave)}
          onStay={leaving.stay}
          onLeave={leaving.leave}
          onSave={
            canSave
              ? () => {
                  savedBeforeLeaving.current = false;
                  setSaving('beforeLeaving');
                }
              : null
          }
        />
      )}
      {plan.demand === null && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} title="Planen anger inte efterfrågan">
          Fyll i hur många som anmäls per månad och hur länge de stannar i genomsnitt, så beräknas prognosen.
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card data-testid="forecast-basis">
              <Stack gap="xs">
                <NativeSelect
                  label="Prognosen bygger på"
                  value={basisId === null ? 'plan' : String(basisId)}
                  data={[{ value: 'plan', label: 'Planen' }, ...scenarios.map((s) => ({ value: String(s.id), label: `Scenariot ${s.name}` }))]}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    const to = v === 'plan' ? null : Number(v);
                    leaving.ask({ kind: 'basis', to: to === null ? null : (scenarios.find((s) => s.id === to)?.name ?? v) }, () => setBasisId(to));
                  }}
                />
                {basisQuery.error && <ErrorAlert error={basisQuery.error} title="Scenariots prognos kunde inte hämtas" />}
                {basisId !== null && basisData?.forecastMessage && (
                  <Text size="sm" c="orange">
                    {basisData.forecastMessage}
                  </Text>
                )}
                {form.basis && (
                  <Text size="sm" c="dimmed" data-testid="basis-note">
                    {basisNote(form.basis.name, form.basis.fromScenario)}
                  </Text>
                )}
              </Stack>
            </Card>
            <AssumptionsPanel
              form={form}
              read={read}
              dispatch={dispatch}
              monthlyStatistics={statistics.data}
              monthlyStatisticsError={statistics.error}
              search={search}
              basisNotes={basisNotes}
            />
            <Card>
              <Stack gap={2} mb="md">
                <Title order={2} size="h3">
                  Tillfälliga ökningar
                </Title>
                <Text size="sm" c="dimmed">
                  Fler anmälningar under en period, utöver det vanliga.
                </Text>
              </Stack>
              <SurgeEditor surges={form.surges} errors={read.surgeErrors} horizon={form.values.horizon} start={start} dispatch={dispatch} />
            </Card>
            <Card>
              <Stack gap={2} mb="md">
                <Title order={2} size="h3">
                  Jämförelser
                </Title>
                <Text size="sm" c="dimmed">
                  Upp till tre andra bemanningar i diagrammet över risken och i sammanfattningen.
                </Text>
              </Stack>
              <ComparisonEditor
                comparisons={form.comparisons}
                errors={read.comparisonErrors}
                capacities={form.comparisons.map((_, i) => view?.comparisons[i]?.capacity)}
                suggestion={suggestion}
                dispatch={dispatch}
              />
            </Card>
            <Card data-testid="scenario-overlay">
              <Stack gap={2} mb="md">
                <Title order={2} size="h3">
                  Scenarier i prognosen
                </Title>
                <Text size="sm" c="dimmed">
                  Upp till tre andra scenarier med sin bemanning månad för månad och sin ändring av anmälningarna och vistelsetiden, som streckade linjer i
                  diagrammet över risken. Övriga antaganden är prognosens.
                </Text>
              </Stack>
              {scenarioList.error ? (
                <ErrorAlert error={scenarioList.error} title="Scenarierna kunde inte hämtas" />
              ) : !scenarioList.data ? (
                <LoadingBlock label="Hämtar scenarierna …" />
              ) : (
                <ScenarioOverlayCard
                  scenarios={scenarios.filter((s) => s.id !== basisId)}
                  basisIsScenario={basisId !== null}
                  chosen={overlaid}
                  messages={Object.fromEntries((view?.scenarios ?? []).flatMap((s) => (s.message ? [[s.id, s.message]] : [])))}
                  start={start}
                  planYear={plan.year}
                  onToggle={(id, on) => setChosen((c) => (on ? (c.length >= MAX_OVERLAID_SCENARIOS ? c : [...c, id]) : c.filter((x) => x !== id)))}
                />
              )}
              {overlays.error && <ErrorAlert error={overlays.error} title="Ett scenarios siffror kunde inte hämtas" />}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg" aria-busy={busy}>
            {/* Stays in view under the header, so "Beräknar…" is seen wherever the user has scrolled. */}
            <Box pos="sticky" top={68} py={8} mt={-8} mb={-8} bg="var(--lp-page-bg)" style={{ zIndex: 5 }}>
              <StatusLine view={shownView} slow={slow} blocked={blocked} formError={read.formError} />
            </Box>
            {error && <ErrorAlert error={new Error(error)} title="Prognosen kunde inte beräknas" />}
            {shownView ? (
              <Stack gap="lg">
                {/* Not dimmed while a slow recomputation runs: dimmed text falls below 4.5:1 in the
                    dark scheme; the sticky status line says "Beräknar…" instead. */}
                <Results view={shownView} start={start} exampleValues={exampleValues} onReadingMonth={onReadingMonth} onBacklog={setBacklog} />
              </Stack>
            ) : (
              !blocked && <LoadingBlock label="Beräknar prognosen …" />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </PageContainer>
  );
}

function StatusLine({ view, slow, blocked, formError }: { view: ForecastView | null; slow: boolean; blocked: boolean; formError: string | null }) {
  if (blocked) {
    return (
      <Alert color="orange" variant="light" icon={<IconInfoCircle size={20} />} data-testid="forecast-blocked">
        {formError ?? 'Rätta de markerade fälten.'} {view ? 'Resultaten nedan gäller de senaste giltiga värdena.' : ''}
      </Alert>
    );
  }
  if (!view) return null;
  const model = forecastModelLabel(view.result.model, view.options.runs);
  return (
    <Group justify="space-between" gap="sm" mih={26} data-testid="forecast-status">
      <Group gap="xs">
        <Badge variant="light" color={view.result.model === 'exact' ? 'teal' : 'stad'} tt="none" fw={600} size="lg">
          {model}
        </Badge>
        <Text size="xs" c="dimmed">
          {horizonLabel(view.options.horizon)}
        </Text>
      </Group>
      {slow && (
        <Group gap={8} data-testid="forecast-computing">
          <Loader size={14} />
          <Text size="sm" c="dimmed">
            Beräknar…
          </Text>
        </Group>
      )}
    </Group>
  );
}

interface ResultsProps {
  view: ForecastView;
  start: ForecastStart;
  exampleValues: boolean;
  onReadingMonth(month: number): void;
  onBacklog(target: BacklogTarget | null): void;
}

/**
 * The results of one forecast view. Memoised: the form's every keystroke renders the screen again,
 * and the charts and tables below cost a few hundred milliseconds to render on a slow laptop; they
 * change only when the worker sends a new view.
 */
const Results = memo(function Results({ view, start, exampleValues, onReadingMonth, onBacklog }: ResultsProps) {
  const { result, options } = view;
  const alternatives = useMemo(
    () => [{ lotsar: view.lotsar, months: view.result.months, firstMonthOverTarget: view.result.firstMonthOverTarget }, ...view.comparisons],
    [view],
  );
  const scenarios = useMemo(() => view.scenarios.filter((s) => s.months !== null), [view.scenarios]);
  const probability = useMemo(() => probabilityRows(alternatives, start, scenarios), [alternatives, start, scenarios]);
  const enrolled = useMemo(() => enrolledRows(result.months, start), [result.months, start]);
  const queue = useMemo(() => queueRows(result.months, start), [result.months, start]);
  return (
    <>
      <ReadingCard reading={view.reading} readingMonth={view.readingMonth} horizon={options.horizon} start={start} onMonth={onReadingMonth} />
      <SteadyStatePanel steadyState={result.steadyState} approximateWait={options.stayDistribution !== 'exponential'} seasonal={options.season !== undefined} />
      {view.hiring && (
        <HiringPanel
          hiring={view.hiring}
          comparison={
            result.recommendation
              ? hiringVersusRecommendationText({
                  recommendedLotsar: result.recommendation.lotsar,
                  targetProbability: options.targetProbability,
                  start,
                  horizon: options.horizon,
                })
              : null
          }
        />
      )}
      <RecommendationPanel
        recommendation={result.recommendation}
        cost={view.cost}
        lotsar={view.lotsar}
        targetProbability={options.targetProbability}
        targetWaitWeeks={options.targetWaitWeeks}
        exampleSalaries={exampleValues}
      />
      <WaitDistributionCard result={result} readingMonth={view.readingMonth} start={start} />
      {result.priorityMonths && <PriorityCard forecast={result.priorityMonths} readingMonth={view.readingMonth} start={start} />}
      <Card data-testid="queue-risk">
        <Stack gap={2} mb="md">
          <Title order={2} size="h3">
            {RISK_MEASURES.month.name}
          </Title>
          <Text size="sm" c="dimmed">
            {RISK_MEASURES.month.explanation}
          </Text>
        </Stack>
        <QueueRiskChart
          rows={probability}
          lotsar={alternatives.map((a) => a.lotsar)}
          targetProbability={options.targetProbability}
          scenarios={scenarios.map((s) => s.name)}
        />
        <Stack gap={4} mt="md" data-testid="first-month-over-target">
          {targetCheckLines({ alternatives, scenarios, targetProbability: options.targetProbability, start }).map((line) => (
            // The lead names the alternative (its lotsar, or the scenario's unique name).
            <Text size="sm" key={line.lead}>
              <Text span fw={600}>
                {line.lead}
              </Text>{' '}
              {line.text}
            </Text>
          ))}
        </Stack>
      </Card>
      <Card data-testid="enrolled-fan">
        <Stack gap={2} mb="md">
          <Title order={2} size="h3">
            Inskrivna och platser
          </Title>
          <Text size="sm" c="dimmed">
            {`Antal inskrivna i slutet av varje månad med ${lotsarFigure(view.lotsar)}. Det skuggade bandet visar var åtta av tio utfall hamnar.`}
          </Text>
        </Stack>
        <FanChart
          rows={enrolled}
          color="stad"
          withCapacity
          ariaLabel="Diagram: inskrivna och platser, månad för månad"
          tableCaption={`Inskrivna och platser i slutet av varje månad med ${lotsarFigure(view.lotsar)}`}
        />
      </Card>
      <Card data-testid="queue-fan">
        <Stack gap={2} mb="md">
          <Title order={2} size="h3">
            Kö
          </Title>
          <Text size="sm" c="dimmed">
            {`Antal som väntar på plats i slutet av varje månad med ${lotsarFigure(view.lotsar)}.`}
          </Text>
        </Stack>
        <FanChart
          rows={queue}
          color="orange"
          withCapacity={false}
          ariaLabel="Diagram: kön, månad för månad"
          tableCaption={`Antal som väntar på plats i slutet av varje månad med ${lotsarFigure(view.lotsar)}`}
        />
      </Card>
      <BacklogCard options={options} result={result} start={start} plan={view.plan} onTarget={onBacklog} />
    </>
  );
});
