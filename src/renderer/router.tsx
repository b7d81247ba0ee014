import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './shell/AppLayout.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import * as overviewModule from './pages/OverviewPage.tsx';
import { lazyPage, preloadPageFor } from './lazyPage.tsx';
import { ROUTES } from './routes.ts';
import { startPlace } from './selection/startPlace.ts';
import { browserStorage, readLastPlace } from './selection/lastPlace.ts';

// Each page is its own chunk, loaded when it is first shown (and fetched ahead once the first page
// is up, see lazyPage.tsx), so the start loads the shell and one page, not the memo editor and charts.
// The Översikt, where the app opens, is the exception: it is small and part of the start bundle, so
// opening it waits for no second round of files after the start's answers are in.
const OverviewPage = lazyPage(async () => overviewModule, 'OverviewPage', ROUTES.overview);
const ForecastPage = lazyPage(() => import('./pages/ForecastPage.tsx'), 'ForecastPage', ROUTES.forecast);
const StaffingPage = lazyPage(() => import('./pages/StaffingPage.tsx'), 'StaffingPage', ROUTES.staffing);
const ScenariosPage = lazyPage(() => import('./pages/ScenariosPage.tsx'), 'ScenariosPage', ROUTES.scenarios);
const AuditLogPage = lazyPage(() => import('./pages/AuditLogPage.tsx'), 'AuditLogPage', ROUTES.auditLog);
const StatisticsPage = lazyPage(() => import('./pages/StatisticsPage.tsx'), 'StatisticsPage', ROUTES.statistics);
const CityCompilationPage = lazyPage(() => import('./pages/CityCompilationPage.tsx'), 'CityCompilationPage', ROUTES.city);
const ExchangePage = lazyPage(() => import('./pages/ExchangePage.tsx'), 'ExchangePage', ROUTES.exchange);
const DatabasePage = lazyPage(() => import('./pages/DatabasePage.tsx'), 'DatabasePage', ROUTES.database);
const MemosPage = lazyPage(() => import('./pages/MemosPage.tsx'), 'MemosPage', ROUTES.memos);
const HelpPage = lazyPage(() => import('./help/HelpPage.tsx'), 'HelpPage', ROUTES.help);

/** A start without a page opens the page the user was on last. */
function StartPage() {
  return <Navigate to={readLastPlace(browserStorage()).path ?? ROUTES.overview} replace />;
}

/**
 * The page the app opens on: its chunk starts loading now, beside the first calls, and the first
 * render waits for it (main.tsx), so the page is drawn together with the frame.
 */
export const startPageLoaded: Promise<void> =
  typeof window === 'undefined' ? Promise.resolve() : preloadPageFor(startPlace(window.location.hash, () => readLastPlace(browserStorage())).path);

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: ROUTES.overview.slice(1), element: OverviewPage },
      { path: ROUTES.staffing.slice(1), element: StaffingPage },
      { path: ROUTES.scenarios.slice(1), element: ScenariosPage },
      { path: ROUTES.forecast.slice(1), element: ForecastPage },
      { path: ROUTES.statistics.slice(1), element: StatisticsPage },
      { path: ROUTES.city.slice(1), element: CityCompilationPage },
      { path: ROUTES.exchange.slice(1), element: ExchangePage },
      { path: ROUTES.memos.slice(1), element: MemosPage },
      { path: `${ROUTES.memos.slice(1)}/:id`, element: MemosPage },
      { path: ROUTES.auditLog.slice(1), element: AuditLogPage },
      { path: ROUTES.database.slice(1), element: DatabasePage },
      { path: ROUTES.help.slice(1), element: HelpPage },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
