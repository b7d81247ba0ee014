// Explains each key figure in Swedish with the plan's actual numbers, for tooltips in the UI:
// how the figure was computed, or why it could not be.
import type { StaffPosition, UnitYearPlan } from '../plan/model.ts';
import { STAFF_ROLE_LABELS } from '../plan/model.ts';
import { capitalizeFirst, countInText, formatFte, formatKronor, formatLotsar, formatNumber, formatPercentValue, formatUtilization } from '../format/index.ts';
import { filledPositions, lotsYearWork, monthsActive, positionAnnualCost, type KeyFigures } from './keyFigures.ts';
import type { NumericKeyFigure } from './figureLabels.ts';
import { formatParticipantsPerLots } from './formatFigure.ts';
import { GENDER_TERMS } from '../validation/fieldNames.ts';

export { FIGURE_LABELS, type NumericKeyFigure } from './figureLabels.ts';

/** Lists longer than this are summarised instead of written out term by term. */
const MAX_TERMS = 8;

function plural(n: number, singular: string, pluralForm: string): string {
  return n === 1 ? singular : pluralForm;
}

/** "fyra lotstjänster", "27 inskrivna" — a count in words up to twelve, with its noun. */
function count(n: number, singular: string, pluralForm: string, gender: 'common' | 'neuter' = 'common'): string {
  return `${countInText(n, { gender })} ${plural(n, singular, pluralForm)}`;
}

/** "4,0 lotsar (heltid)"; a single full-time lots is "1,0 lots (heltid)". */
/** "28 platser", "1 inskriven" — digits, for counts inside a calculation. */
function figure(n: number, singular: string, pluralForm: string): string {
  return `${formatNumber(n)} ${plural(n, singular, pluralForm)}`;
}

/** Like count(), but "inga" for zero: "inga kvinnor". */
function countOrNone(n: number, singular: string, pluralForm: string): string {
  return n === 0 ? `inga ${pluralForm}` : count(n, singular, pluralForm);
}

function lotsarText(fte: number): string {
  return `${formatLotsar(fte)} ${fte === 1 ? 'lots' : 'lotsar'} (heltid)`;
}

function monthsText(n: number): string {
  return `${formatNumber(n)} ${plural(n, 'månad', 'månader')}`;
}

function kr(n: number): string {
  return formatKronor(n);
}

/** One term of the staff cost sum, with identical positions grouped: "4 × Lots 1,0 × 38 500 kr × 12 månader". */
function staffTerms(positions: readonly StaffPosition[]): string[] {
  const groups = new Map<string, { position: StaffPosition; n: number }>();
  for (const p of positions) {
    const key = JSON.stringify([p.role, p.title, p.fte, p.monthlySalary, monthsActive(p)]);
    const g = groups.get(key);
    if (g) g.n += 1;
    else groups.set(key, { position: p, n: 1 });
  }
  return [...groups.values()].map(({ position: p, n }) => {
    const name = p.title.trim() || STAFF_ROLE_LABELS[p.role];
    const term = `${name} ${formatFte(p.fte)} × ${kr(p.monthlySalary)} × ${monthsText(monthsActive(p))}`;
    return n > 1 ? `${n} × (${term})` : term;
  });
}

function staffCostText(positions: readonly StaffPosition[], poPercent: number, result: number, what: { none: string; noun: string }): string {
  if (positions.length === 0) return what.none;
  const po = formatPercentValue(poPercent, { minDecimals: 0, maxDecimals: 2 });
  const rule = `Σ sysselsättningsgrad × månadslön × antal månader × (1 + PO-pålägg ${po})`;
  const factor = formatNumber(1 + poPercent / 100, { minDecimals: 0, maxDecimals: 4 });
  const terms = staffTerms(positions);
  const base = positions.reduce((s, p) => s + p.fte * p.monthlySalary * monthsActive(p), 0);
  const positionsText = count(positions.length, what.noun, `${what.noun}er`);
  const sumText = terms.length <= MAX_TERMS ? `${terms.join(' + ')} = ` : '';
  return `${rule} för ${positionsText}: ${sumText}${kr(base)} före PO-pålägg; ${kr(base)} × ${factor} = ${kr(result)}.`;
}

function listSum(items: readonly { label: string; amount: number }[], result: number, noun: { singular: string; plural: string }): string {
  const head = `Summan av ${count(items.length, noun.singular, noun.plural)}`;
  if (items.length > MAX_TERMS) return `${head} = ${kr(result)}.`;
  return `${head}: ${items.map((i) => `${i.label} ${kr(i.amount)}`).join(' + ')} = ${kr(result)}.`;
}

function roundingNote(parts: readonly number[], total: number): string {
  const shown = parts.reduce((s, p) => s + Math.round(p), 0);
  return shown === Math.round(total) ? '' : ' Beloppen är avrundade till hela kronor var för sig.';
}

function demandText(plan: UnitYearPlan): string | null {
  if (!plan.demand) return null;
  const { arrivalsPerMonth, meanStayMonths } = plan.demand;
  const arrivals = `${formatNumber(arrivalsPerMonth)} ${plural(arrivalsPerMonth, 'anmälan', 'anmälningar')} per månad`;
  const stay = `${formatNumber(meanStayMonths)} ${plural(meanStayMonths, 'månads', 'månaders')} vistelse`;
  return `${arrivals} × ${stay}`;
}

const NO_DEMAND = 'Planen saknar antaganden om efterfrågan (anmälningar per månad och genomsnittlig vistelsetid)';

/** A Swedish explanation, with the actual numbers, of every numeric key figure. */
/** " 2 vakanta tjänster (budgeterade men inte tillsatta) räknas inte: de skulle kosta 512 000 kr." */
function vacancyNote(plan: UnitYearPlan, positions: readonly StaffPosition[]): string {
  const vacant = positions.filter((p) => p.vacant === true);
  if (vacant.length === 0) return '';
  const cost = vacant.reduce((s, p) => s + positionAnnualCost(p, plan.poPercent), 0);
  const n = count(vacant.length, 'vakant tjänst', 'vakanta tjänster');
  return ` ${capitalizeFirst(n)} (budgeterade men inte tillsatta) räknas inte med; tillsatta skulle de kosta ${kr(cost)}.`;
}

export function explainKeyFigures(plan: UnitYearPlan, figures: KeyFigures): Record<NumericKeyFigure, string> {
  const staff = filledPositions(plan.staff);
  const lots = staff.filter((s) => s.role === 'lots');
  const f = figures;
  const { men, women, otherGender } = f;

  const lotsarFte =
    lots.length === 0
      ? 'Planen har inga lotstjänster, så antalet lotsar är 0.'
      : lots.length === 1
        ? `Sysselsättningsgraden för den enda lotstjänsten: ${formatLotsar(f.lotsarFte)} årsarbetare.`
        : lots.length <= MAX_TERMS
          ? `Summan av sysselsättningsgraden för ${count(lots.length, 'lotstjänst', 'lotstjänster')}: ${lots.map((l) => formatFte(l.fte)).join(' + ')} = ${formatLotsar(f.lotsarFte)} årsarbetare.`
          : `Summan av sysselsättningsgraden för ${count(lots.length, 'lotstjänst', 'lotstjänster')} = ${formatLotsar(f.lotsarFte)} årsarbetare.`;

  const product = f.lotsarFte * f.caseloadPerLots;
  const head = `${lotsarText(f.lotsarFte)} × ${formatNumber(f.caseloadPerLots)} deltagare per lots`;
  const capacity =
    lots.length === 0
      ? 'Planen har inga lotsar, så antalet platser är 0.'
      : Math.abs(product - f.capacity) < 1e-9
        ? `${head} = ${figure(f.capacity, 'plats', 'platser')}.`
        : `${head} = ${formatNumber(product, { maxDecimals: 2 })}, avrundat nedåt till ${figure(f.capacity, 'plats', 'platser')}.`;

  const genderParts = [
    countOrNone(men, 'man', 'män'),
    countOrNone(women, 'kvinna', 'kvinnor'),
    ...(otherGender > 0 ? [`${countInText(otherGender)} med ${GENDER_TERMS.otherGender}`] : []),
  ];
  const genderList = genderParts.length === 2 ? genderParts.join(' och ') : `${genderParts[0]}, ${genderParts[1]} och ${genderParts[2]}`;
  const enrolled =
    f.enrolled === 0
      ? 'Ingen är inskriven enligt planen.'
      : `${capitalizeFirst(count(f.enrolled, 'person', 'personer'))} är ${plural(f.enrolled, 'inskriven', 'inskrivna')} enligt planen, varav ${genderList}.`;

  const ofEnrolled = (n: number, singular: string, pluralForm: string) =>
    f.enrolled === 0
      ? 'Ingen är inskriven enligt planen.'
      : n === 0
        ? `Ingen av ${figure(f.enrolled, 'inskriven', 'inskrivna')} ${singular}.`
        : `${capitalizeFirst(countInText(n))} av ${figure(f.enrolled, 'inskriven', 'inskrivna')} ${plural(n, singular, pluralForm)}.`;

  const participantsPerLots =
    f.participantsPerLots === null
      ? f.lotsarFte > 0
        ? 'Lotsarnas sammanlagda sysselsättningsgrad är för liten för att antalet deltagare per lots ska kunna beräknas.'
        : 'Planen har inga lotsar, så antalet deltagare per lots kan inte beräknas.'
      : `${figure(f.enrolled, 'inskriven', 'inskrivna')} ÷ ${lotsarText(f.lotsarFte)} = ${formatParticipantsPerLots(f.participantsPerLots)} deltagare per lots.`;

  const costPerParticipant =
    f.costPerParticipant === null
      ? f.enrolled > 0 && f.totalCost === 0
        ? 'Planen har inga kostnader ännu, så kostnaden per deltagare kan inte beräknas.'
        : 'Ingen är inskriven, så kostnaden per deltagare kan inte beräknas.'
      : `Total kostnad ${kr(f.totalCost)} ÷ ${figure(f.enrolled, 'inskriven', 'inskrivna')} = ${kr(f.costPerParticipant)} per deltagare.`;

  const costPerLots =
    f.costPerLots === null
      ? f.lotsarFte > 0
        ? 'Lotsarnas sammanlagda sysselsättningsgrad är för liten för att kostnaden per lots ska kunna beräknas.'
        : 'Planen har inga lotsar, så kostnaden per lots kan inte beräknas.'
      : `Personalkostnad lotsar ${kr(f.lotsStaffCost)} ÷ ${formatLotsar(lotsYearWork(plan))} årsarbetare lots (sysselsättningsgrad × månader i tjänst ÷ 12) = ${kr(f.costPerLots)} per lots (heltid).`;

  const demand = demandText(plan);
  const offeredLoad =
    f.offeredLoad === null || demand === null
      ? `${NO_DEMAND}, så belastningen kan inte beräknas.`
      : `${capitalizeFirst(demand)} = ${formatNumber(f.offeredLoad, { decimals: 1 })} (så många behöver i genomsnitt en plats samtidigt).`;

  let utilization: string;
  if (f.offeredLoad === null || demand === null) {
    utilization = `${NO_DEMAND}, så beläggningsgraden kan inte beräknas.`;
  } else if (f.utilization === null) {
    utilization =
      f.lotsarFte > 0
        ? 'Lotsarna räcker inte till en hel plats, så beläggningsgraden kan inte beräknas.'
        : 'Planen har inga lotsar och därmed inga platser, så beläggningsgraden kan inte beräknas.';
  } else {
    utilization = `Belastning ${formatNumber(f.offeredLoad, { decimals: 1 })} (${demand}) ÷ ${figure(f.capacity, 'plats', 'platser')} = ${formatUtilization(f.utilization)}.`;
    if (f.utilization >= 1) {
      utilization += ' Belastningen är lika stor som eller större än antalet platser, så kön växer med tiden om inte fler platser tillkommer.';
    }
  }

  const balanceWord = f.balance > 0.5 ? ' (överskott)' : f.balance < -0.5 ? ' (underskott)' : ' (i balans)';

  return {
    lotsarFte,
    caseloadPerLots: `Planerat antal deltagare per lots på heltid: ${formatNumber(f.caseloadPerLots)}.`,
    capacity,
    enrolled,
    men: ofEnrolled(men, 'är man', 'är män'),
    women: ofEnrolled(women, 'är kvinna', 'är kvinnor'),
    otherGender: ofEnrolled(otherGender, `har ${GENDER_TERMS.otherGender}`, `har ${GENDER_TERMS.otherGender}`),
    queue: f.queue === 0 ? 'Ingen står i kö enligt planen.' : `${capitalizeFirst(count(f.queue, 'person', 'personer'))} står i kö enligt planen.`,
    touched:
      f.touched === 0
        ? 'Ingen har angetts som berörd (nådd av arbetet utan att vara inskriven).'
        : `${capitalizeFirst(count(f.touched, 'person', 'personer'))} har nåtts av arbetet utan att vara ${plural(f.touched, 'inskriven', 'inskrivna')}.`,
    participantsPerLots,
    staffCost:
      staffCostText(staff, plan.poPercent, f.staffCost, {
        none: `Planen har inga ${plan.staff.length > 0 ? 'tillsatta ' : ''}tjänster, så personalkostnaden är 0 kr.`,
        noun: 'tjänst',
      }) + vacancyNote(plan, plan.staff),
    lotsStaffCost:
      staffCostText(lots, plan.poPercent, f.lotsStaffCost, {
        none: `Planen har inga ${plan.staff.some((p) => p.role === 'lots') ? 'tillsatta ' : ''}lotstjänster, så personalkostnaden för lotsar är 0 kr.`,
        noun: 'lotstjänst',
      }) +
      vacancyNote(
        plan,
        plan.staff.filter((s) => s.role === 'lots'),
      ),
    otherCost:
      plan.otherCosts.length === 0
        ? 'Planen har inga övriga kostnader.'
        : listSum(plan.otherCosts, f.otherCost, { singular: 'kostnadspost', plural: 'kostnadsposter' }),
    totalCost: `Personalkostnad ${kr(f.staffCost)} + övriga kostnader ${kr(f.otherCost)} = ${kr(f.totalCost)}.${roundingNote([f.staffCost, f.otherCost], f.totalCost)}`,
    funding:
      plan.funding.length === 0
        ? 'Planen har ingen finansiering angiven.'
        : listSum(
            plan.funding.map((l) => ({
              label: l.period === null ? l.source : `${l.source} (ansökningsperiod ${l.period})`,
              amount: l.amount,
            })),
            f.funding,
            { singular: 'finansieringsrad', plural: 'finansieringsrader' },
          ),
    balance: `Finansiering ${kr(f.funding)} − total kostnad ${kr(f.totalCost)} = ${kr(f.balance)}${balanceWord}.${roundingNote([f.funding, -f.totalCost], f.balance)}`,
    costPerParticipant,
    costPerLots,
    offeredLoad,
    utilization,
  };
}
