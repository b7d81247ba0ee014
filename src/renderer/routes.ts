// Paths of the pages in the hash route.
export const ROUTES = {
  overview: '/oversikt',
  staffing: '/bemanning',
  scenarios: '/scenarier',
  forecast: '/prognos',
  statistics: '/manadsstatistik',
  city: '/hela-staden',
  exchange: '/importera-exportera',
  memos: '/tjansteutlatanden',
  auditLog: '/andringslogg',
  database: '/databasen',
  help: '/hjalp',
} as const;
