// The notice above the figures when the unit is nearly or more than full. At or above 100 % the
// queue is already growing, so the notice must not say that a small increase "kan ge kö".
import { formatUtilization } from '../format/index.ts';

/** From this beläggningsgrad the unit counts as nearly full. */
export const HIGH_UTILIZATION = 0.9;

export interface UtilizationNotice {
  /** 'high': nearly full; 'over': more load than slots, a queue grows. */
  level: 'high' | 'over';
  title: string;
  text: string;
}

export function utilizationNotice(utilization: number | null): UtilizationNotice | null {
  if (utilization === null || !Number.isFinite(utilization) || utilization < HIGH_UTILIZATION) return null;
  const percent = formatUtilization(utilization, 'text');
  if (utilization >= 1) {
    return {
      level: 'over',
      title: 'Fler behöver plats än det finns platser – kön växer',
      text: `Beläggningsgraden är ${percent}. Belastningen är större än antalet platser, så kön växer varje månad tills bemanningen ökar eller anmälningarna minskar.`,
    };
  }
  return {
    level: 'high',
    title: 'Hög beläggning – en liten ökning av efterfrågan kan ge kö',
    text: `Beläggningsgraden är ${percent}. När nästan alla platser behövs räcker ett litet tillskott av anmälningar för att en kö ska uppstå och växa.`,
  };
}
