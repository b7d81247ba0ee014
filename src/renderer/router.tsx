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

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={ROUTES.overview} replace /> },
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
