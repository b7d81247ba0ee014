// Year settings: PO-pålägg (with its source), caseload, salary revision, recruitment lead time
// and the savings requirement.
import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatNumber, formatPercentValue } from '../../core/format/index.ts';
import { api } from '../api/client.ts';
import type { UnitYearSelection } from '../api/hooks.ts';
import { SwedishNumberInput } from './SwedishNumberInput.tsx';
import { editAndView, type StaffingView } from './useStaffing.ts';

type Settings = StaffingView['settings'];

interface Props {
  selection: UnitYearSelection;
  view: StaffingView;
  run: (call: () => Promise<StaffingView>) => Promise<StaffingView>;
}

const decimals = (n: number) => formatNumber(n, { maxDecimals: 2 });

export function YearSettingsCard({ selection, view, run }: Props) {
  const change = (changes: Partial<Settings>) => run(() => editAndView(api.updateYearSettings({ ...selection, changes })));
  const s = view.settings;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <div>
          <SwedishNumberInput
            label="PO-pålägg"
            ariaLabel="PO-pålägg i procent"
            value={s.poPercent}
            format={decimals}
            suffix="%"
            onCommit={(poPercent) => change({ poPercent })}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {view.poSource}
            {view.poReference && view.poReference.percent !== s.poPercent
              ? ` SKR:s värde för ${view.poReference.year}: ${formatPercentValue(view.poReference.percent, { maxDecimals: 2 })}.`
              : ''}
          </Text>
        </div>
        <div>
          <SwedishNumberInput
            label="Deltagare per lots på heltid"
            ariaLabel="Deltagare per lots"
            value={s.caseloadPerLots}
            format={decimals}
            onCommit={(caseloadPerLots) => change({ caseloadPerLots })}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Platser = lotsarnas sysselsättningsgrad × detta tal, avrundat nedåt.
          </Text>
        </div>
        <div>
          <SwedishNumberInput
            label="Rekryteringstid"
            ariaLabel="Rekryteringstid i månader"
            value={s.recruitmentLeadTimeMonths}
            format={decimals}
            suffix="mån"
            onCommit={(recruitmentLeadTimeMonths) => change({ recruitmentLeadTimeMonths })}
          />
          <Text size="xs" c="dimmed" mt={4}>
            En ny lots kostar från startmånaden men tar emot deltagare först efter rekryteringstiden.
          </Text>
        </div>
        <div>
          <SwedishNumberInput
            label="Förväntad löneökning nästa år"
            ariaLabel="Löneökning i procent"
            value={s.salaryRevisionPercent}
            format={decimals}
            suffix="%"
            onCommit={(salaryRevisionPercent) => change({ salaryRevisionPercent })}
          />
        </div>
        <div>
          <SwedishNumberInput
            label="Besparingskrav"
            ariaLabel="Besparingskrav i procent"
            value={s.savingsRequirementPercent}
            format={decimals}
            suffix="%"
            onCommit={(savingsRequirementPercent) => change({ savingsRequirementPercent })}
          />
          <Checkbox
            mt="xs"
            size="xs"
            label="Enheten är undantagen från besparingskravet"
            checked={s.savingsExempt}
            onChange={(e) => void change({ savingsExempt: e.currentTarget.checked }).catch(() => undefined)}
          />
        </div>
      </SimpleGrid>
    </Stack>
  );
}
