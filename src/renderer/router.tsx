import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { ForecastPage } from './pages/ForecastPage.tsx';
import { StaffingPage } from './pages/StaffingPage.tsx';
import { ScenariosPage } from './pages/ScenariosPage.tsx';
import { AuditLogPage } from './pages/AuditLogPage.tsx';
import { StatisticsPage } from './pages/StatisticsPage.tsx';
import { CityCompilationPage } from './pages/CityCompilationPage.tsx';
import { ExchangePage } from './pages/ExchangePage.tsx';
import { DatabasePage } from './pages/DatabasePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { MemosPage } from './pages/MemosPage.tsx';
import { ROUTES } from './routes.ts';
import { browserStorage, readLastPlace } from './selection/lastPlace.ts';

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
