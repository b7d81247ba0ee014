// What the URL (or the remembered place) asks for, before it is checked against the database.
// A file of its own, free of the API client, so that pure selection logic can be tested under Node.
export interface RequestedSelection {
  district: string | null;
  unit: string | null;
  year: string | null;
}

/** The query parameters of the hash route that name the selection (#/oversikt?stadsdel=…&enhet=…&ar=…). */
export const PARAM = { district: 'stadsdel', unit: 'enhet', year: 'ar' } as const;
