// Ctrl+K: one search box for every page and the common actions. Its own Spotlight store, so it
// never meets the memo editor's figure picker (which has a store of its own and no shortcut).
import { useMantineColorScheme, useComputedColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Spotlight, useSpotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { describeError, unwrap } from '../api/errors.ts';
import type { MenuCommandState } from '../components/MenuCommandListener.tsx';
import { NAV_ITEMS } from '../components/AppNavbar.tsx';
import { ROUTES } from '../routes.ts';
import { useSelectionContext } from '../selection/SelectionContext.tsx';
import { toSearchParams } from '../selection/useSelection.ts';
import { commandPaletteStore } from './commandsLayer.ts';
import { openShortcutsDialog, type PaletteCommand, type PaletteCommandState } from './paletteCommand.ts';
import '@mantine/spotlight/styles.css';

/**
 * Marks the first action of the list as drawn now. Spotlight marks it in a microtask after each
 * keystroke, which can run before the list of the new query is drawn: the mark then stays on an
 * action of an earlier query, and Enter opens that one.
 */
function markFirstAction(): void {
  const { listId } = commandPaletteStore.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  for (const marked of list.querySelectorAll('[data-selected]')) marked.removeAttribute('data-selected');
  const first = list.querySelector('[data-action]');
  first?.setAttribute('data-selected', 'true');
  commandPaletteStore.updateState((state) => ({ ...state, selected: first ? 0 : -1 }));
}

export function CommandPalette() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { selection } = useSelectionContext();
  const { setColorScheme } = useMantineColorScheme();
  const dark = useComputedColorScheme('light', { getInitialValueInEffect: false }) === 'dark';
  const search = selection ? `?${toSearchParams(selection).toString()}` : '';
  const { query, opened } = useSpotlight(commandPaletteStore);
  // After the list of each query is in the document (layout effects run after the commit).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list is drawn anew for each query, so the mark is set again
  useLayoutEffect(() => {
    if (opened) markFirstAction();
  }, [query, opened]);
  const go = (path: string, state?: PaletteCommandState | MenuCommandState) => void navigate(`${path}${search}`, state ? { state } : undefined);
  const command = (path: string, paletteCommand: PaletteCommand) => go(path, { paletteCommand, at: Date.now() });

  const pages: SpotlightActionData[] = NAV_ITEMS.map((item) => ({
    id: `sida-${item.to}`,
    label: item.label,
    description: `Gå till sidan ${item.label}`,
    leftSection: item.icon,
    onClick: () => go(item.to),
  }));
  const actions: SpotlightActionData[] = [
    {
      id: 'nytt-scenario',
      label: 'Nytt scenario',
      description: 'Skapa ett scenario för det valda enhetsåret',
      onClick: () => command(ROUTES.scenarios, 'newScenario'),
    },
    {
      id: 'nytt-tjansteutlatande',
      label: 'Nytt tjänsteutlåtande',
      description: 'Börja skriva ett tjänsteutlåtande till nämnden',
      onClick: () => command(ROUTES.memos, 'newMemo'),
    },
    {
      id: 'importera',
      label: 'Importera utväxlingsfil',
      description: 'Läs in en enhets plan från en fil',
      onClick: () => go(ROUTES.exchange, { menuCommand: 'import', at: Date.now() }),
    },
    {
      id: 'exportera',
      label: 'Exportera utväxlingsfil',
      description: 'Spara det valda enhetsårets plan som en fil',
      onClick: () => go(ROUTES.exchange, { menuCommand: 'export', at: Date.now() }),
    },
    {
      id: 'sakerhetskopiera',
      label: 'Ta en säkerhetskopia nu',
      description: 'En manuell kopia av databasen, som aldrig tas bort automatiskt',
      onClick: () =>
        void (async () => {
          try {
            const r = unwrap(await api.backupNow({}));
            void queryClient.invalidateQueries({ queryKey: ['backups'] });
            notifications.show({ color: 'teal', title: 'Säkerhetskopian är sparad', message: r.fileName });
          } catch (error) {
            notifications.show({ color: 'red', title: 'Säkerhetskopian kunde inte sparas', message: describeError(error).message });
          }
        })(),
    },
    {
      id: 'fargschema',
      label: dark ? 'Byt till ljust läge' : 'Byt till mörkt läge',
      description: 'Byt färgschema för hela appen',
      keywords: ['färgschema', 'mörkt', 'ljust', 'tema'],
      onClick: () => setColorScheme(dark ? 'light' : 'dark'),
    },
    { id: 'kortkommandon', label: 'Visa kortkommandon', description: 'Alla tangenter som gör något i Lotsplan', onClick: openShortcutsDialog },
  ];
  const groups: SpotlightActionGroupData[] = [
    { group: 'Sidor', actions: pages },
    { group: 'Gör', actions },
  ];
  return (
    <Spotlight
      store={commandPaletteStore}
      actions={groups}
      shortcut={['mod + K']}
      limit={30}
      scrollable
      maxHeight={480}
      highlightQuery
      nothingFound="Inget kommando eller ingen sida heter så."
      searchProps={{
        leftSection: <IconSearch size={18} stroke={1.6} />,
        placeholder: 'Sök sida eller kommando, till exempel scenario',
        'aria-label': 'Sök sida eller kommando',
      }}
      title="Kommandon"
      styles={{ header: { padding: '14px 16px 4px', minHeight: 0 }, title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-md)' } }}
      data-testid="command-palette"
    />
  );
}
