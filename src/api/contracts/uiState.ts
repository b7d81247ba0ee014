// Where the user was, saved with the database file (handlers/uiState.ts).
import * as z from 'zod';
import { lastPlaceSchema } from '../../core/uiState/lastPlace.ts';
import { defineCall } from './defineCall.ts';

export const uiStateContracts = {
  getLastPlace: defineCall({
    summary: 'Den stadsdel, enhet, det år och den sida som användaren senast var på, som de sparats i databasfilen (null om inget sparats).',
    input: z.strictObject({}),
    output: z.strictObject({ place: lastPlaceSchema.nullable() }),
  }),
  saveLastPlace: defineCall({
    summary: 'Sparar i databasfilen var användaren är i appen, så att den öppnas där nästa gång. Ingen ändring av någon plan; syns inte i ändringsloggen.',
    input: z.strictObject({ place: lastPlaceSchema }),
    output: z.strictObject({ saved: z.literal(true) }),
  }),
} as const;
