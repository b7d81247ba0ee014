// Paths of the pages in the hash route.
export const ROUTES = {
  overview: '/oversikt',
  exchange: '/importera-exportera',
  database: '/databasen',
} as const;
