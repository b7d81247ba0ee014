// The manifest of file cases: each a file under cases/ (or generated at test time into a temp
// folder when it is big), imported with `lotsplan import FIL --db DB` into a database that already
// holds a unit-year. `stderr` lists substrings of the Swedish message; `database` says what the
// database must look like afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { validExchange } from '../fixtures/exchange.ts';

export interface FileCase {
  name: string;
  /** A file in cases/ … */
  file?: string;
  /** … or one written into `dir` at test time (for files too big to commit). */
  generate?: (dir: string) => string;
  /** Exit code: 0 accepted, 1 refused. */
  status: 0 | 1;
  /** Substrings of stderr (refused) or stdout (accepted); "{file}" stands for the file's path. */
  messages: string[];
  /** unchanged: SHA-256 of the database and its WAL is the same, and no backup was taken. */
  database: 'unchanged' | 'imported';
  /** Upper bound of the run in milliseconds (for the cases that must be refused before reading). */
  maxMs?: number;
  /**
   * How the CLI runs: 'child' (default) as a child process like a user's `npx lotsplan`, or 'main'
   * in the test process through the CLI's own `main(argv, io)` – the same code from the argument
   * list to stderr, without the second of start-up. Cases about what the file holds use 'main';
   * cases about reading the file (encodings, binary, size, nesting that could crash) use 'child'.
   */
  via?: 'child' | 'main';
}

const NOT_IMPORTED = 'kunde inte läsas in. Ingenting har ändrats i databasen.';
const NOT_JSON = 'Filen är inte giltig JSON.';

/** Writes the valid fixture with a nested value of `depth` levels in place of `district`. */
function deeplyNested(open: string, close: string, inField: string) {
  return (dir: string, depth = 100_000) => {
    const file = path.join(dir, `djup-${inField}.json`);
    const head = JSON.stringify({ ...validExchange(), [inField]: 0 }).replace(`"${inField}":0`, `"${inField}":${open.repeat(depth)}1${close.repeat(depth)}`);
    fs.writeFileSync(file, head);
    return file;
  };
}

export const FILE_CASES: FileCase[] = [
  { name: 'an empty file (0 bytes)', file: 'tom.json', status: 1, messages: [NOT_IMPORTED, 'Filen är tom.'], database: 'unchanged' },
  { name: 'whitespace only', file: 'bara-blanksteg.json', status: 1, messages: ['Filen är tom.'], database: 'unchanged' },
  {
    name: 'a JSON array',
    file: 'json-lista.json',
    status: 1,
    messages: ['Filen ska innehålla ett JSON-objekt med en enhets uppgifter.'],
    database: 'unchanged',
  },
  { name: 'a JSON string', via: 'main', file: 'json-text.json', status: 1, messages: ['Filen ska innehålla ett JSON-objekt'], database: 'unchanged' },
  { name: 'JSON null', via: 'main', file: 'json-null.json', status: 1, messages: ['Filen ska innehålla ett JSON-objekt'], database: 'unchanged' },
  {
    name: 'NaN as a JSON token',
    file: 'nan-som-tal.json',
    status: 1,
    messages: [NOT_JSON, 'Tecknet ”N”', 'NaN och Infinity är inte tillåtna'],
    database: 'unchanged',
  },
  { name: 'Infinity as a JSON token', file: 'infinity-som-tal.json', status: 1, messages: [NOT_JSON, 'Tecknet ”I”'], database: 'unchanged' },
  { name: 'a file cut off in the middle', via: 'main', file: 'avkortad.json', status: 1, messages: [NOT_JSON, 'avkortad'], database: 'unchanged' },
  { name: 'a trailing comma', via: 'main', file: 'kommatecken-sist.json', status: 1, messages: [NOT_JSON, 'Felet finns nära rad'], database: 'unchanged' },
  { name: 'single quotes around a name', via: 'main', file: 'enkla-citattecken.json', status: 1, messages: [NOT_JSON], database: 'unchanged' },
  {
    name: '1e400 (Infinity after parsing)',
    via: 'main',
    file: 'tal-1e400.json',
    status: 1,
    messages: ['PO-pålägg: ska vara ett tal, men är oändligt'],
    database: 'unchanged',
  },
  {
    name: 'an amount of 1e16 kronor',
    via: 'main',
    file: 'belopp-1e16.json',
    status: 1,
    messages: ['Finansieringsrad 1, belopp: får vara högst 1 000 000 000 000'],
    database: 'unchanged',
  },
  {
    name: 'a salary of 1e308 kronor',
    via: 'main',
    file: 'belopp-1e308.json',
    status: 1,
    messages: ['Tjänst 1, månadslön: får vara högst'],
    database: 'unchanged',
  },
  {
    name: 'a negative count',
    via: 'main',
    file: 'negativt-antal.json',
    status: 1,
    messages: ['I kö: ska vara minst 0'],
    database: 'unchanged',
  },
  {
    name: 'text in a number field',
    via: 'main',
    file: 'text-i-talfalt.json',
    status: 1,
    messages: ['Tjänst 1, sysselsättningsgrad: ska vara ett tal, men är texten ”1,0”'],
    database: 'unchanged',
  },
  {
    name: 'a Swedish amount as text',
    via: 'main',
    file: 'tal-med-svenskt-komma-som-text.json',
    status: 1,
    messages: ['Tjänst 1, månadslön: ska vara ett tal, men är texten ”39 000 kr”'],
    database: 'unchanged',
  },
  {
    name: 'an unknown field',
    via: 'main',
    file: 'okant-falt.json',
    status: 1,
    messages: ['Finansieringsrad 1: okänt fält ”kommentar”'],
    database: 'unchanged',
  },
  {
    name: 'a newer version',
    via: 'main',
    file: 'nyare-version.json',
    status: 1,
    messages: ['Version: filen har version 2, men den här versionen av Lotsplan läser bara version 1.'],
    database: 'unchanged',
  },
  {
    name: 'another format',
    via: 'main',
    file: 'fel-format.json',
    status: 1,
    messages: ['filen är inte en utväxlingsfil från Lotsplan'],
    database: 'unchanged',
  },
  {
    name: 'UTF-8 with a byte order mark (accepted)',
    file: 'utf8-bom.json',
    status: 0,
    messages: ['Spånga-Tensta, SIG unga 2022 har lästs in'],
    database: 'imported',
  },
  {
    name: 'UTF-16 LE with a byte order mark',
    file: 'utf16le-bom.json',
    status: 1,
    messages: ['är sparad som UTF-16-text, inte som UTF-8', 'Spara den som UTF-8'],
    database: 'unchanged',
  },
  {
    name: 'UTF-16 BE with a byte order mark',
    via: 'main',
    file: 'utf16be-bom.json',
    status: 1,
    messages: ['är sparad som UTF-16-text'],
    database: 'unchanged',
  },
  {
    name: 'UTF-16 LE without a byte order mark (ASCII only, so NUL bytes)',
    file: 'utf16le-utan-bom.json',
    status: 1,
    messages: ['är ingen textfil i UTF-8', 'UTF-16'],
    database: 'unchanged',
  },
  { name: 'Latin-1 text', file: 'latin1.json', status: 1, messages: ['är inte sparad som UTF-8-text', 'Spara den som UTF-8'], database: 'unchanged' },
  { name: 'Windows-1252 text', via: 'main', file: 'windows-1252.json', status: 1, messages: ['är inte sparad som UTF-8-text'], database: 'unchanged' },
  { name: 'a PNG image renamed to .json', file: 'bild-png.json', status: 1, messages: ['är ingen textfil i UTF-8', 'en bild'], database: 'unchanged' },
  { name: 'a .docx renamed to .json', file: 'word-dokument-docx.json', status: 1, messages: ['är ett komprimerat dokument', 'Word'], database: 'unchanged' },
  {
    name: 'an .xlsx renamed to .json',
    file: 'excel-kalkylark-xlsx.json',
    status: 1,
    messages: ['är ett komprimerat dokument', 'Excel'],
    database: 'unchanged',
  },
  {
    name: 'a 50 MB file is refused by its size before it is read',
    generate: (dir) => {
      // Sparse: 50 MB by size, written in no time. Refusal must come from the size alone.
      const file = path.join(dir, 'femtio-mb.json');
      fs.writeFileSync(file, '{"format":"lotsplan-unit",');
      fs.truncateSync(file, 50 * 1024 * 1024);
      return file;
    },
    status: 1,
    messages: ['är för stor för att vara en utväxlingsfil (högst 5 MB)'],
    database: 'unchanged',
    maxMs: 15_000,
  },
  {
    name: 'just over the 5 MB limit',
    via: 'main',
    generate: (dir) => {
      const file = path.join(dir, 'strax-over.json');
      fs.writeFileSync(file, JSON.stringify({ ...validExchange(), unit: 'x'.repeat(5_000_001) }));
      return file;
    },
    status: 1,
    messages: ['är för stor'],
    database: 'unchanged',
  },
  {
    name: 'just under the limit, with a 4.9 MB text in one field',
    via: 'main',
    generate: (dir) => {
      const file = path.join(dir, 'strax-under.json');
      fs.writeFileSync(file, JSON.stringify({ ...validExchange(), unit: 'x'.repeat(4_900_000) }));
      return file;
    },
    status: 1,
    messages: ['Enhet: får ha högst 200 tecken'],
    database: 'unchanged',
  },
  {
    name: '100 000 nested arrays as the whole file',
    generate: (dir) => {
      const file = path.join(dir, 'djup-lista.json');
      fs.writeFileSync(file, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      return file;
    },
    status: 1,
    messages: ['Filen ska innehålla ett JSON-objekt'],
    database: 'unchanged',
  },
  {
    name: '100 000 nested objects in a field',
    generate: deeplyNested('{"a":', '}', 'district'),
    status: 1,
    messages: ['Stadsdelsförvaltning: ska vara en text, men är ett objekt'],
    database: 'unchanged',
  },
  {
    name: '100 000 nested arrays in an unknown field',
    generate: deeplyNested('[', ']', 'kommentar'),
    status: 1,
    messages: ['Okänt fält ”kommentar”'],
    database: 'unchanged',
  },
  {
    name: '100 000 nested arrays in a list of rows',
    generate: deeplyNested('[', ']', 'staff'),
    status: 1,
    messages: ['Tjänst 1: ska vara ett objekt, men är en lista'],
    database: 'unchanged',
  },
];
