import { Group } from '@mantine/core';
import { BrandMark } from './BrandMark.tsx';
import { UnitYearSelect } from './UnitYearSelect.tsx';

export function AppHeader() {
  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
      <BrandMark />
      <UnitYearSelect />
    </Group>
  );
}
