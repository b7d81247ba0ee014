// Paths of the pages in the hash route.
export const ROUTES = {
  overview: '/oversikt',
  staffing: '/bemanning',
  scenarios: '/scenarier',
  forecast: '/prognos',
  statistics: '/manadsstatistik',
  exchange: '/importera-exportera',
  auditLog: '/andringslogg',
  database: '/databasen',
} as const;
