// What each key-figure card on Översikt says: its label, its value and the line beneath. The
// figures come from computeKeyFigures; this module only words them, with the shared Swedish
// formatters, so the screen never puts a figure's words together itself.
import { formatAmountWithExact, formatKronor, formatLotsar, formatNumber, formatUtilization } from '../format/index.ts';
import { BALANCE_WORDS, balanceState } from './balance.ts';
import type { NumericKeyFigure } from './figureLabels.ts';
import { formatParticipantsPerLots } from './formatFigure.ts';
import type { KeyFigures } from './keyFigures.ts';
import { HIGH_UTILIZATION } from './utilizationNotice.ts';
import { GENDER_TERMS } from '../validation/fieldNames.ts';

type Figures = KeyFigures;

export type FigureTone = 'neutral' | 'positive' | 'negative' | 'warning';

export interface FigureCardSpec {
  key: NumericKeyFigure;
  label: string;
  value: string;
  /** A second line: the exact amount, a breakdown or what the figure refers to. */
  detail: string;
  tone: FigureTone;
}

export interface FigureGroup {
  title: string;
  cards: FigureCardSpec[];
}

const MISSING = '–';

/** Large amounts in mnkr with the exact kronor beneath; smaller ones in kronor (the rule is core's). */
const amount = formatAmountWithExact;

function count(n: number, singular: string, plural: string): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

export function highUtilization(figures: Figures): boolean {
  return figures.utilization !== null && figures.utilization >= HIGH_UTILIZATION;
}

/** "24 män, 3 kvinnor"; older compilations may lack the gender of some or all participants. */
function genderBreakdown(f: Figures, genderUnknown: number): string {
  if (f.enrolled > 0 && genderUnknown === f.enrolled) return 'könsfördelning saknas';
  const parts = [count(f.men, 'man', 'män'), count(f.women, 'kvinna', 'kvinnor')];
  if (f.otherGender > 0) parts.push(`${formatNumber(f.otherGender)} ${GENDER_TERMS.otherGender}`);
  if (genderUnknown > 0) parts.push(`${formatNumber(genderUnknown)} ${GENDER_TERMS.genderUnknown}`);
  return parts.join(', ');
}

/** `genderUnknown` comes from the plan (getUnitYear); the key figures do not carry it. */
export function buildFigureGroups(f: Figures, genderUnknown = 0): FigureGroup[] {
  const staff = amount(f.staffCost);
  const lotsStaff = amount(f.lotsStaffCost);
  const other = amount(f.otherCost);
  const total = amount(f.totalCost);
  const funding = amount(f.funding);
  const balance = amount(f.balance);
  const balanceTone: FigureTone = balanceState(f.balance) === 'deficit' ? 'negative' : 'positive';
  const balanceWord = BALANCE_WORDS[balanceState(f.balance)];

  return [
    {
      title: 'Platser och deltagare',
      cards: [
        {
          key: 'lotsarFte',
          label: 'Lotsar',
          value: formatLotsar(f.lotsarFte),
          detail: 'årsarbetare',
          tone: 'neutral',
        },
        {
          key: 'capacity',
          label: 'Platser',
          value: formatNumber(f.capacity),
          detail: `${formatNumber(f.caseloadPerLots, { maxDecimals: 2 })} per heltidslots`,
          tone: 'neutral',
        },
        {
          key: 'enrolled',
          label: 'Inskrivna',
          value: formatNumber(f.enrolled),
          detail: genderBreakdown(f, genderUnknown),
          tone: 'neutral',
        },
        {
          key: 'touched',
          label: 'Berörda',
          value: formatNumber(f.touched),
          detail: 'nådda utan att vara inskrivna',
          tone: 'neutral',
        },
      ],
    },
    {
      title: 'Kö och belastning',
      cards: [
        {
          key: 'queue',
          label: 'Kö',
          value: formatNumber(f.queue),
          detail: f.queue === 1 ? 'person väntar på plats' : 'personer väntar på plats',
          tone: f.queue > 0 ? 'warning' : 'neutral',
        },
        {
          key: 'participantsPerLots',
          label: 'Deltagare per lots',
          value: f.participantsPerLots === null ? MISSING : formatParticipantsPerLots(f.participantsPerLots),
          detail: f.participantsPerLots === null ? 'planen har inga lotsar' : 'inskrivna per heltidslots',
          tone: 'neutral',
        },
        {
          key: 'offeredLoad',
          label: 'Belastning',
          value: f.offeredLoad === null ? MISSING : formatNumber(f.offeredLoad, { maxDecimals: 1 }),
          detail: f.offeredLoad === null ? 'efterfrågan är inte angiven' : 'behöver plats samtidigt',
          tone: 'neutral',
        },
        {
          key: 'utilization',
          label: 'Beläggningsgrad',
          value: f.utilization === null ? MISSING : formatUtilization(f.utilization),
          detail: f.utilization === null ? 'kan inte beräknas' : 'belastning i förhållande till platser',
          tone: highUtilization(f) ? 'warning' : 'neutral',
        },
      ],
    },
    {
      title: 'Kostnader',
      cards: [
        { key: 'staffCost', label: 'Personalkostnad', value: staff.value, detail: staff.detail ?? 'inklusive PO-pålägg', tone: 'neutral' },
        { key: 'lotsStaffCost', label: 'Varav lotsar', value: lotsStaff.value, detail: lotsStaff.detail ?? 'inklusive PO-pålägg', tone: 'neutral' },
        { key: 'otherCost', label: 'Övriga kostnader', value: other.value, detail: other.detail ?? 'lokaler, aktiviteter med mera', tone: 'neutral' },
        { key: 'totalCost', label: 'Total kostnad', value: total.value, detail: total.detail ?? 'personal och övrigt', tone: 'neutral' },
      ],
    },
    {
      title: 'Finansiering och resultat',
      cards: [
        { key: 'funding', label: 'Finansiering', value: funding.value, detail: funding.detail ?? 'beviljade medel', tone: 'neutral' },
        {
          key: 'balance',
          label: 'Resultat',
          value: balance.value,
          detail: balance.detail ? `${balanceWord}, ${balance.detail}` : balanceWord.toLocaleLowerCase('sv'),
          tone: balanceTone,
        },
        {
          key: 'costPerParticipant',
          label: 'Kostnad per deltagare',
          value: f.costPerParticipant === null ? MISSING : formatKronor(f.costPerParticipant),
          detail: f.costPerParticipant === null ? (f.enrolled > 0 ? 'planen har inga kostnader' : 'ingen är inskriven') : 'total kostnad per inskriven',
          tone: 'neutral',
        },
        {
          key: 'costPerLots',
          label: 'Kostnad per lots',
          value: f.costPerLots === null ? MISSING : formatKronor(f.costPerLots),
          detail: f.costPerLots === null ? 'planen har inga lotsar' : 'personalkostnad per heltidslots',
          tone: 'neutral',
        },
      ],
    },
  ];
}
