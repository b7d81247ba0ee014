// LibreOffice and poppler for the export tests: convert a .docx to PDF as a real office suite
// opens it, and read a PDF's text, properties and pages.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deferFileCleanup } from '../support/cleanups.ts';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

export const HAS_SOFFICE = has('soffice');
export const HAS_POPPLER = has('pdftotext') && has('pdfinfo') && has('pdftoppm');
export const SHOTS_DIR = '/tmp/memo-shots';

let profileDir: string | null = null;

/**
 * The LibreOffice profile of this test file: its own, so parallel runs do not share (and lock)
 * one, but made once, since a new profile costs LibreOffice a second or two at every start.
 * Conversions run one after another (spawnSync). Removed after the file: this module is evaluated
 * once per worker (isolate: false), so the next file makes its own.
 */
function profile(): string {
  if (profileDir === null) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-soffice-profile-'));
    profileDir = dir;
    deferFileCleanup(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      profileDir = null;
    });
  }
  return `file://${profileDir}`;
}

/** Converts a .docx to PDF with LibreOffice; throws when it cannot open the file. */
export function docxToPdf(docx: Uint8Array, name: string): Buffer {
  const pdf = docxToPdfs(new Map([[name, docx]])).get(name);
  if (pdf instanceof Error) throw pdf;
  return pdf!;
}

/**
 * Converts several .docx files to PDF in one LibreOffice run (its start is most of a conversion's
 * time): by name, the PDF, or the error for a file LibreOffice could not open.
 */
export function docxToPdfs(docs: ReadonlyMap<string, Uint8Array>): Map<string, Buffer | Error> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-soffice-'));
  try {
    const inputs = [...docs].map(([name, docx]) => {
      const input = path.join(dir, `${name}.docx`);
      fs.writeFileSync(input, docx);
      return input;
    });
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile()}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    const out = new Map<string, Buffer | Error>();
    for (const name of docs.keys()) {
      const output = path.join(dir, `${name}.pdf`);
      out.set(
        name,
        fs.existsSync(output) ? fs.readFileSync(output) : new Error(`LibreOffice could not convert ${name}.docx: ${result.stdout} ${result.stderr}`),
      );
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The .docx files of a test file, converted together the first time a test asks for one of them:
 * one LibreOffice start for the file instead of one per test. Add them while the tests are
 * collected; a test that asks for one its file did not add fails.
 */
export function officeBatch(): { add: (name: string, docx: Uint8Array) => void; pdf: (name: string) => Buffer } {
  const docs = new Map<string, Uint8Array>();
  let pdfs: Map<string, Buffer | Error> | null = null;
  return {
    add: (name, docx) => {
      if (pdfs !== null) throw new Error(`${name}.docx was added after the conversion`);
      docs.set(name, docx);
    },
    pdf: (name) => {
      if (!docs.has(name)) throw new Error(`${name}.docx was not added to the batch`);
      pdfs ??= docxToPdfs(docs);
      const pdf = pdfs.get(name)!;
      if (pdf instanceof Error) throw pdf;
      return pdf;
    },
  };
}

export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
}

export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Renders each page to SHOTS_DIR/<name>-<n>.png for a person to look at; returns the files. */
export function pdfPages(pdf: Uint8Array, name: string): string[] {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  for (const old of fs.readdirSync(SHOTS_DIR)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) fs.rmSync(path.join(SHOTS_DIR, old));
  execFileSync('pdftoppm', ['-r', '70', '-png', file, path.join(SHOTS_DIR, name)]);
  return fs
    .readdirSync(SHOTS_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
}

export interface PdfWord {
  /** The page, from 1. */
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF with its page and box in points (pdftotext -bbox), in reading order. */
export function pdfWords(pdf: Uint8Array): PdfWord[] {
  const out = execFileSync('pdftotext', ['-bbox', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|#39|#(\d+));/g, (_, name: string, code?: string) =>
      code ? String.fromCodePoint(Number(code)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[name]!,
    );
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of out.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, text: decode(m[5]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

/** The words of `phrase`, found in a row of `words`, or null. */
export function findPhrase(words: readonly PdfWord[], phrase: string): PdfWord[] | null {
  const parts = phrase.split(/\s+/);
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, j) => words[i + j]!.text === p)) return words.slice(i, i + parts.length);
  }
  return null;
}
