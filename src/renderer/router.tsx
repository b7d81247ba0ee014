import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { lazyPage } from './lazyPage.tsx';
import { ROUTES } from './routes.ts';
import { browserStorage, readLastPlace } from './selection/lastPlace.ts';

// Each page is its own chunk, loaded when it is first shown (and fetched ahead once the first page
// is up, see lazyPage.tsx), so the start loads the shell and one page, not the memo editor and charts.
const OverviewPage = lazyPage(() => import('./pages/OverviewPage.tsx'), 'OverviewPage');
const ForecastPage = lazyPage(() => import('./pages/ForecastPage.tsx'), 'ForecastPage');
const StaffingPage = lazyPage(() => import('./pages/StaffingPage.tsx'), 'StaffingPage');
const ScenariosPage = lazyPage(() => import('./pages/ScenariosPage.tsx'), 'ScenariosPage');
const AuditLogPage = lazyPage(() => import('./pages/AuditLogPage.tsx'), 'AuditLogPage');
const StatisticsPage = lazyPage(() => import('./pages/StatisticsPage.tsx'), 'StatisticsPage');
const CityCompilationPage = lazyPage(() => import('./pages/CityCompilationPage.tsx'), 'CityCompilationPage');
const ExchangePage = lazyPage(() => import('./pages/ExchangePage.tsx'), 'ExchangePage');
const DatabasePage = lazyPage(() => import('./pages/DatabasePage.tsx'), 'DatabasePage');
const MemosPage = lazyPage(() => import('./pages/MemosPage.tsx'), 'MemosPage');

/** A start without a page opens the page the user was on last. */
function StartPage() {
  return <Navigate to={readLastPlace(browserStorage()).path ?? ROUTES.overview} replace />;
}

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: ROUTES.overview.slice(1), element: <OverviewPage /> },
      { path: ROUTES.staffing.slice(1), element: <StaffingPage /> },
      { path: ROUTES.scenarios.slice(1), element: <ScenariosPage /> },
      { path: ROUTES.forecast.slice(1), element: <ForecastPage /> },
      { path: ROUTES.statistics.slice(1), element: <StatisticsPage /> },
      { path: ROUTES.city.slice(1), element: <CityCompilationPage /> },
      { path: ROUTES.exchange.slice(1), element: <ExchangePage /> },
      { path: ROUTES.memos.slice(1), element: <MemosPage /> },
      { path: `${ROUTES.memos.slice(1)}/:id`, element: <MemosPage /> },
      { path: ROUTES.auditLog.slice(1), element: <AuditLogPage /> },
      { path: ROUTES.database.slice(1), element: <DatabasePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
