// The three selectors in the header (in the folded navigation on narrow windows). They show what
// the URL names and change it.
import { Group, NativeSelect, Stack, Text, useMantineTheme, type MantineBreakpoint } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useSelectionContext } from '../selection/SelectionContext.tsx';

/**
 * Whether the window is as wide as the md breakpoint, where the selectors sit in the header rather
 * than in the folded navigation. Only the set that can be seen is drawn: the hidden one cost its
 * share of every start (three selects with their popovers), though no one could use it. Read at
 * once, not in an effect, so the first render already draws the right one.
 */
export function useSelectorsInHeader(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(min-width: ${theme.breakpoints.md})`, true, { getInitialValueInEffect: false });
}

interface LabelledSelectProps {
  label: string;
  data: string[];
  value: string | null;
  width: number;
  stacked: boolean;
  onChange(value: string): void;
}

/**
 * A native select in Mantine's dress (NativeSelect): the system's own list, with type-ahead and the
 * screen reader's usual handling. Mantine's Select, used here before, drew the same three fields
 * with a popover, a positioning engine and some forty React components each at every start.
 */
function LabelledSelect({ label, data, value, width, stacked, onChange }: LabelledSelectProps) {
  // Nothing chosen yet (a moment at start): an empty first line, so the field does not show the
  // first district as if it were chosen.
  const options = value === null ? [{ value: '', label: '–' }, ...data] : data;
  const field = (
    <NativeSelect
      {...(stacked ? { label } : { 'aria-label': label, w: width })}
      data={options}
      value={value ?? ''}
      onChange={(event) => {
        if (event.currentTarget.value !== '') onChange(event.currentTarget.value);
      }}
      disabled={data.length === 0}
      size="sm"
    />
  );
  if (stacked) return field;
  return (
    <Group gap={8} wrap="nowrap">
      <Text size="sm" fw={500} c="dimmed" component="span" aria-hidden="true">
        {label}
      </Text>
      {field}
    </Group>
  );
}

interface Props {
  /** One above the other with visible labels, for the folded navigation. */
  stacked?: boolean;
  visibleFrom?: MantineBreakpoint | undefined;
  hiddenFrom?: MantineBreakpoint | undefined;
}

export function UnitYearSelect({ stacked = false, visibleFrom, hiddenFrom }: Props) {
  const { catalog, selection, select } = useSelectionContext();
  const districts = catalog?.districts ?? [];
  const district = districts.find((d) => d.name === selection?.district);
  const unit = district?.units.find((u) => u.name === selection?.unit);
  if (districts.length === 0) return null;
  const Frame = stacked ? Stack : Group;
  return (
    <Frame
      gap={stacked ? 'xs' : 'lg'}
      wrap="nowrap"
      role="group"
      aria-label="Vald enhet och år"
      {...(visibleFrom === undefined ? {} : { visibleFrom })}
      {...(hiddenFrom === undefined ? {} : { hiddenFrom })}
    >
      <LabelledSelect
        label="Stadsdel"
        data={districts.map((d) => d.name)}
        value={selection?.district ?? null}
        width={210}
        stacked={stacked}
        onChange={(v) => select({ district: v })}
      />
      <LabelledSelect
        label="Enhet"
        data={district?.units.map((u) => u.name) ?? []}
        value={selection?.unit ?? null}
        width={170}
        stacked={stacked}
        onChange={(v) => select({ unit: v })}
      />
      <LabelledSelect
        label="År"
        data={[...(unit?.years ?? [])].sort((a, b) => b - a).map(String)}
        value={selection ? String(selection.year) : null}
        width={96}
        stacked={stacked}
        onChange={(v) => select({ year: Number(v) })}
      />
    </Frame>
  );
}
