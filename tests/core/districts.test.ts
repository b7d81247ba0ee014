import { describe, it, expect } from 'vitest';
import {
  compareSwedish,
  defaultDistricts,
  defaultSigDistricts,
  districtAdministrationName,
  SIG_DISTRICTS_2021,
  sortSwedish,
  STOCKHOLM_DISTRICTS_2020,
} from '../../src/core/districts.ts';

describe('districts', () => {
  it('lists the 13 district administrations after 2020', () => {
    expect(STOCKHOLM_DISTRICTS_2020).toHaveLength(13);
    expect(new Set(STOCKHOLM_DISTRICTS_2020).size).toBe(13);
    expect(STOCKHOLM_DISTRICTS_2020).toContain('Hägersten-Älvsjö');
    expect(STOCKHOLM_DISTRICTS_2020).not.toContain('Älvsjö');
    expect(STOCKHOLM_DISTRICTS_2020).not.toContain('Hägersten-Liljeholmen');
  });

  it('lists the seven SIG districts of 2021, all among the 13', () => {
    expect([...SIG_DISTRICTS_2021].sort(compareSwedish)).toEqual([
      'Enskede-Årsta-Vantör',
      'Farsta',
      'Hässelby-Vällingby',
      'Rinkeby-Kista',
      'Skarpnäck',
      'Skärholmen',
      'Spånga-Tensta',
    ]);
    for (const d of SIG_DISTRICTS_2021) expect(STOCKHOLM_DISTRICTS_2020).toContain(d);
  });

  it('hands out editable copies', () => {
    const list = defaultDistricts();
    list.push('Ny stadsdel');
    expect(defaultDistricts()).toHaveLength(13);
    expect(defaultSigDistricts()).toHaveLength(7);
  });

  it('names the administration', () => {
    expect(districtAdministrationName('Rinkeby-Kista')).toBe('Rinkeby-Kista stadsdelsförvaltning');
  });
});

describe('compareSwedish', () => {
  it('sorts å, ä, ö after z', () => {
    expect(sortSwedish(['Östermalm', 'Älvsjö', 'Åkeshov', 'Zinkensdamm', 'Bromma', 'Ängby'])).toEqual([
      'Bromma',
      'Zinkensdamm',
      'Åkeshov',
      'Älvsjö',
      'Ängby',
      'Östermalm',
    ]);
    expect(compareSwedish('ö', 'z')).toBeGreaterThan(0);
    expect(compareSwedish('a', 'a')).toBe(0);
  });

  it('sorts numbers by value and the district list ends with Östermalm', () => {
    expect(sortSwedish(['Lots 10', 'Lots 2'])).toEqual(['Lots 2', 'Lots 10']);
    const sorted = defaultDistricts();
    expect(sorted[0]).toBe('Bromma');
    expect(sorted.at(-1)).toBe('Östermalm');
    expect(sorted.indexOf('Södermalm')).toBeGreaterThan(sorted.indexOf('Spånga-Tensta'));
  });
});
