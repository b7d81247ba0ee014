// Tjänsteutlåtanden: create (drafted in core from the unit's live figures), list, edit with
// versions, update figures, export, and the districts' Word templates and defaults. Every figure
// and sentence is made in src/core/memo; these handlers gather the sources from the store, call
// core and save. A refusal is a Swedish message, and nothing is saved.
import type { Handler } from './handler.ts';
import type { ApiContext } from '../context.ts';
import type { LotsplanStore, StoredMemo } from '../../store/contract.ts';
import type { UnitYearKey } from '../../core/plan/model.ts';
import type { EditableUnitYear } from '../../core/unitYear/state.ts';
import {
  MAX_SECTION_CHARS,
  MEMO_TYPE_LABELS,
  SECTION_HEADINGS,
  SECTION_KEYS,
  memoContentSchema,
  type MemoContent,
  type MemoDefaults,
  type MemoSources,
  type RichText,
} from '../../core/memo/index.ts';
import { computeMemoFigures, draftMemo, figureChanges, memoSourceFingerprints, outdatedSources, outdatedText } from '../../core/memo/index.ts';
import type { MonthlyStatistics } from '../../core/statistics/monthly.ts';
import { formatNumber } from '../../core/format/index.ts';
import { ApiFailure } from '../envelope.ts';
import { resolveUnit } from './resolveUnitYear.ts';
import { sameName } from '../../core/validation/names.ts';
import { loadEditableUnitYear, targetKey } from './unitYearAccess.ts';
import { checkDocxTemplate } from '../import/docxTemplate.ts';
import { exportMemoFile, MEMO_FORMAT_LABELS } from './memoExport.ts';
import { lookupPlaceholder } from '../../core/memo/placeholders.ts';

// ---- Defaults ----------------------------------------------------------------------------------

/** What a district gets before anyone has saved its defaults. */
export function builtInMemoDefaults(district: string): MemoDefaults {
  return {
    namnd: `${district} stadsdelsnämnd`,
    forvaltning: `${district} stadsdelsförvaltning`,
    avdelning: 'Avdelningen individ och familj',
    handlaggare: { name: '', phone: '' },
    signatories: [],
  };
}

/** The district as stored (matched without regard to case), or a Swedish refusal. */
export async function resolveDistrict(store: LotsplanStore, district: string): Promise<string> {
  const catalog = await store.catalog();
  const found = catalog.find((d) => sameName(d.name, district));
  if (!found) {
    const known = catalog.map((d) => d.name).join(', ');
    throw new ApiFailure('NOT_FOUND', `Stadsdelen ”${district}” finns inte i databasen.${known ? ` Följande finns: ${known}.` : ' Databasen är tom.'}`);
  }
  return found.name;
}

async function defaultsOf(store: LotsplanStore, district: string): Promise<MemoDefaults> {
  const settings = await store.getMemoDistrictSettings(district);
  return settings?.defaults ?? builtInMemoDefaults(district);
}

// ---- Sources and views -------------------------------------------------------------------------

const keyOf = (memo: StoredMemo): UnitYearKey => ({ district: memo.district, unit: memo.unit, year: memo.year });

interface GatheredSources {
  sources: MemoSources;
  unitYear: EditableUnitYear;
  /** The memo names a scenario that no longer exists; the figures come from the plan. */
  scenarioMissing: boolean;
}

async function gatherSources(ctx: ApiContext, key: UnitYearKey, scenarioId: number | null, now = new Date()): Promise<GatheredSources> {
  const store = await ctx.getStore();
  const unitYear = await loadEditableUnitYear(ctx, key);
  const planUpdatedAt = (await store.getPlanUpdatedAt(key)) ?? now.toISOString();
  const statistics = (await store.getMonthlyStatistics({ district: key.district, unit: key.unit })) ?? [];
  const scenarioMissing = scenarioId !== null && !unitYear.state.scenarios.some((s) => s.id === scenarioId);
  return { sources: { unitYear, planUpdatedAt, statistics, scenarioId: scenarioMissing ? null : scenarioId, now }, unitYear, scenarioMissing };
}

function scenarioNotice(scenarioMissing: boolean): string[] {
  return scenarioMissing ? ['Scenariot som tjänsteutlåtandet bygger på finns inte längre. Siffrorna räknas därför från planen utan scenario.'] : [];
}

/** What a memo's view is read with; listMemos loads it once per year for all the unit's memos. */
interface LoadedSources {
  unitYear: EditableUnitYear | null;
  planUpdatedAt: string | null;
  statistics: readonly MonthlyStatistics[];
  defaultTemplateId: number | null;
}

async function loadSources(ctx: ApiContext, key: UnitYearKey): Promise<LoadedSources> {
  const store = await ctx.getStore();
  return {
    unitYear: await store.getEditableUnitYear(key),
    planUpdatedAt: await store.getPlanUpdatedAt(key),
    statistics: (await store.getMonthlyStatistics({ district: key.district, unit: key.unit })) ?? [],
    defaultTemplateId: (await store.getMemoDistrictSettings(key.district))?.defaultTemplateId ?? null,
  };
}

async function viewOf(ctx: ApiContext, memo: StoredMemo, loaded?: LoadedSources) {
  const { unitYear, planUpdatedAt, statistics, defaultTemplateId } = loaded ?? (await loadSources(ctx, keyOf(memo)));
  const scenario = memo.scenarioId === null ? null : (unitYear?.state.scenarios.find((s) => s.id === memo.scenarioId) ?? null);
  const scenarioMissing = memo.scenarioId !== null && scenario === null;
  const outdatedBecause = unitYear
    ? outdatedSources(memo.content, memoSourceFingerprints({ unitYear, statistics, scenarioId: scenario?.id ?? null }), planUpdatedAt)
    : [];
  return {
    summary: {
      id: memo.id,
      district: memo.district,
      unit: memo.unit,
      year: memo.year,
      type: memo.type,
      typeLabel: MEMO_TYPE_LABELS[memo.type],
      title: memo.title,
      dnr: memo.content.metadata.dnr,
      scenarioName: scenario?.name ?? null,
      createdAt: memo.createdAt,
      updatedAt: memo.updatedAt,
      exportedAt: memo.exportedAt,
      outdated: outdatedBecause.length > 0,
      outdatedBecause,
      figuresComputedAt: memo.content.figures.computedAt,
    },
    scenarioId: memo.scenarioId,
    scenarioMissing,
    version: memo.version,
    content: memo.content,
    templateId: memo.templateId ?? defaultTemplateId,
  };
}

async function requireMemo(store: LotsplanStore, id: number): Promise<StoredMemo> {
  const memo = await store.getMemo(id);
  if (!memo) throw new ApiFailure('NOT_FOUND', `Tjänsteutlåtandet med nummer ${id} finns inte.`);
  if (memo.deletedAt !== null) throw new ApiFailure('NOT_FOUND', `Tjänsteutlåtandet ”${memo.title}” är borttaget.`);
  return memo;
}

// ---- Input checks ------------------------------------------------------------------------------

function plainLength(doc: RichText): number {
  let n = 0;
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as { type: string; text?: string; content?: unknown[] }[]) {
      if (node.type === 'text') n += node.text?.length ?? 0;
      else if (node.type === 'figure' || node.type === 'hardBreak') n += 1;
      if (node.content) walk(node.content);
    }
  };
  walk(doc.content);
  return n;
}

/** Refuses a section longer than MAX_SECTION_CHARS, naming it; nothing is saved. */
function checkSectionLengths(sections: MemoContent['sections']): void {
  const problems: string[] = [];
  for (const key of SECTION_KEYS) {
    const doc = sections[key];
    if (!doc) continue;
    const length = plainLength(doc);
    if (length > MAX_SECTION_CHARS) {
      problems.push(`Avsnittet ${SECTION_HEADINGS[key]} har ${formatNumber(length)} tecken; högst ${formatNumber(MAX_SECTION_CHARS)} får plats.`);
    }
  }
  if (problems.length > 0) {
    throw new ApiFailure('VALIDATION', 'Tjänsteutlåtandet sparades inte: ett avsnitt är för långt. Korta texten och försök igen.', problems);
  }
}

// ---- Memos -------------------------------------------------------------------------------------

export const listMemos: Handler<'listMemos'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const unit = await resolveUnit(store, input);
  const memos = await store.listMemos({ district: unit.district, unit: unit.unit, year: input.year });
  const byYear = new Map<number, LoadedSources>();
  const summaries = [];
  for (const memo of memos) {
    let loaded = byYear.get(memo.year);
    if (!loaded) {
      loaded = await loadSources(ctx, keyOf(memo));
      byYear.set(memo.year, loaded);
    }
    if (!loaded.unitYear) continue;
    summaries.push((await viewOf(ctx, memo, loaded)).summary);
  }
  return { memos: summaries };
};

export const createMemo: Handler<'createMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const key = await targetKey(store, input);
  const gathered = await gatherSources(ctx, key, input.scenarioId);
  if (gathered.scenarioMissing) {
    const names = gathered.unitYear.state.scenarios.map((s) => `${s.name} (${s.id})`).join(', ');
    throw new ApiFailure(
      'NOT_FOUND',
      `Scenariot med nummer ${input.scenarioId} finns inte för ${key.unit} (${key.district}) ${key.year}.${names ? ` Följande finns: ${names}.` : ' Det finns inga scenarier.'}`,
    );
  }
  const defaults = await defaultsOf(store, key.district);
  // Masked unless asked not to: the rule is defaultMemoOptions's.
  const content = memoContentSchema.parse(
    draftMemo(input.type, gathered.sources, defaults, { skrivelse: input.skrivelse, ...(input.mask === undefined ? {} : { mask: input.mask }) }),
  );
  const memo = await store.createMemo({ key, scenarioId: input.scenarioId, content, kind: 'create' });
  return viewOf(ctx, memo);
};

export const getMemo: Handler<'getMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  return viewOf(ctx, await requireMemo(store, input.id));
};

export const saveMemo: Handler<'saveMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  checkSectionLengths(input.edit.sections);
  const content: MemoContent = { ...memo.content, ...input.edit, type: memo.type, figures: memo.content.figures };
  const saved = await store.saveMemo(memo.id, input.baseVersion, memoContentSchema.parse(content), { kind: 'save' });
  return viewOf(ctx, saved);
};

export const copyMemo: Handler<'copyMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  const title = `${memo.content.metadata.title || 'Tjänsteutlåtande'} (kopia)`.slice(0, 300);
  const content: MemoContent = { ...memo.content, metadata: { ...memo.content.metadata, title } };
  const copy = await store.createMemo({
    key: keyOf(memo),
    scenarioId: memo.scenarioId,
    content,
    templateId: memo.templateId,
    kind: 'copy',
    copiedFrom: memo.title,
  });
  return viewOf(ctx, copy);
};

export const deleteMemo: Handler<'deleteMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  await store.setMemoDeleted(memo.id, true);
  return { id: memo.id, title: memo.title };
};

export const undeleteMemo: Handler<'undeleteMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await store.getMemo(input.id);
  if (!memo) throw new ApiFailure('NOT_FOUND', `Tjänsteutlåtandet med nummer ${input.id} finns inte.`);
  return viewOf(ctx, await store.setMemoDeleted(memo.id, false));
};

export const listMemoVersions: Handler<'listMemoVersions'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  const versions = await store.listMemoVersions(memo.id);
  return { versions: versions.map((v) => ({ version: v.version, savedAt: v.savedAt, summary: v.summary })) };
};

async function requireVersion(store: LotsplanStore, memo: StoredMemo, version: number) {
  const found = await store.getMemoVersion(memo.id, version);
  if (!found) {
    const kept = (await store.listMemoVersions(memo.id)).map((v) => v.version).reverse();
    throw new ApiFailure('NOT_FOUND', `Version ${version} av tjänsteutlåtandet ”${memo.title}” finns inte. Sparade versioner: ${kept.join(', ')}.`);
  }
  return found;
}

export const getMemoVersion: Handler<'getMemoVersion'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  return requireVersion(store, memo, input.version);
};

export const restoreMemoVersion: Handler<'restoreMemoVersion'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  const found = await requireVersion(store, memo, input.version);
  const restored = await store.saveMemo(memo.id, memo.version, found.content, { kind: 'restore', restoredVersion: input.version });
  return viewOf(ctx, restored);
};

export const previewFigureUpdate: Handler<'previewFigureUpdate'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  const gathered = await gatherSources(ctx, keyOf(memo), memo.scenarioId);
  const figures = computeMemoFigures(gathered.sources);
  return { changes: figureChanges(memo.content, figures), computedAt: figures.computedAt, notices: scenarioNotice(gathered.scenarioMissing) };
};

export const applyFigureUpdate: Handler<'applyFigureUpdate'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  const gathered = await gatherSources(ctx, keyOf(memo), memo.scenarioId);
  const figures = computeMemoFigures(gathered.sources);
  const saved = await store.saveMemo(memo.id, input.baseVersion, { ...memo.content, figures }, { kind: 'figures' });
  return viewOf(ctx, saved);
};

export const exportMemo: Handler<'exportMemo'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const memo = await requireMemo(store, input.id);
  let template: { name: string; bytes: Uint8Array } | null = null;
  if (input.template) {
    const bytes = Buffer.from(input.template.base64, 'base64');
    const check = checkDocxTemplate(bytes, input.template.fileName);
    if (!check.ok) throw new ApiFailure('VALIDATION', `${check.message} Ingenting har exporterats.`);
    template = { name: input.template.fileName, bytes };
  } else {
    const settings = await store.getMemoDistrictSettings(memo.district);
    const templateId = input.templateId === undefined ? (memo.templateId ?? settings?.defaultTemplateId ?? null) : input.templateId;
    if (templateId !== null) {
      const stored = await store.getMemoTemplate(templateId);
      if (!stored || stored.district !== memo.district)
        throw new ApiFailure('NOT_FOUND', `Word-mallen med nummer ${templateId} finns inte för ${memo.district}.`);
      template = { name: stored.name, bytes: stored.bytes };
    }
  }
  if (template && input.format !== 'docx') template = null;
  const { summary } = await viewOf(ctx, memo);
  const file = await exportMemoFile(ctx, memo, input.format, template, outdatedText(summary.outdatedBecause, summary.figuresComputedAt, new Date()));
  return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64'), mimeType: file.mimeType, warnings: file.warnings };
};

export const recordMemoExport: Handler<'recordMemoExport'> = async (ctx, input) => {
  const store = await ctx.getStore();
  await requireMemo(store, input.id);
  return { exportedAt: await store.markMemoExported(input.id, MEMO_FORMAT_LABELS[input.format]) };
};

// ---- Templates and defaults --------------------------------------------------------------------

async function templateView(template: Awaited<ReturnType<LotsplanStore['listMemoTemplates']>>[number]) {
  const known = template.placeholders.filter((name) => lookupPlaceholder(name) !== null);
  const unknown = template.placeholders.filter((name) => lookupPlaceholder(name) === null);
  return {
    id: template.id,
    district: template.district,
    name: template.name,
    sizeBytes: template.sizeBytes,
    addedAt: template.addedAt,
    isDefault: template.isDefault,
    placeholders: known,
    unknownPlaceholders: unknown,
  };
}

export const listMemoTemplates: Handler<'listMemoTemplates'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const district = await resolveDistrict(store, input.district);
  return { templates: await Promise.all((await store.listMemoTemplates(district)).map(templateView)) };
};

export const addMemoTemplate: Handler<'addMemoTemplate'> = async (ctx, input) => {
  const bytes = Buffer.from(input.base64, 'base64');
  const check = checkDocxTemplate(bytes, input.fileName);
  if (!check.ok) throw new ApiFailure('VALIDATION', `${check.message} Ingenting har sparats.`);
  const store = await ctx.getStore();
  const district = await resolveDistrict(store, input.district);
  const saved = await store.addMemoTemplate(district, { name: input.fileName, bytes, placeholders: check.placeholders }, input.makeDefault);
  return templateView(saved);
};

export const deleteMemoTemplate: Handler<'deleteMemoTemplate'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const removed = await store.deleteMemoTemplate(input.id);
  return { id: removed.id };
};

export const setMemoTemplate: Handler<'setMemoTemplate'> = async (ctx, input) => {
  const store = await ctx.getStore();
  if ('memoId' in input) {
    const memo = await requireMemo(store, input.memoId);
    await store.setMemoTemplate(memo.id, input.templateId);
  } else {
    await store.setDefaultMemoTemplate(await resolveDistrict(store, input.district), input.templateId);
  }
  return { templateId: input.templateId };
};

export const getMemoDefaults: Handler<'getMemoDefaults'> = async (ctx, input) => {
  const store = await ctx.getStore();
  return defaultsOf(store, await resolveDistrict(store, input.district));
};

export const saveMemoDefaults: Handler<'saveMemoDefaults'> = async (ctx, input) => {
  const store = await ctx.getStore();
  const district = await resolveDistrict(store, input.district);
  await store.saveMemoDefaults(district, input.defaults);
  return defaultsOf(store, district);
};
