// The three selectors in the header. They show what the URL names and change it.
import { Group, Select, Text } from '@mantine/core';
import { useSelectionContext } from '../selection/SelectionContext.tsx';

interface LabelledSelectProps {
  label: string;
  data: string[];
  value: string | null;
  width: number;
  onChange(value: string): void;
}

function LabelledSelect({ label, data, value, width, onChange }: LabelledSelectProps) {
  return (
    <Group gap={8} wrap="nowrap">
      <Text size="sm" fw={500} c="gray.7" component="span" aria-hidden="true">
        {label}
      </Text>
      <Select
        aria-label={label}
        data={data}
        value={value}
        onChange={(v) => {
          if (v !== null) onChange(v);
        }}
        allowDeselect={false}
        disabled={data.length === 0}
        placeholder="–"
        w={width}
        size="sm"
        comboboxProps={{ shadow: 'md' }}
        checkIconPosition="right"
        nothingFoundMessage="Inget att välja"
      />
    </Group>
  );
}

export function UnitYearSelect() {
  const { catalog, selection, select } = useSelectionContext();
  const districts = catalog?.districts ?? [];
  const district = districts.find((d) => d.name === selection?.district);
  const unit = district?.units.find((u) => u.name === selection?.unit);
  if (districts.length === 0) return null;
  return (
    <Group gap="lg" wrap="nowrap" role="group" aria-label="Vald enhet och år">
      <LabelledSelect
        label="Stadsdel"
        data={districts.map((d) => d.name)}
        value={selection?.district ?? null}
        width={210}
        onChange={(v) => select({ district: v })}
      />
      <LabelledSelect
        label="Enhet"
        data={district?.units.map((u) => u.name) ?? []}
        value={selection?.unit ?? null}
        width={170}
        onChange={(v) => select({ unit: v })}
      />
      <LabelledSelect
        label="År"
        data={[...(unit?.years ?? [])].sort((a, b) => b - a).map(String)}
        value={selection ? String(selection.year) : null}
        width={96}
        onChange={(v) => select({ year: Number(v) })}
      />
    </Group>
  );
}
