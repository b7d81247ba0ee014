// The demo dataset, built from the public documents that resources/demo/README.md describes.
// Imported statically so that the bundled Electron main process carries it too.
import rinkebyKista2020 from '../../../resources/demo/rinkeby-kista-sig-vuxna-2020.json' with { type: 'json' };
import d2016EnskedeArstaVantor from '../../../resources/demo/2016-enskede-arsta-vantor-sig-vuxna.json' with { type: 'json' };
import d2016Farsta from '../../../resources/demo/2016-farsta-sig-vuxna.json' with { type: 'json' };
import d2016HasselbyVallingby from '../../../resources/demo/2016-hasselby-vallingby-sig-vuxna.json' with { type: 'json' };
import d2016Skarpnack from '../../../resources/demo/2016-skarpnack-sig-vuxna.json' with { type: 'json' };
import d2016Sodermalm from '../../../resources/demo/2016-sodermalm-sig-vuxna.json' with { type: 'json' };
import d2016SpangaTensta from '../../../resources/demo/2016-spanga-tensta-sig-vuxna.json' with { type: 'json' };
import rinkebyKista2020Statistics from '../../../resources/demo/rinkeby-kista-sig-vuxna-manadsstatistik-2020.json' with { type: 'json' };
import { parseUnitExchangeValue } from '../../core/exchange/unitExchangeFile.ts';
import { monthlyStatisticsListSchema } from '../../core/statistics/monthly.ts';
import type { StoredUnitYear, UnitStatistics } from '../../store/contract.ts';
import type { MemoDefaults } from '../../core/memo/sources.ts';

/** Files whose salaries and other costs are illustrations, not figures from the seeds. */
const EXAMPLE_VALUE_FILES: unknown[] = [rinkebyKista2020];
/** Files whose every figure comes from the seeds. */
const SEED_FILES: unknown[] = [d2016EnskedeArstaVantor, d2016Farsta, d2016HasselbyVallingby, d2016Skarpnack, d2016Sodermalm, d2016SpangaTensta];

export const DEMO_MAIN = { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: 2020 } as const;

export function demoUnitYears(): StoredUnitYear[] {
  const load = (file: unknown, exampleValues: boolean): StoredUnitYear => {
    const parsed = parseUnitExchangeValue(file);
    if (!parsed.ok) throw new Error(`Demodata är ogiltiga: ${parsed.messages.join(' ')}`);
    return { plan: parsed.plan, exampleValues };
  };
  return [...EXAMPLE_VALUE_FILES.map((f) => load(f, true)), ...SEED_FILES.map((f) => load(f, false))];
}

/** Example monthly statistics for the main demo unit (illustrations, see resources/demo/README.md). */
export function demoStatistics(): UnitStatistics[] {
  const file = rinkebyKista2020Statistics;
  const months = monthlyStatisticsListSchema.safeParse(file.months);
  if (!months.success) throw new Error(`Demodatans månadsstatistik är ogiltig: ${months.error.message}`);
  return [{ district: file.district, unit: file.unit, months: months.data }];
}

/**
 * Memo defaults of the demo district, as in the signature block of the reference memo (the memo
 * "Utöka Sociala insatsgruppen", Rinkeby-Kista 2020). No handläggare is named in the seed.
 */
export function demoMemoDefaults(): { district: string; defaults: MemoDefaults }[] {
  return [
    {
      district: DEMO_MAIN.district,
      defaults: {
        namnd: 'Rinkeby-Kista stadsdelsnämnd',
        forvaltning: 'Rinkeby-Kista stadsdelsförvaltning',
        avdelning: 'Avdelningen individ och familj',
        handlaggare: { name: '', phone: '' },
        signatories: [
          { name: 'Karin Exempelsson', title: 'stadsdelsdirektör' },
          { name: 'Johan Exempelsson', title: 'avdelningschef' },
        ],
      },
    },
  ];
}
