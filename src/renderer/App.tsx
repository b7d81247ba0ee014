import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useState } from 'react';
import { cssVariablesResolver, theme } from './theme.ts';
import { createQueryClient } from './api/queryClient.ts';
import { router } from './router.tsx';

/** The colour scheme follows the system until the user picks one with the switch in the header. */
const colorSchemeManager = localStorageColorSchemeManager({ key: 'lotsplan-fargschema' });

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      {/* Bottom right: a notice must not cover the unit selectors in the header. */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
