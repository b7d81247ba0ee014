// The frame of every page: header with the unit selectors, navigation and the page itself.
// A database that was refused replaces the whole frame with a calm full-page explanation.
import { AppShell, Center, Loader } from '@mantine/core';
import { Outlet } from 'react-router';
import { useCatalog } from '../api/hooks.ts';
import { isDatabaseError } from '../api/errors.ts';
import { SelectionProvider } from '../selection/SelectionContext.tsx';
import { AppHeader } from './AppHeader.tsx';
import { AppNavbar } from './AppNavbar.tsx';
import { DatabaseErrorScreen } from './DatabaseErrorScreen.tsx';
import { MenuCommandListener } from './MenuCommandListener.tsx';

export function AppLayout() {
  const catalog = useCatalog();
  if (catalog.isError && isDatabaseError(catalog.error)) {
    return <DatabaseErrorScreen error={catalog.error} onRetry={() => void catalog.refetch()} retrying={catalog.isFetching} />;
  }
  if (catalog.isPending) {
    return (
      <Center h="100vh" aria-busy="true">
        <Loader aria-label="Lotsplan startar" />
      </Center>
    );
  }
  return (
    <SelectionProvider>
      <MenuCommandListener />
      <AppShell
        header={{ height: 68 }}
        navbar={{ width: 248, breakpoint: 'sm' }}
        padding={0}
        // Anchored to the bottom rather than sized by the viewport unit, so the navigation always
        // reaches the bottom of the window.
        styles={{ navbar: { height: 'auto', bottom: 0 } }}
      >
        <AppShell.Header>
          <AppHeader />
        </AppShell.Header>
        <AppShell.Navbar>
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </SelectionProvider>
  );
}
