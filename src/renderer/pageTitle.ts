// The window and document title of each page: "Prognos – Lotsplan".
import { ROUTES } from './routes.ts';

export const PAGE_LABELS: Readonly<Record<(typeof ROUTES)[keyof typeof ROUTES], string>> = {
  [ROUTES.overview]: 'Översikt',
  [ROUTES.staffing]: 'Bemanning och budget',
  [ROUTES.scenarios]: 'Scenarier',
  [ROUTES.forecast]: 'Prognos',
  [ROUTES.statistics]: 'Månadsstatistik',
  [ROUTES.memos]: 'Tjänsteutlåtanden',
  [ROUTES.city]: 'Hela staden',
  [ROUTES.exchange]: 'Importera och exportera',
  [ROUTES.auditLog]: 'Ändringslogg',
  [ROUTES.database]: 'Om databasen',
  [ROUTES.help]: 'Hjälp',
};

export const APP_NAME = 'Lotsplan';

/** The route a path belongs to (a memo's editor belongs to Tjänsteutlåtanden), or null. */
export function routeOf(pathname: string): (typeof ROUTES)[keyof typeof ROUTES] | null {
  for (const route of Object.values(ROUTES)) {
    if (pathname === route || pathname.startsWith(`${route}/`)) return route;
  }
  return null;
}

export function pageTitle(pathname: string): string {
  const route = routeOf(pathname);
  if (route === null) return APP_NAME;
  const label = pathname === route ? PAGE_LABELS[route] : route === ROUTES.memos ? 'Tjänsteutlåtande' : PAGE_LABELS[route];
  return `${label} – ${APP_NAME}`;
}
