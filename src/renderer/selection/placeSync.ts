// The app's one memory of the last place, writing to the database file through the API client
// (the rules are in placeMemory.ts).
import { api } from '../api/client.ts';
import { browserStorage } from './lastPlace.ts';
import { createPlaceMemory } from './placeMemory.ts';

export { fromStored, toStored, UNSAVED_PLACE_KEY } from './placeMemory.ts';

const memory = createPlaceMemory({
  storage: browserStorage,
  save: async (place) => (await api.saveLastPlace({ place })).ok,
  delayMs: 400,
});

export const adoptStoredPlace = memory.adoptStoredPlace;
export const rememberPlace = memory.rememberPlace;
