// Every command that writes a file at the user's request refuses a target it cannot write (a
// folder, a folder that does not exist, a folder that is a file, something that is not an ordinary
// file, a database) with a Swedish message that names the path, exit 1, and nothing written or changed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, sha256, tempDir } from './runCli.ts';
import { writeOutputFile } from '../../src/cli/outputFile.ts';
import { realFileOps, useFileOps } from '../../src/store/fileOps.ts';
import type { CliIo } from '../../src/cli/io.ts';

const TIMEOUT = 120_000;

/**
 * Each command that writes a file, with its arguments before and after the output path, and the
 * extension its file must have ('' when any name is taken).
 */
const WRITERS: readonly { name: string; ext: string; args: (out: string, db: string) => string[] }[] = [
  {
    name: 'export --out',
    ext: '',
    args: (out, db) => ['export', '--district', 'Rinkeby-Kista', '--unit', 'SIG vuxna', '--year', '2020', '--out', out, '--db', db],
  },
  { name: 'log --xlsx', ext: '.xlsx', args: (out, db) => ['log', '--xlsx', out, '--db', db] },
  { name: 'city --xlsx', ext: '.xlsx', args: (out, db) => ['city', '--year', '2016', '--xlsx', out, '--db', db] },
  { name: 'statistics --export', ext: '.xlsx', args: (out, db) => ['statistics', '--district', 'Rinkeby-Kista', '--export', `${out}`, '--db', db] },
  {
    name: 'memo --out',
    ext: '.html',
    args: (out, db) => ['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--format', 'html', '--out', out, '--db', db],
  },
  { name: 'backup --out', ext: '.lotsplan', args: (out, db) => ['backup', '--out', out, '--db', db] },
];

/** Every entry below `dir`, with subfolders, so that a stray temporary file shows. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir, 'x.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
}, TIMEOUT);

describe.each(WRITERS)('lotsplan $name', ({ name, ext, args }) => {
  const refuse = (out: string) => {
    const before = { db: sha256(db), files: listing(dir) };
    const run = runCli(args(out, db));
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('oväntat fel');
    expect(run.stderr).toContain('Ingenting har skrivits.');
    expect(run.status).toBe(1);
    expect(sha256(db)).toBe(before.db);
    expect(listing(dir)).toEqual(before.files);
    return run.stderr;
  };

  it(
    'refuses a folder as the file, naming it',
    () => {
      const folder = fs.mkdtempSync(path.join(dir, 'mapp-'));
      fs.writeFileSync(path.join(folder, 'kvar.txt'), 'kvar');
      const target = `${folder}${ext}`;
      if (ext) fs.mkdirSync(target);
      expect(refuse(target)).toBe(`Fel: ${target} är en mapp, inte en fil. Ingenting har skrivits.\n`);
      expect(fs.readFileSync(path.join(folder, 'kvar.txt'), 'utf8')).toBe('kvar');
    },
    TIMEOUT,
  );

  it(
    'refuses a folder that does not exist, and a folder that is a file',
    () => {
      const missing = path.join(dir, 'finns-inte', `fil${ext}`);
      expect(refuse(missing)).toBe(`Fel: Mappen ${path.join(dir, 'finns-inte')} finns inte. Ingenting har skrivits.\n`);
      const nested = path.join(dir, 'finns-inte', 'inte-heller', `fil${ext}`);
      expect(refuse(nested)).toBe(`Fel: Mappen ${path.dirname(nested)} finns inte. Ingenting har skrivits.\n`);
      const plain = path.join(dir, `vanlig-fil-${name.split(' ')[0]}`);
      fs.writeFileSync(plain, 'text');
      expect(refuse(path.join(plain, `fil${ext}`))).toBe(`Fel: ${plain} är en fil, inte en mapp. Ingenting har skrivits.\n`);
      expect(fs.readFileSync(plain, 'utf8')).toBe('text');
    },
    TIMEOUT,
  );

  it(
    'refuses to write over a database: the one in --db, a copy of it, or a file SQLite keeps beside it',
    () => {
      const copy = path.join(dir, `kopia-${name.split(' ')[0]}${ext || '.xlsx'}`);
      fs.copyFileSync(db, copy);
      const databaseText = (file: string) =>
        `Fel: ${file} är en databas eller hör till en och skrivs inte över. Välj ett annat filnamn. Ingenting har skrivits.\n`;
      expect(refuse(copy)).toBe(databaseText(copy));
      expect(sha256(copy)).toBe(sha256(db));
      // A command whose file must have its own extension refuses the database's name before this check.
      if (ext === '') {
        expect(refuse(db)).toBe(databaseText(db));
        const wal = `${db}-wal`;
        expect(refuse(wal)).toBe(databaseText(wal));
        expect(fs.existsSync(wal)).toBe(false);
      }
    },
    TIMEOUT,
  );

  it(
    'refuses something that is not an ordinary file (a named pipe) instead of replacing it',
    () => {
      const fifo = path.join(dir, `ror-${name.split(' ')[0]}${ext || '.xlsx'}`);
      execFileSync('mkfifo', [fifo]);
      expect(refuse(fifo)).toBe(`Fel: ${fifo} är ingen vanlig fil och skrivs inte över. Ingenting har skrivits.\n`);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    },
    TIMEOUT,
  );
});

describe.each(WRITERS.filter((w) => w.ext !== ''))('lotsplan $name and the file name', ({ name, ext, args }) => {
  it(
    'refuses a name of another kind, naming the flag and the file, and leaves an existing file as it was',
    () => {
      const flag = name.split(' ')[1];
      const victim = path.join(dir, `offer-${name.split(' ')[0]}.csv`);
      fs.writeFileSync(victim, 'Månad;Anmälningar\n');
      for (const wrong of [victim, path.join(dir, `utan-andelse-${name.split(' ')[0]}`), path.join(dir, `fel-${name.split(' ')[0]}.zip`)]) {
        const before = { db: sha256(db), files: listing(dir) };
        const run = runCli(args(name.startsWith('statistics') && wrong === victim ? `${victim}.txt` : wrong, db));
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(new RegExp(`^Fel: Flaggan ${flag}: filnamnet ska sluta på \\${ext} \\(`));
        expect(run.stderr).toContain('Skriv till exempel ');
        expect(run.stderr).toContain(`${ext}.\n`);
        expect(sha256(db)).toBe(before.db);
        expect(listing(dir)).toEqual(before.files);
      }
      expect(fs.readFileSync(victim, 'utf8')).toBe('Månad;Anmälningar\n');
    },
    TIMEOUT,
  );

  it(
    'takes the extension in any case',
    () => {
      const out = path.join(dir, `versaler-${name.split(' ')[0]}${ext.toUpperCase()}`);
      const run = runCli(args(out, db));
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
    },
    TIMEOUT,
  );
});

describe('lotsplan memo --format and --out', () => {
  const memo = (...rest: string[]) => ['memo', '--district', 'Rinkeby-Kista', '--year', '2020', ...rest, '--db', db];

  it('refuses a --format that contradicts the file name, and a name without a memo extension', () => {
    const before = { db: sha256(db), files: listing(dir) };
    const contradiction = runCli(memo('--format', 'pdf', '--out', path.join(dir, 'm.docx')));
    expect(contradiction.status).toBe(2);
    expect(contradiction.stderr).toBe(
      'Fel: Flaggan --format pdf stämmer inte med filnamnet m.docx. Ändra filnamnet till m.pdf eller ta bort --format.\nKör ”lotsplan memo --help” för hjälp.\n',
    );
    const text = path.join(dir, 'm.txt');
    expect(runCli(memo('--out', text)).stderr).toContain(
      `Fel: Flaggan --out: filnamnet ska sluta på .docx (Word), .pdf (PDF) eller .html (webbsida), men är ”${text}”. Skriv till exempel ${path.join(dir, 'm.docx')}.`,
    );
    expect(runCli(memo('--format', 'html', '--out', text)).stderr).toContain(
      `Fel: Flaggan --out: filnamnet ska sluta på .html (webbsida), men är ”${text}”. Skriv till exempel ${path.join(dir, 'm.html')}.`,
    );
    expect(runCli(memo('--format', 'rtf', '--out', path.join(dir, 'm.rtf'))).stderr).toContain(
      'Fel: Flaggan --format ska vara docx, pdf eller html (fick ”rtf”).',
    );
    expect(sha256(db)).toBe(before.db);
    expect(listing(dir)).toEqual(before.files);
  });
});

describe('writeOutputFile', () => {
  const failing = (code: string | undefined, message: string) => () => {
    throw Object.assign(new Error(message), code === undefined ? {} : { code });
  };

  it.each([
    ['ENOSPC', 'det finns inte plats på disken'],
    ['EACCES', 'du har inte behörighet att skriva där'],
    ['EROFS', 'enheten är skrivskyddad'],
    [undefined, 'teknisk information: något gick sönder'],
  ])('reports a failed write (%s) in Swedish and keeps the old file whole', (code, reason) => {
    const folder = tempDir();
    const out = path.join(folder, 'rapport.xlsx');
    fs.writeFileSync(out, 'den gamla filen');
    let stderr = '';
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      env: {},
      cwd: folder,
    };
    const restore = useFileOps({ ...realFileOps, write: failing(code, 'något gick sönder') });
    try {
      expect(writeOutputFile(io, out, 'den nya filen')).toBe(false);
    } finally {
      restore();
    }
    expect(stderr).toBe(`Fel: Filen ${out} kunde inte skrivas: ${reason}. Ingenting har skrivits.\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe('den gamla filen');
    expect(fs.readdirSync(folder)).toEqual(['rapport.xlsx']);
  });
});
