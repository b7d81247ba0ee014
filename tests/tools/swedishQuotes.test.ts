// Swedish text quotes with ”…”, never with straight double quotes: every user-facing string of the
// program (messages, labels, help, audit-log summaries) is scanned. Straight quotes stay where they
// are syntax: JSON, code, and shell command lines the user types ("npx lotsplan … --name "En lots till"").
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringLiterals } from './stringLiterals.ts';

const ROOTS = ['src', 'electron'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** An English sentence (internal errors that are never shown as Swedish text). */
const ENGLISH = /(^|\s)(is|the|of|not|must|should|expected|cannot|with|from)\s/;
/** A straight double quote used as a quotation mark (not an escaped JSON quote, not "" alone). */
function hasStraightQuote(text: string): boolean {
  return /"[^"\n]*"/.test(text) || /(^|\s)"|"(\s|[.,:;)]|$)/.test(text);
}

/** Straight quotes that are syntax, not typography. */
function isSyntax(text: string): boolean {
  const t = text.trim();
  // A shell command line (help examples) or JSON.
  return /^(npx |lotsplan )/.test(t) || /^[[{]/.test(t) || t === '"';
}

/** The text without the parts where straight quotes are syntax: JSON in a sentence, HTML and SVG markup. */
function withoutSyntax(text: string): string {
  return (
    text
      .replace(/\{[^{}]*"[^{}]*:[^{}]*\}/g, '{…}')
      .replace(/<[^<>]*>/g, '<…>')
      // Attributes and selectors (class="num", meta[name="…"]), CSS font names, Excel number formats.
      .replace(/[\w-]+="[^"]*("|$)/g, 'a=…')
      .replace(/font-family:[^;}]*/g, 'font-family: …')
      .replace(/[#0][#,0.]*\s*"[^"]*"/g, '#…')
  );
}

function straightQuotedSwedish(file: string, tsx = file.endsWith('.tsx')): string[] {
  const literals = stringLiterals(fs.readFileSync(file, 'utf8'), tsx);
  return literals
    .filter((l) => hasStraightQuote(withoutSyntax(l.text)) && !isSyntax(l.text) && !(ENGLISH.test(l.text) && !/[åäöÅÄÖ]/.test(l.text)))
    .map((l) => `${file}:${l.line}: ${l.text.slice(0, 140)}`);
}

describe('Swedish quotation marks', () => {
  it('the scanner reads strings, templates and JSX text, and passes over comments, regular expressions and code', () => {
    // A TSX sample beside this test (a .txt file, so that neither the compiler nor this scan reads it as code).
    const file = path.join(import.meta.dirname, 'quoteSample.tsx.txt');
    const found = straightQuotedSwedish(file, true);
    expect(found.map((f) => f.replace(/^.*quoteSample\.tsx\.txt:/, ''))).toEqual([
      '2: Porten "åttio" är inte ett tal',
      '3: Stadsdelen "⟨…⟩" finns inte',
      '7: Kör "npm run build" och starta om',
      '8: " togs bort.',
      '8: "⟨…⟩"',
    ]);
  });

  it('no user-facing Swedish string of the program uses straight double quotes', () => {
    const files = ROOTS.flatMap((r) => sourceFiles(r));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => straightQuotedSwedish(f))).toEqual([]);
  });
});
