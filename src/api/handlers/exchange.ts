import type { Handler } from './handler.ts';
import { ApiFailure, type ApiErrorReason } from '../envelope.ts';
import { exchangeFileName, parseUnitExchangeText, toUnitExchangeText } from '../../core/exchange/unitExchangeFile.ts';
import { resolveUnitYear } from './resolveUnitYear.ts';
import { previewImport } from '../../core/exchange/importPreview.ts';
import { takeAutomaticBackup } from '../../store/backups/automatic.ts';
import { BEFORE_IMPORT_REASON } from '../../store/backups/names.ts';
import type { LotsplanStore } from '../../store/contract.ts';
import type { UnitYearPlan } from '../../core/plan/model.ts';
import { sameName } from '../../core/validation/names.ts';
import { nearDistrictMessage, nearestName } from '../../core/validation/nearNames.ts';

type ExchangeInput = { text: string; fileName?: string | undefined; newDistrict?: boolean | undefined };

function refuse(input: ExchangeInput, messages: string[], reason?: ApiErrorReason): never {
  const where = input.fileName ? `Filen ${input.fileName} kunde inte läsas in` : 'Filen kunde inte läsas in';
  throw new ApiFailure('VALIDATION', `${where}. Ingenting har ändrats i databasen.`, messages, reason);
}

function parseOrRefuse(input: ExchangeInput) {
  const parsed = parseUnitExchangeText(input.text);
  if (!parsed.ok) refuse(input, parsed.messages);
  return parsed;
}

/**
 * The file's plan with the stored spelling of its district and unit ("rinkeby-kista" is read into
 * the stored "Rinkeby-Kista"). A district that is not stored but near one that is ("Rinkby-Kista")
 * is refused as a likely misspelling unless the caller says it is new (`newDistrict`).
 */
async function withStoredNames(store: LotsplanStore, input: ExchangeInput, plan: UnitYearPlan): Promise<UnitYearPlan> {
  const catalog = await store.catalog();
  const district = catalog.find((d) => sameName(d.name, plan.district));
  if (district === undefined) {
    const near =
      input.newDistrict === true
        ? null
        : nearestName(
            plan.district,
            catalog.map((d) => d.name),
          );
    // The reason lets the desktop offer to read it in as a new district (the CLI's --new-district).
    if (near !== null) refuse(input, [nearDistrictMessage(plan.district, near)], { kind: 'nearDistrict', district: plan.district, nearDistrict: near });
    return plan;
  }
  const unit = district.units.find((u) => sameName(u.name, plan.unit));
  return { ...plan, district: district.name, unit: unit?.name ?? plan.unit };
}

export const importExchange: Handler<'importExchange'> = async (ctx, input) => {
  const parsed = parseOrRefuse(input);
  const store = await ctx.getStore();
  const plan = await withStoredNames(store, input, parsed.plan);
  // A backup before every import into a database with data (an empty one has nothing to lose).
  if ((await store.countUnitYears()) > 0) await takeAutomaticBackup(store, BEFORE_IMPORT_REASON);
  const { replaced } = await store.replaceUnitYear(plan, { exampleValues: parsed.exampleValues === true });
  const { district, unit, year } = plan;
  return { district, unit, year, replaced };
};

/** What the import would change, computed in core; nothing is written. */
export const previewImportExchange: Handler<'previewImportExchange'> = async (ctx, input) => {
  const parsed = parseOrRefuse(input);
  const store = await ctx.getStore();
  const plan = await withStoredNames(store, input, parsed.plan);
  const { district, unit, year } = plan;
  const current = await store.getUnitYear({ district, unit, year });
  return previewImport(current, { plan, exampleValues: parsed.exampleValues === true });
};

export const exportExchange: Handler<'exportExchange'> = async (ctx, input) => {
  const { plan, exampleValues } = await resolveUnitYear(await ctx.getStore(), input);
  return { fileName: exchangeFileName(plan), text: toUnitExchangeText(plan, { exampleValues }) };
};
