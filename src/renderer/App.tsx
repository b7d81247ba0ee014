import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { cssVariablesResolver, theme } from './theme.ts';
import { router } from './router.tsx';

/** The colour scheme follows the system until the user picks one with the switch in the header. */
const colorSchemeManager = localStorageColorSchemeManager({ key: 'lotsplan-fargschema' });

/** `queryClient` is made before the app renders, with the first calls already sent (selection/startQueries.ts). */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
