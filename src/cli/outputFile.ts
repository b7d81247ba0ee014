// The file a command writes at the user's request (--out, --xlsx, --export): resolved against the
// working folder and checked before anything is read or written, so that a path that cannot be
// written, or must not be (a database), is refused with a Swedish message naming it, and written by writeFileAtomic through
// writeOutputFile, which reports a failure the same way instead of as an unexpected error.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomicWrite.ts';
import { isDatabaseOrSideFile } from '../store/sqliteFile.ts';
import { UsageError, type CliIo } from './io.ts';

const NOTHING_WRITTEN = 'Ingenting har skrivits.';

/** A kind of file a command writes: its format, its extension (without the dot) and what it is in Swedish. */
export interface OutputFileType<F extends string = string> {
  readonly format: F;
  readonly extension: string;
  readonly label: string;
}

export const XLSX_FILE: OutputFileType<'xlsx'> = { format: 'xlsx', extension: 'xlsx', label: 'Excel' };

/** ".xlsx (Excel) eller .csv (semikolonavgränsad text)" */
function extensionsText(types: readonly OutputFileType[]): string {
  const named = types.map((t) => `.${t.extension} (${t.label})`);
  return named.length === 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} eller ${named.at(-1)}`;
}

/** "ut/rapport.csv" with another extension: "ut/rapport.xlsx" (a name without one gets it added). */
export function withExtension(file: string, extension: string): string {
  const current = path.extname(file);
  return `${current === '' ? file : file.slice(0, -current.length)}.${extension}`;
}

/**
 * The format of the file a flag names, by its extension (in any case) among `types`; any other
 * name is refused naming the flag and the file, before anything is read or written, so that a
 * report is never written into a file whose name says it is something else (a zip into a .csv).
 */
export function outputFileType<F extends string>(flag: string, file: string, types: readonly OutputFileType<F>[]): F {
  const extension = path.extname(file).slice(1).toLowerCase();
  const found = types.find((t) => t.extension === extension);
  if (found !== undefined) return found.format;
  const suggestion = types[0] === undefined ? '' : ` Skriv till exempel ${withExtension(file, types[0].extension)}.`;
  throw new UsageError(`Flaggan --${flag}: filnamnet ska sluta på ${extensionsText(types)}, men är ”${file}”.${suggestion}`);
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Why `out` (absolute) cannot be written, as a Swedish sentence; null when it can. */
export function outputFileProblem(out: string): string | null {
  const folder = path.dirname(out);
  const folderStat = statOrNull(folder);
  if (folderStat === null) return `Mappen ${folder} finns inte.`;
  if (!folderStat.isDirectory()) return `${folder} är en fil, inte en mapp.`;
  const target = statOrNull(out);
  if (target?.isDirectory()) return `${out} är en mapp, inte en fil.`;
  // A device or a named pipe would be replaced by the rename of the atomic write, not written to.
  if (target !== null && !target.isFile()) return `${out} är ingen vanlig fil och skrivs inte över.`;
  // Writing a report over the data would destroy it (an --out naming the --db file, a backup copy).
  if (isDatabaseOrSideFile(out)) return `${out} är en databas eller hör till en och skrivs inte över. Välj ett annat filnamn.`;
  try {
    if (target !== null) fs.accessSync(out, fs.constants.W_OK);
  } catch {
    return `Filen ${out} är skrivskyddad.`;
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return `Du har inte behörighet att skriva i mappen ${folder}.`;
  }
  return null;
}

/** The absolute output path, or null after a Swedish message on stderr when it cannot be written. */
export function resolveOutputFile(io: CliIo, file: string): string | null {
  const out = path.resolve(io.cwd, file);
  const problem = outputFileProblem(out);
  if (problem !== null) {
    io.stderr(`Fel: ${problem} ${NOTHING_WRITTEN}\n`);
    return null;
  }
  return out;
}

/** What a failed write says, by its error code (the technical text only for the unforeseen). */
function writeFailureText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'det finns inte plats på disken';
    case 'EACCES':
    case 'EPERM':
      return 'du har inte behörighet att skriva där';
    case 'EROFS':
      return 'enheten är skrivskyddad';
    case 'EISDIR':
      return 'sökvägen är en mapp';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'mappen finns inte längre';
    default:
      return `teknisk information: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Writes the output file atomically (the old file, if any, is kept whole when a step fails); false
 * after a Swedish message on stderr when the write failed.
 */
export function writeOutputFile(io: CliIo, out: string, data: string | Uint8Array): boolean {
  try {
    writeFileAtomic(out, data);
    return true;
  } catch (error) {
    io.stderr(`Fel: Filen ${out} kunde inte skrivas: ${writeFailureText(error)}. ${NOTHING_WRITTEN}\n`);
    return false;
  }
}
