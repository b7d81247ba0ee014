// Paths of the pages in the hash route.
export const ROUTES = {
  overview: '/oversikt',
  forecast: '/prognos',
  exchange: '/importera-exportera',
  database: '/databasen',
} as const;
