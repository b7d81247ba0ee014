// `lotsplan memo`: a memo drafted from the demo and exported in one step (HTML and Word), the
// saved memos listed, shown and exported again; refusals that write no file and save no memo.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './runCli.ts';
import { renamedPdf, sampleTemplate } from '../support/memoTemplates.ts';

const TIMEOUT = 180_000;

function demoDb(): { dir: string; db: string } {
  const dir = tempDir();
  const db = path.join(dir, 'x.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  return { dir, db };
}

const savedMemos = (db: string) =>
  JSON.parse(runCli(['memo', 'list', '--district', 'Rinkeby-Kista', '--json', '--db', db]).stdout).memos as { id: number; type: string }[];

describe('lotsplan memo', () => {
  it(
    'drafts and exports a memo as HTML and as Word, then lists, shows and exports the saved ones',
    async () => {
      const { dir, db } = demoDb();
      const html = path.join(dir, 'redovisning.html');
      const first = runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--format', 'html', '--out', html, '--db', db]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain(`(nummer 1, redovisning/uppföljning) har skrivits till ${html}.`);
      expect(first.stdout).toContain('Att kontrollera före utskick:');
      const page = fs.readFileSync(html, 'utf8');
      expect(page).toContain('<html');
      expect(page).toContain('Rinkeby-Kista stadsdelsförvaltning');
      expect(page).toContain('Karin Exempelsson');

      const docx = path.join(dir, 'svar.docx');
      const second = runCli(['memo', '--db', db, '--district', 'Rinkeby-Kista', '--year', '2020', '--type', 'skrivelse', '--format', 'docx', '--out', docx]);
      expect(second.status, second.stderr).toBe(0);
      expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

      expect(
        savedMemos(db)
          .map((m) => m.type)
          .sort(),
      ).toEqual(['redovisning', 'skrivelse']);
      const shown = runCli(['memo', 'show', '--id', '2', '--db', db]);
      expect(shown.status).toBe(0);
      expect(shown.stdout).toContain('Svar på skrivelse, SIG vuxna (Rinkeby-Kista) 2020');
      expect(shown.stdout).toMatch(/Version 1, ändrad .*, exporterad/);

      const again = path.join(dir, 'igen.docx');
      const withTemplate = path.join(dir, 'mall.docx');
      fs.writeFileSync(withTemplate, await sampleTemplate());
      const exported = runCli(['memo', 'export', '--id', '1', '--template', withTemplate, '--out', again, '--db', db]);
      expect(exported.status, exported.stderr).toBe(0);
      expect(fs.readFileSync(again).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(exported.stdout).toContain('{{okänd_sak}}');
      // The one-off template is not saved.
      expect(JSON.parse(runCli(['memo', 'show', '--id', '1', '--json', '--db', db]).stdout).templateId).toBeNull();
    },
    TIMEOUT,
  );

  it(
    "says when and why a saved memo's figures are out of date: a new scenario flags only the memo that compares scenarios",
    () => {
      const { dir, db } = demoDb();
      const area = ['--district', 'Rinkeby-Kista', '--unit', 'SIG vuxna', '--year', '2020'];
      const scenario = (name: string) =>
        runCli(['scenario', 'create', '--db', db, ...area, '--name', name, '--add-lots', '1', '--from-month', '4', '--salary', '38 500']);
      expect(scenario('En lots till').status).toBe(0);
      for (const type of ['redovisning', 'bemanning']) {
        const made = runCli([
          'memo',
          '--db',
          db,
          '--district',
          'Rinkeby-Kista',
          '--year',
          '2020',
          '--type',
          type,
          '--format',
          'html',
          '--out',
          path.join(dir, `${type}.html`),
        ]);
        expect(made.status, made.stderr).toBe(0);
      }
      expect(scenario('Två lotsar till').status).toBe(0);
      const plain = runCli(['memo', 'show', '--id', '1', '--db', db]);
      expect(plain.stdout).not.toContain('har ändrats sedan');
      const compared = runCli(['memo', 'show', '--id', '2', '--db', db]);
      expect(compared.stdout).toMatch(/ {2}Scenarierna har ändrats sedan siffrorna räknades kl\. \d\d\.\d\d\. Uppdatera siffrorna i appen\.\n/);
      const list = runCli(['memo', 'list', '--district', 'Rinkeby-Kista', '--db', db]).stdout.split('\n');
      expect(list.find((l) => l.includes('Redovisning'))).not.toContain('inaktuella');
      expect(list.find((l) => l.includes('Bemanning') || l.includes('bemanning'))).toContain('(siffrorna är inaktuella)');
    },
    TIMEOUT,
  );

  it(
    'refuses a year that does not exist, a folder that does not exist and a template that is not a .docx, writing nothing',
    () => {
      const { dir, db } = demoDb();
      const out = path.join(dir, 'tu.docx');
      const year = runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2031', '--out', out, '--db', db]);
      expect(year.status).toBe(1);
      expect(year.stderr).toContain('har inga uppgifter för 2031');
      expect(fs.existsSync(out)).toBe(false);

      const folder = runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--out', path.join(dir, 'finns-inte', 'tu.docx'), '--db', db]);
      expect(folder.status).toBe(1);
      expect(folder.stderr).toContain('finns inte');

      // A folder named like a memo file (a name without .docx, .pdf or .html is refused before this).
      const folderNamedDocx = path.join(dir, 'mapp.docx');
      fs.mkdirSync(folderNamedDocx);
      const directory = runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--out', folderNamedDocx, '--db', db]);
      expect(directory.status).toBe(1);
      expect(directory.stderr).toContain(`${folderNamedDocx} är en mapp, inte en fil. Ingenting har skrivits.`);

      const pdf = path.join(dir, 'mall.docx');
      fs.writeFileSync(pdf, renamedPdf());
      const template = runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--template', pdf, '--out', out, '--db', db]);
      expect(template.status).toBe(1);
      expect(template.stderr).toContain('Filen mall.docx är ett PDF-dokument, inte ett Word-dokument (.docx).');
      expect(template.stderr).toContain('Ingenting har skrivits.');
      expect(fs.existsSync(out)).toBe(false);

      const unit = runCli(['memo', '--district', 'Rinkeby-Kista', '--unit', 'SIG unga', '--year', '2020', '--out', out, '--db', db]);
      expect(unit.status).toBe(1);
      expect(unit.stderr).toContain('Enheten ”SIG unga” finns inte i Rinkeby-Kista');

      expect(savedMemos(db)).toEqual([]);
      expect(
        fs
          .readdirSync(dir)
          .filter((f) => f !== 'x.sqlite' && !f.startsWith('x.sqlite-') && f !== 'backups')
          .sort(),
      ).toEqual(['mall.docx', 'mapp.docx']);
    },
    TIMEOUT,
  );

  it(
    'refuses wrong use with exit code 2 before opening the database',
    () => {
      const db = path.join(tempDir(), 'ingen.sqlite');
      const type = runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--type', 'brev', '--out', 'x.docx', '--db', db]);
      expect(type.status).toBe(2);
      expect(type.stderr).toContain('--type ska vara en av skrivelse, redovisning, bemanning, eget');
      expect(runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--db', db]).status).toBe(2);
      expect(runCli(['memo', 'export', '--out', 'x.docx', '--db', db]).status).toBe(2);
      expect(runCli(['memo', '--district', 'Rinkeby-Kista', '--year', '2020', '--mask', '--no-mask', '--out', 'x.docx', '--db', db]).status).toBe(2);
      expect(fs.existsSync(db)).toBe(false);
    },
    TIMEOUT,
  );
});
