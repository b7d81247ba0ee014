// Stockholm's district administrations (stadsdelsförvaltningar) and Swedish sorting of names.
// The lists are defaults the user may edit: the city reorganises (14 districts before 2020,
// 13 since Hägersten-Liljeholmen and Älvsjö became Hägersten-Älvsjö on 1 January 2020).

/** The 13 district administrations of Stockholm from 2020, by the short names used in plans. */
export const STOCKHOLM_DISTRICTS_2020 = [
  'Bromma',
  'Enskede-Årsta-Vantör',
  'Farsta',
  'Hägersten-Älvsjö',
  'Hässelby-Vällingby',
  'Kungsholmen',
  'Norrmalm',
  'Rinkeby-Kista',
  'Skarpnäck',
  'Skärholmen',
  'Spånga-Tensta',
  'Södermalm',
  'Östermalm',
] as const;

/** The seven districts that ran a Social insatsgrupp in 2021 (DOMAIN.md). */
export const SIG_DISTRICTS_2021 = [
  'Enskede-Årsta-Vantör',
  'Farsta',
  'Hässelby-Vällingby',
  'Rinkeby-Kista',
  'Skarpnäck',
  'Skärholmen',
  'Spånga-Tensta',
] as const;

/** A fresh, editable copy of the default district list, sorted the Swedish way. */
export function defaultDistricts(): string[] {
  return sortSwedish(STOCKHOLM_DISTRICTS_2020);
}

/** A fresh, editable copy of the districts that ran SIG in 2021, sorted the Swedish way. */
export function defaultSigDistricts(): string[] {
  return sortSwedish(SIG_DISTRICTS_2021);
}

/** The full name of the administration: "Rinkeby-Kista stadsdelsförvaltning". */
export function districtAdministrationName(district: string): string {
  return `${district.trim()} stadsdelsförvaltning`;
}

const collator = new Intl.Collator('sv', { numeric: true });

/**
 * Compares names in Swedish alphabetical order: å, ä, ö after z; digits by value ("Lots 2"
 * before "Lots 10"). Use as a sort comparator.
 */
export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy of the names, in Swedish order. */
export function sortSwedish(names: readonly string[]): string[] {
  return [...names].sort(compareSwedish);
}
