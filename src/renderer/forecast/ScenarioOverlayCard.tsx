// "Scenarier i prognosen": up to three of the unit-year's scenarios laid over the forecast, with
// their staffing month by month; a scenario with a saved forecast shows what was saved.
import { Badge, Checkbox, ColorSwatch, Group, Stack, Text } from '@mantine/core';
import type { CallOutput } from '../../api/contracts/index.ts';
import type { ForecastStart } from '../../core/forecast/calendar.ts';
import { noOverlayScenariosText, overlayStaffingNote, savedForecastLine } from '../../core/forecast/overlayTexts.ts';
import { MAX_OVERLAID_SCENARIOS } from '../../core/forecast/scenarioOverlay.ts';
import { SCENARIO_COLORS } from './QueueRiskChart.tsx';

type Scenario = CallOutput<'listScenarios'>['scenarios'][number];

interface Props {
  scenarios: readonly Scenario[];
  chosen: readonly number[];
  /** Messages for chosen scenarios that could not be forecast, by id. */
  messages: Record<number, string>;
  start: ForecastStart;
  planYear: number;
  /** The forecast's basis is a scenario (left out of the list): none left means no other one. */
  basisIsScenario?: boolean;
  onToggle(id: number, on: boolean): void;
}

function SavedForecastLine({ scenario }: { scenario: Scenario }) {
  const saved = scenario.overrides.forecast;
  if (!saved) return null;
  return (
    <Text size="xs" c="dimmed" lh={1.45} data-testid="saved-forecast-summary">
      <Badge size="xs" variant="light" color="teal" tt="none" mr={6} data-testid="saved-forecast-badge">
        Prognos sparad
      </Badge>
      {savedForecastLine(saved)}
    </Text>
  );
}

export function ScenarioOverlayCard({ scenarios, chosen, messages, start, planYear, basisIsScenario = false, onToggle }: Props) {
  if (scenarios.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="overlay-no-scenarios">
        {noOverlayScenariosText(planYear, basisIsScenario)}
      </Text>
    );
  }
  const full = chosen.length >= MAX_OVERLAID_SCENARIOS;
  return (
    <Stack gap="sm">
      {scenarios.map((scenario) => {
        const index = chosen.indexOf(scenario.id);
        const on = index >= 0;
        const message = messages[scenario.id];
        return (
          <Stack key={scenario.id} gap={4} data-testid="overlay-scenario">
            <Group gap={8} wrap="nowrap" align="flex-start">
              <Checkbox
                mt={2}
                checked={on}
                disabled={!on && full}
                onChange={(e) => onToggle(scenario.id, e.currentTarget.checked)}
                aria-label={`Visa scenariot ${scenario.name} i prognosen`}
              />
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  {on && <ColorSwatch color={`var(--mantine-color-${(SCENARIO_COLORS[index] ?? 'gray.6').replace('.', '-')})`} size={12} />}
                  <Text size="sm" fw={600} truncate>
                    {scenario.name}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" lh={1.4}>
                  {scenario.description}
                </Text>
              </Stack>
            </Group>
            <SavedForecastLine scenario={scenario} />
            {message && (
              <Text size="xs" c="red" role="alert">
                {message}
              </Text>
            )}
          </Stack>
        );
      })}
      <Text size="xs" c="dimmed" lh={1.45}>
        {overlayStaffingNote(planYear, start)}
      </Text>
    </Stack>
  );
}
