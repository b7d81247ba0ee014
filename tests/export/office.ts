// LibreOffice and poppler for the export tests: convert a .docx to PDF as a real office suite
// opens it, and read a PDF's text, properties and pages.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

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
 * Conversions run one after another (spawnSync). Removed after the file (the slow project,
 * where the export tests run, evaluates this module anew for each file).
 */
function profile(): string {
  profileDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-soffice-profile-'));
  return `file://${profileDir}`;
}

afterAll(() => {
  if (profileDir !== null) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = null;
});

/** Converts a .docx to PDF with LibreOffice; throws when it cannot open the file. */
export function docxToPdf(docx: Uint8Array, name: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-soffice-'));
  try {
    const input = path.join(dir, `${name}.docx`);
    fs.writeFileSync(input, docx);
    const result = spawnSync('soffice', [`-env:UserInstallation=${profile()}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = path.join(dir, `${name}.pdf`);
    if (!fs.existsSync(output)) throw new Error(`LibreOffice could not convert ${name}.docx: ${result.stdout} ${result.stderr}`);
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
