// `lotsplan memo`: drafts a tjänsteutlåtande with the default texts from a unit's live figures,
// saves it in the database and exports it in one step; `memo list`, `memo show --id N` and
// `memo export --id N` work on saved memos. Everything a refusal depends on (the output file, the
// template, the unit and year) is checked before anything is written.
import path from 'node:path';
import { outputFileType, resolveOutputFile, writeOutputFile, withExtension, type OutputFileType } from '../outputFile.ts';
import { readBinaryFileLimited } from '../readTextFile.ts';
import { DB_OPTION, defineCommand } from './types.ts';
import { reportFailure, withSession, type SessionOf } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo } from '../io.ts';
import { parseYear } from '../parseArgs.ts';
import { MAX_TEMPLATE_BYTES } from '../../api/contracts/memos.ts';
import { checkDocxTemplate } from '../../api/import/docxTemplate.ts';
import { MEMO_TYPE_LABELS, MEMO_TYPES, SECTION_HEADINGS, SECTION_KEYS, type MemoType } from '../../core/memo/model.ts';
import { outdatedText } from '../../core/memo/sourceFingerprints.ts';
import type { CallOutput } from '../../api/contracts/index.ts';
import { formatDateTable, formatDateTimeTable } from '../../core/format/index.ts';

const FORMATS = ['docx', 'pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];

type MemoView = CallOutput<'getMemo'>;

function parseId(value: unknown): number {
  if (typeof value !== 'string') throw new UsageError('Ange tjänsteutlåtandets nummer med --id.');
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new UsageError(`--id ska vara ett positivt heltal (fick ”${value}”).`);
  return id;
}

/** --year, with the message every other command gives for a year out of range. */
function requireYear(value: unknown): number {
  if (typeof value !== 'string') throw new UsageError('Ange året med --year.');
  return parseYear(value);
}

function parseType(value: unknown): MemoType {
  if (value === undefined) return 'redovisning';
  if (typeof value === 'string' && (MEMO_TYPES as readonly string[]).includes(value)) return value as MemoType;
  throw new UsageError(`--type ska vara en av ${MEMO_TYPES.join(', ')} (fick ”${String(value)}”).`);
}

/** The files a memo is written as, by extension. */
const MEMO_FILES: readonly OutputFileType<Format>[] = [
  { format: 'docx', extension: 'docx', label: 'Word' },
  { format: 'pdf', extension: 'pdf', label: 'PDF' },
  { format: 'html', extension: 'html', label: 'webbsida' },
];

/**
 * The format from --out's extension; --format, when given, must say the same. A name of another
 * kind, or a --format that contradicts the name (a PDF in m.docx), is refused before anything is written.
 */
function parseFormat(value: unknown, out: string): Format {
  if (value === undefined) return outputFileType('out', out, MEMO_FILES);
  const given = MEMO_FILES.find((f) => f.format === value);
  if (given === undefined) throw new UsageError(`Flaggan --format ska vara docx, pdf eller html (fick ”${String(value)}”).`);
  const named = MEMO_FILES.find((f) => f.extension === path.extname(out).slice(1).toLowerCase());
  if (named !== undefined && named.format !== given.format) {
    throw new UsageError(
      `Flaggan --format ${given.format} stämmer inte med filnamnet ${path.basename(out)}. Ändra filnamnet till ${withExtension(path.basename(out), given.extension)} eller ta bort --format.`,
    );
  }
  return outputFileType('out', out, [given]);
}

/** The template file, read and checked; null (with a message) when it cannot be used. */
async function readTemplate(io: CliIo, file: string): Promise<{ fileName: string; base64: string } | null> {
  const full = path.resolve(io.cwd, file);
  const read = await readBinaryFileLimited(full, MAX_TEMPLATE_BYTES, 'för att vara en Word-mall ');
  if (!read.ok) {
    io.stderr(`Fel: ${read.message} Ingenting har skrivits.\n`);
    return null;
  }
  const check = checkDocxTemplate(read.bytes, path.basename(full));
  if (!check.ok) {
    io.stderr(`Fel: ${check.message} Ingenting har skrivits.\n`);
    return null;
  }
  return { fileName: path.basename(full), base64: read.bytes.toString('base64') };
}

async function exportTo(
  io: CliIo,
  session: SessionOf<'memos'>,
  memo: MemoView,
  format: Format,
  out: string,
  template: { fileName: string; base64: string } | undefined,
): Promise<boolean> {
  const exported = await session.call('exportMemo', { id: memo.summary.id, format, ...(template ? { template } : {}) });
  if (!exported.ok) {
    reportFailure(io, exported);
    return false;
  }
  if (!writeOutputFile(io, out, Buffer.from(exported.value.base64, 'base64'))) return false;
  // Recorded only now that the file is written: a failed write leaves the memo not exported.
  const recorded = await session.call('recordMemoExport', { id: memo.summary.id, format });
  if (!recorded.ok) {
    reportFailure(io, recorded);
    return false;
  }
  io.stdout(
    `Tjänsteutlåtandet ”${memo.summary.title}” (nummer ${memo.summary.id}, ${memo.summary.typeLabel.toLocaleLowerCase('sv')}) har skrivits till ${out}.\n`,
  );
  if (exported.value.warnings.length > 0) {
    io.stdout('Att kontrollera före utskick:\n');
    for (const w of exported.value.warnings) io.stdout(`  – ${w}\n`);
  }
  return true;
}

/** A stored time (ISO 8601, UTC) as the reader's local date and time: "2026-12-05 kl. 22.30". */
const minute = (iso: string) => formatDateTimeTable(new Date(iso));
const day = (iso: string) => formatDateTable(new Date(iso));

function renderSummary(io: CliIo, view: MemoView): void {
  const s = view.summary;
  io.stdout(`Nummer ${s.id}: ${s.title || '(utan titel)'}\n`);
  io.stdout(`  ${s.typeLabel}, ${s.unit} (${s.district}) ${s.year}${s.dnr ? `, Dnr ${s.dnr}` : ''}\n`);
  io.stdout(`  Version ${view.version}, ändrad ${minute(s.updatedAt)}${s.exportedAt ? `, exporterad ${minute(s.exportedAt)}` : ', inte exporterad'}\n`);
  if (s.scenarioName) io.stdout(`  Scenario: ${s.scenarioName}\n`);
  if (view.scenarioMissing) io.stdout('  Scenariot som tjänsteutlåtandet bygger på finns inte längre.\n');
  const outdated = outdatedText(s.outdatedBecause, s.figuresComputedAt, new Date());
  if (outdated) io.stdout(`  ${outdated} Uppdatera siffrorna i appen.\n`);
  const included = SECTION_KEYS.filter((k) => view.content.sections[k] !== null).map((k) => SECTION_HEADINGS[k]);
  io.stdout(`  Avsnitt: ${included.join(', ')}\n`);
}

export const memoCommand = defineCommand({
  name: 'memo',
  summary:
    'Skriver ett tjänsteutlåtande med standardtexter från enhetens siffror och exporterar det (Word, PDF eller HTML); listar, visar och exporterar sparade.',
  positionals: [{ name: 'list|show|export', description: 'Utan: nytt tjänsteutlåtande. list: enhetens sparade. show/export: ett sparat (--id).' }],
  options: {
    district: { type: 'string', valueName: 'STADSDEL', description: 'Stadsdelen (krävs för ett nytt och för list).' },
    unit: { type: 'string', valueName: 'ENHET', description: 'Enheten, om stadsdelen har flera.' },
    year: { type: 'string', valueName: 'ÅR', description: 'Året (krävs för ett nytt).' },
    scenario: { type: 'string', valueName: 'NAMN', description: 'Bygg på ett sparat scenario i stället för planen.' },
    type: { type: 'string', valueName: 'TYP', description: `${MEMO_TYPES.map((t) => `${t} (${MEMO_TYPE_LABELS[t]})`).join(', ')}; normalt redovisning.` },
    format: { type: 'string', valueName: 'FORMAT', description: 'docx, pdf eller html; normalt efter filändelsen i --out, som ska stämma med formatet.' },
    template: {
      type: 'string',
      valueName: 'FIL.docx',
      description: 'En Word-mall med platshållare som {{titel}} och {{ärendet}} (bara för docx; sparas inte).',
    },
    mask: { type: 'boolean', description: 'Dölj små antal (under tre); normalt för alla typer.' },
    'no-mask': { type: 'boolean', description: 'Visa alla antal, även små.' },
    out: { type: 'string', valueName: 'FIL', description: 'Filen som skrivs, .docx, .pdf eller .html (krävs för ett nytt och för export).' },
    id: { type: 'string', valueName: 'N', description: 'Ett sparat tjänsteutlåtandes nummer (show, export).' },
    json: { type: 'boolean', description: 'Skriv resultatet som JSON (list, show).' },
    db: DB_OPTION,
  },
  examples: [
    'npx lotsplan memo --district Rinkeby-Kista --year 2020 --type skrivelse --format docx --out svar.docx',
    'npx lotsplan memo --district Rinkeby-Kista --year 2020 --format pdf --out redovisning.pdf',
    'npx lotsplan memo list --district Rinkeby-Kista',
    'npx lotsplan memo export --id 3 --template mall.docx --out tu.docx',
  ],
  async run({ values, positionals }, io) {
    const [sub, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`Kommandot memo tar bara ett argument utan flagga (fick ”${positionals.join(' ')}”).`);
    if (sub !== undefined && !['list', 'show', 'export'].includes(sub)) {
      throw new UsageError(`Okänt underkommando ”${sub}”. Använd list, show eller export, eller inget för ett nytt tjänsteutlåtande.`);
    }
    if (values.mask === true && values['no-mask'] === true) throw new UsageError('Ange bara en av --mask och --no-mask.');
    const db = values.db;

    if (sub === 'list') {
      if (typeof values.district !== 'string') throw new UsageError('Ange stadsdelen med --district.');
      const year = values.year === undefined ? undefined : requireYear(values.year);
      const district = values.district;
      return withSession(io, db, { create: false, calls: ['memos'] }, async (session) => {
        const listed = await session.run('listMemos', {
          district,
          ...(typeof values.unit === 'string' ? { unit: values.unit } : {}),
          ...(year !== undefined ? { year } : {}),
        });
        if (values.json === true) {
          io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
          return EXIT_OK;
        }
        const memos = listed.memos;
        if (memos.length === 0) io.stdout('Det finns inga sparade tjänsteutlåtanden.\n');
        for (const m of memos) {
          io.stdout(
            `${String(m.id).padStart(4)}  ${m.year}  ${m.typeLabel}: ${m.title || '(utan titel)'}${m.dnr ? `, Dnr ${m.dnr}` : ''} – ändrad ${day(m.updatedAt)}${m.exportedAt ? `, exporterad ${day(m.exportedAt)}` : ''}${m.outdated ? ' (siffrorna är inaktuella)' : ''}\n`,
          );
        }
        return EXIT_OK;
      });
    }

    if (sub === 'show' || sub === 'export') {
      const id = parseId(values.id);
      let out: string | null = null;
      let format: Format = 'docx';
      let template: { fileName: string; base64: string } | undefined;
      if (sub === 'export') {
        if (typeof values.out !== 'string') throw new UsageError('Ange filen som ska skrivas med --out.');
        format = parseFormat(values.format, values.out);
        if (values.template !== undefined && format !== 'docx') throw new UsageError('--template går bara att använda med --format docx.');
        out = resolveOutputFile(io, values.out);
        if (out === null) return EXIT_FAILED;
        if (typeof values.template === 'string') {
          const read = await readTemplate(io, values.template);
          if (read === null) return EXIT_FAILED;
          template = read;
        }
      }
      return withSession(io, db, { create: false, calls: ['memos'] }, async (session) => {
        const memo = await session.run('getMemo', { id });
        if (sub === 'show') {
          if (values.json === true) io.stdout(`${JSON.stringify(memo, null, 2)}\n`);
          else renderSummary(io, memo);
          return EXIT_OK;
        }
        return (await exportTo(io, session, memo, format, out!, template)) ? EXIT_OK : EXIT_FAILED;
      });
    }

    // A new memo, drafted and exported in one step.
    if (typeof values.district !== 'string') throw new UsageError('Ange stadsdelen med --district.');
    const year = requireYear(values.year);
    const type = parseType(values.type);
    if (typeof values.out !== 'string') throw new UsageError('Ange filen som ska skrivas med --out.');
    const format = parseFormat(values.format, values.out);
    if (values.template !== undefined && format !== 'docx') throw new UsageError('--template går bara att använda med --format docx.');
    const out = resolveOutputFile(io, values.out);
    if (out === null) return EXIT_FAILED;
    let template: { fileName: string; base64: string } | undefined;
    if (typeof values.template === 'string') {
      const read = await readTemplate(io, values.template);
      if (read === null) return EXIT_FAILED;
      template = read;
    }
    const target = { district: values.district, ...(typeof values.unit === 'string' ? { unit: values.unit } : {}), year };
    const scenario = values.scenario;
    return withSession(io, db, { create: false, calls: ['memos', 'scenarios'] }, async (session) => {
      let scenarioId: number | null = null;
      if (scenario !== undefined) {
        const listing = await session.run('listScenarios', target);
        const wanted = scenario.toLocaleLowerCase('sv');
        const found = listing.scenarios.find((s) => s.name.toLocaleLowerCase('sv') === wanted);
        if (!found) {
          const names = listing.scenarios.map((s) => s.name).join(', ');
          io.stderr(
            `Fel: Scenariot ”${scenario}” finns inte.${names ? ` Följande finns: ${names}.` : ' Enheten har inga sparade scenarier.'} Ingenting har skrivits.\n`,
          );
          return EXIT_FAILED;
        }
        scenarioId = found.id;
      }
      const mask = values.mask === true ? true : values['no-mask'] === true ? false : undefined;
      const created = await session.run('createMemo', { ...target, type, scenarioId, ...(mask !== undefined ? { mask } : {}) });
      if (!(await exportTo(io, session, created, format, out, template))) {
        // The draft is not left behind when its export failed.
        await session.call('deleteMemo', { id: created.summary.id });
        io.stderr('Utkastet har tagits bort igen, och ingen fil har skrivits.\n');
        return EXIT_FAILED;
      }
      return EXIT_OK;
    });
  },
});
