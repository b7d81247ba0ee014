import { ActionIcon, Burger, Group, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSearch, IconSun } from '@tabler/icons-react';
import { openCommandPalette } from '../commands/commandsLayer.ts';
import { LazyTooltip } from '../components/LazyTooltip.tsx';
import { BrandMark } from '../components/BrandMark.tsx';
import { UnitYearSelect, useSelectorsInHeader } from '../components/UnitYearSelect.tsx';

/** Light or dark; the first choice overrides the system setting from then on. */
function ColorSchemeSwitch() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const dark = computed === 'dark';
  const label = dark ? 'Byt till ljust läge' : 'Byt till mörkt läge';
  return (
    <LazyTooltip label={label} w="auto" describes={false}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setColorScheme(dark ? 'light' : 'dark')}>
        {dark ? <IconSun size={18} stroke={1.6} aria-hidden="true" /> : <IconMoon size={18} stroke={1.6} aria-hidden="true" />}
      </ActionIcon>
    </LazyTooltip>
  );
}

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav(): void }) {
  const selectorsHere = useSelectorsInHeader();
  return (
    <Group h="100%" px={{ base: 'sm', md: 'lg' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="sm"
          aria-label={navOpened ? 'Stäng menyn' : 'Öppna menyn'}
          aria-expanded={navOpened}
          aria-controls="huvudmeny"
        />
        <BrandMark />
      </Group>
      <Group gap="lg" wrap="nowrap">
        {selectorsHere && <UnitYearSelect visibleFrom="md" />}
        <LazyTooltip label="Sök sida eller kommando (Ctrl+K)" w="auto" describes={false}>
          <ActionIcon variant="default" size="lg" aria-label="Sök sida eller kommando (Ctrl+K)" aria-keyshortcuts="Control+K" onClick={openCommandPalette}>
            <IconSearch size={18} stroke={1.6} aria-hidden="true" />
          </ActionIcon>
        </LazyTooltip>
        <ColorSchemeSwitch />
      </Group>
    </Group>
  );
}
