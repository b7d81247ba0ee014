// Generated bad-input cases for the exchange file: every documented field made wrong in turn.
import { type SpoilableJson, validExchange } from '../fixtures/exchange.ts';

export interface FieldCase {
  name: string;
  /** Makes the valid file bad. */
  spoil: (file: SpoilableJson) => void;
  /** The field path the Swedish message must name. */
  path: string;
}

const numberFields = ['year', 'ageFrom', 'caseloadPerLots', 'poPercent'];
const requiredTop = [
  'format',
  'version',
  'district',
  'unit',
  'year',
  'ageFrom',
  'ageTo',
  'poPercent',
  'staff',
  'otherCosts',
  'funding',
  'participants',
  'demand',
];
const staffNumbers = ['fte', 'monthlySalary', 'fromMonth', 'toMonth'];
const counts = ['enrolled', 'men', 'women', 'otherGender', 'queue', 'touched'];

export function fieldCases(): FieldCase[] {
  const cases: FieldCase[] = [];
  for (const key of requiredTop) cases.push({ name: `${key} saknas`, spoil: (f) => delete f[key], path: key });
  for (const key of numberFields) {
    cases.push({ name: `${key} som text`, spoil: (f) => (f[key] = 'sju'), path: key });
    cases.push({ name: `${key} negativt`, spoil: (f) => (f[key] = -1), path: key });
    cases.push({ name: `${key} enormt`, spoil: (f) => (f[key] = 1e308), path: key });
  }
  cases.push({ name: 'district tom', spoil: (f) => (f.district = '   '), path: 'district' });
  cases.push({ name: 'unit som tal', spoil: (f) => (f.unit = 7), path: 'unit' });
  cases.push({ name: 'ageTo under ageFrom', spoil: (f) => (f.ageTo = 10), path: 'ageTo' });
  cases.push({ name: 'poPercent över 100', spoil: (f) => (f.poPercent = 139.15), path: 'poPercent' });
  cases.push({ name: 'okänt fält överst', spoil: (f) => (f.kommentar = 'x'), path: 'kommentar' });
  for (const key of staffNumbers) {
    cases.push({ name: `staff[0].${key} som text`, spoil: (f) => (f.staff[0][key] = '1,0'), path: `staff[0].${key}` });
    cases.push({ name: `staff[0].${key} negativt`, spoil: (f) => (f.staff[0][key] = -5), path: `staff[0].${key}` });
  }
  cases.push({ name: 'staff[0].fte noll', spoil: (f) => (f.staff[0].fte = 0), path: 'staff[0].fte' });
  cases.push({ name: 'staff[0].fte 1,5', spoil: (f) => (f.staff[0].fte = 1.5), path: 'staff[0].fte' });
  cases.push({ name: 'staff[0].role okänd', spoil: (f) => (f.staff[0].role = 'chef'), path: 'staff[0].role' });
  cases.push({ name: 'staff[0].toMonth 13', spoil: (f) => (f.staff[0].toMonth = 13), path: 'staff[0].toMonth' });
  cases.push({
    name: 'staff[1] slutar före start',
    spoil: (f) => {
      f.staff[1].fromMonth = 9;
      f.staff[1].toMonth = 3;
    },
    path: 'staff[1].toMonth',
  });
  cases.push({ name: 'okänt fält i staff[0]', spoil: (f) => (f.staff[0].namn = 'Anna'), path: 'staff[0].namn' });
  cases.push({ name: 'staff inte en lista', spoil: (f) => (f.staff = { lots: 4 }), path: 'staff' });
  cases.push({ name: 'otherCosts[0].amount negativt', spoil: (f) => (f.otherCosts[0].amount = -250000), path: 'otherCosts[0].amount' });
  cases.push({ name: 'otherCosts[0].label saknas', spoil: (f) => delete f.otherCosts[0].label, path: 'otherCosts[0].label' });
  cases.push({ name: 'funding[0].amount som text', spoil: (f) => (f.funding[0].amount = '2 000 000'), path: 'funding[0].amount' });
  cases.push({ name: 'funding[0].amount över 10^12', spoil: (f) => (f.funding[0].amount = 1e16), path: 'funding[0].amount' });
  cases.push({ name: 'okänt fält i funding[0]', spoil: (f) => (f.funding[0].kommentar = 'x'), path: 'funding[0].kommentar' });
  for (const key of counts) {
    cases.push({ name: `participants.${key} negativt`, spoil: (f) => (f.participants[key] = -1), path: `participants.${key}` });
    cases.push({ name: `participants.${key} decimaltal`, spoil: (f) => (f.participants[key] = 2.5), path: `participants.${key}` });
  }
  cases.push({ name: 'män + kvinnor + annat ≠ inskrivna', spoil: (f) => (f.participants.men = 3), path: 'participants.enrolled' });
  cases.push({ name: 'demand.meanStayMonths noll', spoil: (f) => (f.demand.meanStayMonths = 0), path: 'demand.meanStayMonths' });
  cases.push({ name: 'demand.arrivalsPerMonth negativ', spoil: (f) => (f.demand.arrivalsPerMonth = -2), path: 'demand.arrivalsPerMonth' });
  cases.push({ name: 'okänt fält i demand', spoil: (f) => (f.demand.trend = 3), path: 'demand.trend' });
  return cases;
}

export function spoiled(c: FieldCase): SpoilableJson {
  const file = validExchange();
  c.spoil(file);
  return file;
}
