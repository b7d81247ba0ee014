import type { Handler } from './handler.ts';
import { ApiFailure } from '../envelope.ts';
import { exchangeFileName, parseUnitExchangeText, toUnitExchangeText } from '../../core/exchange/unitExchangeFile.ts';
import { resolveUnitYear } from './resolveUnitYear.ts';
import { previewImport } from '../../core/exchange/importPreview.ts';
import { takeAutomaticBackup } from '../../store/backups/automatic.ts';
import { BEFORE_IMPORT_REASON } from '../../store/backups/names.ts';

function parseOrRefuse(input: { text: string; fileName?: string | undefined }) {
  const parsed = parseUnitExchangeText(input.text);
  if (!parsed.ok) {
    const where = input.fileName ? `Filen ${input.fileName} kunde inte läsas in` : 'Filen kunde inte läsas in';
    throw new ApiFailure('VALIDATION', `${where}. Ingenting har ändrats i databasen.`, parsed.messages);
  }
  return parsed;
}

export const importExchange: Handler<'importExchange'> = async (ctx, input) => {
  const parsed = parseOrRefuse(input);
  const store = await ctx.getStore();
  // A backup before every import into a database with data (an empty one has nothing to lose).
  if ((await store.countUnitYears()) > 0) await takeAutomaticBackup(store, BEFORE_IMPORT_REASON);
  const { replaced } = await store.replaceUnitYear(parsed.plan, { exampleValues: parsed.exampleValues === true });
  const { district, unit, year } = parsed.plan;
  return { district, unit, year, replaced };
};

/** What the import would change, computed in core; nothing is written. */
export const previewImportExchange: Handler<'previewImportExchange'> = async (ctx, input) => {
  const parsed = parseOrRefuse(input);
  const store = await ctx.getStore();
  const { district, unit, year } = parsed.plan;
  const current = await store.getUnitYear({ district, unit, year });
  return previewImport(current, { plan: parsed.plan, exampleValues: parsed.exampleValues === true });
};

export const exportExchange: Handler<'exportExchange'> = async (ctx, input) => {
  const { plan, exampleValues } = await resolveUnitYear(await ctx.getStore(), input);
  return { fileName: exchangeFileName(plan), text: toUnitExchangeText(plan, { exampleValues }) };
};
