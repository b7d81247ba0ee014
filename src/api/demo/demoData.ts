// The demo dataset, built from the seed documents (see resources/demo/README.md).
// Imported statically so that the bundled Electron main process carries it too.
import rinkebyKista2020 from '../../../resources/demo/rinkeby-kista-sig-vuxna-2020.json' with { type: 'json' };
import { parseUnitExchangeValue } from '../../core/exchange/unitExchangeFile.ts';
import type { StoredUnitYear } from '../../store/contract.ts';

/** Files whose salaries and other costs are illustrations, not figures from the seeds. */
const EXAMPLE_VALUE_FILES: unknown[] = [rinkebyKista2020];
/** Files whose every figure comes from the seeds. */
const SEED_FILES: unknown[] = [];

export const DEMO_MAIN = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;

export function demoUnitYears(): StoredUnitYear[] {
  const load = (file: unknown, exampleValues: boolean): StoredUnitYear => {
    const parsed = parseUnitExchangeValue(file);
    if (!parsed.ok) throw new Error(`Demodata är ogiltiga: ${parsed.messages.join(' ')}`);
    return { plan: parsed.plan, exampleValues };
  };
  return [...EXAMPLE_VALUE_FILES.map((f) => load(f, true)), ...SEED_FILES.map((f) => load(f, false))];
}
