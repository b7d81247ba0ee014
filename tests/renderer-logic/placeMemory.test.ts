// The last place between local storage and the database file: the file's place is adopted at
// start, a change reaches the file once after a short delay, a place the file already holds is not
// written again, and a change the file never received wins at the next start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlaceMemory, UNSAVED_PLACE_KEY } from '../../src/renderer/selection/placeMemory.ts';
import { LAST_PLACE_KEY, readLastPlace } from '../../src/renderer/selection/lastPlace.ts';
import type { LastPlace as StoredPlace } from '../../src/core/uiState/lastPlace.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const rinkeby: StoredPlace = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020, path: '/oversikt' };

function setup(saveResult = true) {
  const storage = memoryStorage();
  const saved: StoredPlace[] = [];
  const memory = createPlaceMemory({
    storage: () => storage,
    save: async (place) => {
      saved.push(place);
      return saveResult;
    },
    delayMs: 400,
  });
  // What the start does once the file's place is in: the page, then the selection shown.
  const start = (place: StoredPlace) => {
    memory.rememberPlace({ path: place.path });
    memory.rememberPlace({ district: place.district, unit: place.unit, year: String(place.year) });
  };
  return { storage, saved, memory, start };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createPlaceMemory', () => {
  it('writes nothing at a start that opens where the file says', async () => {
    const { storage, saved, memory, start } = setup();
    memory.adoptStoredPlace(rinkeby);
    expect(readLastPlace(storage)).toEqual({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: '2020', path: '/oversikt' });
    start(rinkeby);
    await vi.runAllTimersAsync();
    expect(saved).toEqual([]);
    expect(storage.map.has(UNSAVED_PLACE_KEY)).toBe(false);
  });

  it('writes a start elsewhere (an address naming another page) once, and clears the mark when the file has it', async () => {
    const { storage, saved, memory, start } = setup();
    memory.adoptStoredPlace(rinkeby);
    start({ ...rinkeby, path: '/prognos' });
    expect(storage.map.get(UNSAVED_PLACE_KEY)).toBe('1');
    await vi.runAllTimersAsync();
    expect(saved).toEqual([{ ...rinkeby, path: '/prognos' }]);
    expect(storage.map.has(UNSAVED_PLACE_KEY)).toBe(false);
  });

  it('writes once for a file without a place, and only the last change of a burst', async () => {
    const { saved, memory, start } = setup();
    memory.adoptStoredPlace(null);
    start(rinkeby);
    memory.rememberPlace({ path: '/bemanning' });
    await vi.runAllTimersAsync();
    expect(saved).toEqual([{ ...rinkeby, path: '/bemanning' }]);
    memory.rememberPlace({ path: '/bemanning' });
    await vi.runAllTimersAsync();
    expect(saved).toHaveLength(1);
  });

  it('sends a change the file never received at the next start, instead of adopting the file’s older place, and only once', async () => {
    const { storage, saved, memory, start } = setup();
    const newer = { district: 'Skärholmen', unit: 'SIG unga', year: '2021', path: '/prognos' };
    storage.setItem(LAST_PLACE_KEY, JSON.stringify(newer));
    storage.setItem(UNSAVED_PLACE_KEY, '1');
    memory.adoptStoredPlace(rinkeby);
    expect(readLastPlace(storage)).toEqual(newer);
    start({ district: 'Skärholmen', unit: 'SIG unga', year: 2021, path: '/prognos' });
    await vi.runAllTimersAsync();
    expect(saved).toEqual([{ district: 'Skärholmen', unit: 'SIG unga', year: 2021, path: '/prognos' }]);
    expect(storage.map.has(UNSAVED_PLACE_KEY)).toBe(false);
  });

  it('keeps the mark and tries again at the next change when the file refuses', async () => {
    const { storage, saved, memory } = setup(false);
    memory.adoptStoredPlace(rinkeby);
    memory.rememberPlace({ path: '/prognos' });
    await vi.runAllTimersAsync();
    expect(storage.map.get(UNSAVED_PLACE_KEY)).toBe('1');
    memory.rememberPlace({ path: '/prognos' });
    await vi.runAllTimersAsync();
    expect(saved).toHaveLength(2);
  });
});
