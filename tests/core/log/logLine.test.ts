import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeError,
  formatLogLine,
  LOG_LINE_MAX_CHARS,
  logFileNames,
  mustRotate,
  redactPath,
  redactText,
  type RedactionContext,
} from '../../../src/core/log/logLine.ts';

const windows: RedactionContext = {
  dataDir: 'C:\\Users\\anna.svensson\\AppData\\Roaming\\Lotsplan',
  homeDir: 'C:\\Users\\anna.svensson',
  userName: 'anna.svensson',
};
const linux: RedactionContext = { dataDir: '/home/anna/.config/Lotsplan', homeDir: '/home/anna', userName: 'anna' };
const at = new Date('2026-12-01T23:40:00.123Z');

describe('redaction', () => {
  it('writes paths in the data folder relative to it, on Windows in any case and with either slash', () => {
    expect(redactText('Filen ”C:\\Users\\Anna.Svensson\\AppData\\Roaming\\Lotsplan\\lotsplan.sqlite” kunde inte öppnas.', windows)).toBe(
      'Filen ”<datamapp>/lotsplan.sqlite” kunde inte öppnas.',
    );
    expect(redactPath('C:/Users/anna.svensson/AppData/Roaming/Lotsplan/backups/lotsplan-2026-12-01T2340-manuell.sqlite', windows)).toBe(
      '<datamapp>/backups/lotsplan-2026-12-01T2340-manuell.sqlite',
    );
    expect(redactPath('/home/anna/.config/Lotsplan/lotsplan.sqlite', linux)).toBe('<datamapp>/lotsplan.sqlite');
  });

  it('keeps only the file name of any other path: under the profile, on another disk, on a share', () => {
    expect(redactText("EACCES: permission denied, open 'C:\\Users\\anna.svensson\\Dokument\\Ärenden Kalle P\\x.sqlite'", windows)).toBe(
      "EACCES: permission denied, open '~/…/x.sqlite'",
    );
    expect(redactText('at open (/home/anna/src/lotsplan/out/main/index.js:12:3)', linux)).toBe('at open (~/…/index.js:12:3)');
    expect(redactText('kopia \\\\server\\share\\Enhet Norr\\db.sqlite och D:\\Personal\\y.sqlite', linux)).toBe('kopia …/Enhet …/db.sqlite och …/y.sqlite');
    expect(redactText('”D:\\Enhet Norr\\Kalle Karlsson\\db.sqlite”', linux)).toBe('”…/db.sqlite”');
    expect(redactText('open /media/usb/Kalle Karlsson/kopia.sqlite', linux)).toBe('open …/Kalle …/kopia.sqlite');
    expect(redactText('1/2 av och/eller 3/4', linux)).toBe('1/2 av och/eller 3/4');
    expect(redactPath('/tmp/x/y.sqlite', linux)).toBe('…/y.sqlite');
    expect(redactPath('/home/anna/Dokument/x.sqlite', linux)).toBe('~/…/x.sqlite');
    // A folder that merely starts like the data folder is not inside it.
    expect(redactPath('/home/anna/.config/Lotsplan-gammal/lotsplan.sqlite', linux)).toBe('~/…/lotsplan.sqlite');
  });

  it('removes the login name, e-mail addresses and personnummer, and leaves amounts and years', () => {
    expect(redactText('Användaren ANNA.SVENSSON saknar rätt', windows)).toBe('Användaren <användare> saknar rätt');
    expect(redactText('skriv till kalle.karlsson@stockholm.se', linux)).toBe('skriv till <e-post>');
    expect(redactText('19850101-1234, 850101-1234, 198501011234 och 850161-1234', linux)).toBe(
      '<personnummer>, <personnummer>, <personnummer> och <personnummer>',
    );
    expect(redactText('4500000 kr år 2020, 38 500 kr, schema 5', linux)).toBe('4500000 kr år 2020, 38 500 kr, schema 5');
  });

  it('never lets the home folder, the login name or a personnummer through (property)', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 9999 }), (folders, noise, last4) => {
        const file = `C:\\Users\\anna.svensson\\${folders.join('\\')}\\fil.sqlite`;
        const pnr = `19850101-${String(last4).padStart(4, '0')}`;
        const text = `${noise} ”${file}” ${pnr} ${noise}`;
        const out = redactText(text, windows);
        expect(out.toLowerCase()).not.toContain('anna.svensson');
        expect(out).not.toContain(pnr);
        for (const f of folders)
          if (f.trim().length >= 3 && !noise.includes(f) && !'fil.sqlite …<användare> <personnummer>'.includes(f)) expect(out).not.toContain(`\\${f}\\`);
      }),
    );
  });
});

describe('log lines', () => {
  it('have the time, level, source, event, fields and message on one line', () => {
    const line = formatLogLine(
      {
        time: at,
        level: 'error',
        source: 'app',
        event: 'db-refused',
        fields: { dbFile: '/home/anna/.config/Lotsplan/lotsplan.sqlite', schema: 6, packaged: true, note: 'två ord' },
        message: 'Filen är från en nyare version.\nIngenting har ändrats.',
      },
      linux,
    );
    expect(line).toBe(
      '2026-12-01T23:40:00.123Z ERROR app db-refused dbFile=<datamapp>/lotsplan.sqlite schema=6 packaged=true note="två ord" – Filen är från en nyare version. | Ingenting har ändrats.\n',
    );
  });

  it('redact fields: a key ending in path or file as a path, other strings as text; odd keys are dropped', () => {
    const line = formatLogLine(
      { time: at, level: 'info', source: 'webb', event: 'start', fields: { candidatePath: '/media/usb/Kalle/kopia.sqlite', who: 'anna', 'bad key': 'x' } },
      linux,
    );
    expect(line).toBe('2026-12-01T23:40:00.123Z INFO  webb start candidatePath=…/kopia.sqlite who=<användare>\n');
  });

  it('are always one line ending in a newline, at most the maximum length (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6000 }), fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ maxLength: 50 })), (message, fields) => {
        const line = formatLogLine({ time: at, level: 'warn', source: 'app', event: 'error', fields, message }, linux);
        expect(line.endsWith('\n')).toBe(true);
        expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
        expect(line.length - 1).toBeLessThanOrEqual(LOG_LINE_MAX_CHARS);
      }),
    );
  });

  it('describe an error by name, code, message and the first stack frames', () => {
    const error = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    error.stack = 'Error: database is locked\n    at a (/x/a.js:1:1)\n    at b (/x/b.js:2:2)\n    at c (/x/c.js:3:3)';
    expect(describeError(error, 2)).toBe('Error [SQLITE_BUSY]: database is locked | at a (/x/a.js:1:1) | at b (/x/b.js:2:2)');
    expect(describeError('text')).toBe('text');
    expect(describeError(42)).toBe('Okänt fel: 42');
  });
});

describe('rotation rule', () => {
  it('names three files and rotates only a non-empty file that the line would take over the limit', () => {
    expect(logFileNames()).toEqual(['lotsplan.log', 'lotsplan.1.log', 'lotsplan.2.log']);
    expect(mustRotate(0, 5000, 1000)).toBe(false); // a single long line still goes into an empty file
    expect(mustRotate(990, 10, 1000)).toBe(false);
    expect(mustRotate(991, 10, 1000)).toBe(true);
  });
});
