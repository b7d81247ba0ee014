// The frame of every page: header with the unit selectors, navigation and the page itself.
// A database that was refused replaces the whole frame with a calm full-page explanation.
// Below the md breakpoint (at 200 % zoom of a 1280 px screen, and down to 320 px) the navigation
// folds behind a burger and the selectors move into it.
import { AppShell, Center, Loader } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useEffectEvent, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCatalog } from '../api/hooks.ts';
import { isDatabaseError } from '../api/errors.ts';
import { pageTitle, routeOf } from '../pageTitle.ts';
import { SelectionProvider } from '../selection/SelectionContext.tsx';
import { rememberPlace } from '../selection/placeSync.ts';
import { useStoredLastPlace } from '../selection/useStoredLastPlace.ts';
import { AppHeader } from './AppHeader.tsx';
import { AppNavbar } from '../components/AppNavbar.tsx';
import { MenuCommandListener } from '../components/MenuCommandListener.tsx';
import {
  isPaletteKey,
  isShortcutsKey,
  openCommandPalette,
  useCommandsLayerMounted,
  useCommandsLayerWanted,
  wantCommandsLayer,
} from '../commands/commandsLayer.ts';
import { openShortcutsDialog } from '../commands/paletteCommand.ts';
import { whenIdle } from '../whenIdle.ts';

// Neither is part of the first screen: each is a chunk of its own (see commandsLayer.ts; a refused
// database is rare, and its screen brings the backups and their dialogs).
const CommandsLayer = lazy(async () => ({ default: (await import('../commands/CommandsLayer.tsx')).CommandsLayer }));
// The notification area too: a notification shown before it is mounted waits in Mantine's store.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));
const DatabaseErrorScreen = lazy(async () => ({ default: (await import('../database/DatabaseErrorScreen.tsx')).DatabaseErrorScreen }));

export const MAIN_CONTENT_ID = 'innehall';

/**
 * Moves focus to the page's heading once it is drawn (pages load their code and data first). Bounded
 * by time, not by frames: on a busy machine a page's chunk can take longer than a fixed number of frames.
 * During the move the old page can stay on screen, so a heading focused early may be replaced by the
 * new page's: each new heading is focused in turn. Focus the user has put somewhere else meanwhile
 * (a dialog, the command palette, a field) is never taken away; only focus that is nowhere (the
 * body, a removed element), on the menu link chosen, or on the heading moved to before, is moved.
 *
 * Tried again when the document changes (a heading drawn or replaced, a focused element removed)
 * and when focus moves (given back by a closing palette or dialog), never each frame: a loop of
 * animation frames kept the page drawing 60 times a second for the whole wait, on an idle page.
 */
const HEADING_WAIT_MS = 10_000;
function focusIsFree(moved: HTMLElement | null): boolean {
  const active = document.activeElement as HTMLElement | null;
  if (active === null || active === document.body || !active.isConnected || active === moved) return true;
  return active.closest('nav, .mantine-AppShell-navbar') !== null;
}

function focusHeadingSoon(): () => void {
  let moved: HTMLElement | null = null;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>(`#${MAIN_CONTENT_ID} h1`);
    // Held elsewhere (the palette that chose the page is still closing, a dialog the page opened):
    // tried again on the next change, so focus lands on the heading once that focus is given back.
    if (heading && heading !== moved && focusIsFree(moved)) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
      moved = heading;
    }
  };
  const observer = new MutationObserver(attempt);
  observer.observe(document.body, { childList: true, subtree: true });
  // During focusout the element leaving focus is still the active one: tried once it has settled.
  let settling = 0;
  const onFocusMoved = () => {
    window.clearTimeout(settling);
    settling = window.setTimeout(attempt, 0);
  };
  document.addEventListener('focusin', onFocusMoved);
  document.addEventListener('focusout', onFocusMoved);
  const first = requestAnimationFrame(attempt);
  const stop = () => {
    cancelAnimationFrame(first);
    window.clearTimeout(settling);
    window.clearTimeout(deadline);
    observer.disconnect();
    document.removeEventListener('focusin', onFocusMoved);
    document.removeEventListener('focusout', onFocusMoved);
  };
  const deadline = window.setTimeout(stop, HEADING_WAIT_MS);
  return stop;
}

/**
 * Title, remembered page and focus follow the page shown. The page is remembered only once `ready`
 * (the file's place has been read and adopted): remembered before, it would count as a change the
 * file never received, override the file's place and be written twice.
 */
function usePageChange(onChange: () => void, ready: boolean) {
  const { pathname } = useLocation();
  const first = useRef(true);
  // The page change alone runs the effect; onChange is whatever the caller passes at that moment.
  const changed = useEffectEvent(onChange);
  useEffect(() => {
    if (ready && routeOf(pathname) !== null) rememberPlace({ path: pathname });
  }, [pathname, ready]);
  useEffect(() => {
    document.title = pageTitle(pathname);
    if (first.current) {
      first.current = false;
      return;
    }
    changed();
    return focusHeadingSoon();
  }, [pathname]);
}

/** The notification area, bottom right (a notice must not cover the unit selectors in the header). */
function LateNotifications() {
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  );
}

/**
 * The command palette and the Kortkommandon dialog (and with them the notification area): mounted
 * once the app is idle after the first page, or when asked for; until they handle their own keys,
 * Ctrl+K and ”?” are caught here and open them.
 */
function useCommandsLayer(pageShown: boolean): boolean {
  const wanted = useCommandsLayerWanted();
  const mounted = useCommandsLayerMounted();
  useEffect(() => (pageShown ? whenIdle(wantCommandsLayer) : undefined), [pageShown]);
  useEffect(() => {
    if (mounted) return;
    const onKey = (event: KeyboardEvent) => {
      if (isPaletteKey(event)) {
        event.preventDefault();
        openCommandPalette();
      } else if (isShortcutsKey(event)) {
        event.preventDefault();
        openShortcutsDialog();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mounted]);
  return wanted;
}

export function AppLayout() {
  const catalog = useCatalog();
  const stored = useStoredLastPlace();
  const [navOpened, nav] = useDisclosure(false);
  const starting = catalog.isPending || stored.pending;
  usePageChange(nav.close, !starting);
  const commandsWanted = useCommandsLayer(!starting);
  const startingScreen = (
    <Center h="100vh" aria-busy="true">
      <Loader aria-label="Lotsplan startar" />
    </Center>
  );
  if (catalog.isError && isDatabaseError(catalog.error)) {
    return (
      <Suspense fallback={startingScreen}>
        <LateNotifications />
        <DatabaseErrorScreen error={catalog.error} onRetry={() => void catalog.refetch()} retrying={catalog.isFetching} />
      </Suspense>
    );
  }
  // The place saved in the file is read once before the first page: it decides where the app opens.
  if (starting) return startingScreen;
  return (
    <SelectionProvider>
      <MenuCommandListener />
      {commandsWanted && (
        <>
          <LateNotifications />
          <Suspense fallback={null}>
            <CommandsLayer />
          </Suspense>
        </>
      )}
      <a
        className="lp-skip-link"
        href={`#${MAIN_CONTENT_ID}`}
        onClick={(event) => {
          // The hash route owns the URL's fragment: move focus instead of following the link.
          event.preventDefault();
          const main = document.getElementById(MAIN_CONTENT_ID);
          const heading = main?.querySelector<HTMLElement>('h1');
          const target = heading ?? main;
          if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
          target?.focus();
        }}
      >
        Hoppa till innehållet
      </a>
      <AppShell
        header={{ height: 68 }}
        navbar={{ width: 248, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
        padding={0}
        // Anchored to the bottom rather than sized by the viewport unit, so the navigation always
        // reaches the bottom of the window.
        styles={{ navbar: { height: 'auto', bottom: 0, overflowY: 'auto' } }}
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar id="huvudmeny" data-lp-folded={navOpened ? undefined : true}>
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main bg="var(--lp-page-bg)" id={MAIN_CONTENT_ID}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </SelectionProvider>
  );
}
