// The city-wide compilation: every unit's plan for the year, compiled in src/core/compilation.
import type { Handler } from './handler.ts';
import type { LotsplanStore } from '../../store/contract.ts';
import type { UnitYearPlan } from '../../core/plan/model.ts';
import { compileCity } from '../../core/compilation/cityCompilation.ts';
import { ApiFailure } from '../envelope.ts';
import { compilationWorkbook } from '../export/compilationWorkbook.ts';

async function plansOf(store: LotsplanStore, year: number): Promise<UnitYearPlan[]> {
  const plans: UnitYearPlan[] = [];
  for (const district of await store.catalog()) {
    for (const unit of district.units) {
      if (!unit.years.includes(year)) continue;
      const stored = await store.getUnitYear({ district: district.name, unit: unit.name, year });
      if (stored) plans.push(stored.plan);
    }
  }
  return plans;
}

async function yearsOf(store: LotsplanStore): Promise<number[]> {
  const years = new Set((await store.catalog()).flatMap((d) => d.units.flatMap((u) => u.years)));
  return [...years].sort((a, b) => b - a);
}

export const getCityCompilation: Handler<'getCityCompilation'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const years = await yearsOf(store);
  const year = input.year ?? years[0];
  if (year === undefined) return { years, compilation: null };
  return { years, compilation: compileCity(await plansOf(store, year), year, input.maskBelow) };
};

export const exportCityCompilation: Handler<'exportCityCompilation'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const plans = await plansOf(store, input.year);
  if (plans.length === 0) throw new ApiFailure('NOT_FOUND', `Det finns inga planer för ${input.year} i databasen.`);
  const compilation = compileCity(plans, input.year, input.maskBelow);
  const bytes = await compilationWorkbook(compilation);
  return { fileName: `lotsplan-sammanstallning-${input.year}.xlsx`, base64: bytes.toString('base64'), rows: compilation.rows.length };
};
