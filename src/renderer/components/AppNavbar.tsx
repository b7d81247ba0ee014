import { Stack, Text, AppShell } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBuildingCommunity,
  IconCalendarStats,
  IconChartLine,
  IconDatabase,
  IconFileText,
  IconGitCompare,
  IconHelp,
  IconHistory,
  IconLayoutDashboard,
  IconLock,
  IconUsers,
} from '@tabler/icons-react';
import { NavLink, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { ROUTES } from '../routes.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { toSearchParams } from '../selection/useSelection.ts';
import { UnitYearSelect, useSelectorsInHeader } from './UnitYearSelect.tsx';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

/** The pages in the order of the menu (the command palette offers the same). */
export const NAV_ITEMS: NavItem[] = [
  { to: ROUTES.overview, label: 'Översikt', icon: <IconLayoutDashboard size={20} stroke={1.6} /> },
  { to: ROUTES.staffing, label: 'Bemanning och budget', icon: <IconUsers size={20} stroke={1.6} /> },
  { to: ROUTES.scenarios, label: 'Scenarier', icon: <IconGitCompare size={20} stroke={1.6} /> },
  { to: ROUTES.forecast, label: 'Prognos', icon: <IconChartLine size={20} stroke={1.6} /> },
  { to: ROUTES.statistics, label: 'Månadsstatistik', icon: <IconCalendarStats size={20} stroke={1.6} /> },
  { to: ROUTES.memos, label: 'Tjänsteutlåtanden', icon: <IconFileText size={20} stroke={1.6} /> },
  { to: ROUTES.city, label: 'Hela staden', icon: <IconBuildingCommunity size={20} stroke={1.6} /> },
  { to: ROUTES.exchange, label: 'Importera och exportera', icon: <IconArrowsExchange size={20} stroke={1.6} /> },
  { to: ROUTES.auditLog, label: 'Ändringslogg', icon: <IconHistory size={20} stroke={1.6} /> },
  { to: ROUTES.database, label: 'Om databasen', icon: <IconDatabase size={20} stroke={1.6} /> },
  { to: ROUTES.help, label: 'Hjälp', icon: <IconHelp size={20} stroke={1.6} /> },
];

export function AppNavbar() {
  const location = useLocation();
  // The links carry the selection that is shown (the URL may not have caught up with it yet).
  const { selection } = useSelectionContext();
  const search = selection ? `?${toSearchParams(selection).toString()}` : location.search;
  const selectorsInHeader = useSelectorsInHeader();
  return (
    <>
      {!selectorsInHeader && (
        <AppShell.Section p="sm" pb={0} hiddenFrom="md">
          <UnitYearSelect stacked />
        </AppShell.Section>
      )}
      <AppShell.Section grow p="sm" component="nav" aria-label="Huvudmeny">
        <Stack gap={4}>
          {NAV_ITEMS.map((item) => (
            // A plain link styled as Mantine's NavLink (.lp-menu-link in styles.css): the menu is drawn at
            // every start, and Mantine's NavLink made it some 240 React components for eleven links.
            // NavLink marks the page shown (and its sub-pages) with aria-current="page".
            <NavLink key={item.to} to={{ pathname: item.to, search }} className="lp-menu-link">
              {item.icon}
              <span>{item.label}</span>
            </NavLink>
          ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section p="md">
        <Stack gap={6} align="flex-start">
          <IconLock size={16} stroke={1.6} color="var(--mantine-color-gray-6)" aria-hidden="true" />
          <Text size="xs" c="dimmed" lh={1.5}>
            Alla uppgifter finns bara på den här datorn. Lotsplan hämtar och skickar ingenting över nätet.
          </Text>
        </Stack>
      </AppShell.Section>
    </>
  );
}
