// Swedish labels for the key figures, as shown in tables, tooltips and documents.
import type { KeyFigures } from './keyFigures.ts';
import { GENDER_HEADINGS } from '../validation/fieldNames.ts';

/** The key figures that are numbers (or null when they cannot be computed), except the year. */
export type NumericKeyFigure = Exclude<{ [K in keyof KeyFigures]: KeyFigures[K] extends number | null ? K : never }[keyof KeyFigures], 'year'>;

export const FIGURE_LABELS: Record<keyof KeyFigures, string> = {
  district: 'Stadsdelsförvaltning',
  unit: 'Enhet',
  year: 'År',
  lotsarFte: 'Lotsar (årsarbetare)',
  caseloadPerLots: 'Deltagare per heltidslots (planerat)',
  capacity: 'Platser',
  enrolled: 'Inskrivna',
  men: 'Män',
  women: 'Kvinnor',
  otherGender: GENDER_HEADINGS.otherGender,
  queue: 'Kö',
  touched: 'Berörda',
  participantsPerLots: 'Deltagare per lots',
  staffCost: 'Personalkostnad',
  lotsStaffCost: 'Personalkostnad lotsar',
  otherCost: 'Övriga kostnader',
  totalCost: 'Total kostnad',
  funding: 'Finansiering',
  balance: 'Resultat (finansiering − kostnad)',
  costPerParticipant: 'Kostnad per deltagare',
  costPerLots: 'Kostnad per lots',
  offeredLoad: 'Belastning',
  utilization: 'Beläggningsgrad',
};
