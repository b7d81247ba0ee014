import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiFailure } from '../../src/api/envelope.ts';
import { StoreError } from '../../src/store/contract.ts';
import { realFileOps, type StoreFileOps } from '../../src/store/fileOps.ts';
import {
  createDialogHandlers,
  EXCHANGE_FILTER_NAME,
  EXPORT_DIALOG_TITLE,
  DATABASE_FILTER_NAME,
  IMPORT_DIALOG_TITLE,
  MAX_EXCHANGE_FILE_BYTES,
  OPEN_DATABASE_DIALOG_TITLE,
  SPREADSHEET_DIALOG_TITLE,
  SPREADSHEET_FILTER_NAME,
  TEMPLATE_DIALOG_TITLE,
  TEMPLATE_FILTER_NAME,
  safeFileName,
} from '../../electron/main/dialogs.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lotsplan-dialogs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const window = { id: 'window' };

function handlers(openPaths: string[] | null, savePath: string | null) {
  const dialog = {
    showOpenDialog: vi.fn(async () => ({ canceled: openPaths === null, filePaths: openPaths ?? [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: savePath === null, filePath: savePath ?? '' })),
  };
  return { dialog, host: createDialogHandlers({ dialog: dialog as never, getWindow: () => window as never }) };
}

describe('chooseExchangeFile', () => {
  it('shows a Swedish, JSON-filtered open dialog and reads UTF-8', async () => {
    const file = join(dir, 'farsta-2021.json');
    await writeFile(file, '\uFEFF{"stadsdel":"Hässelby-Vällingby"}');
    const { dialog, host } = handlers([file], null);
    expect(await host.chooseExchangeFile({})).toEqual({
      fileName: 'farsta-2021.json',
      text: '{"stadsdel":"Hässelby-Vällingby"}',
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: IMPORT_DIALOG_TITLE,
        filters: [{ name: EXCHANGE_FILTER_NAME, extensions: ['json'] }],
        properties: ['openFile'],
      }),
    );
    expect(IMPORT_DIALOG_TITLE).toBe('Importera utväxlingsfil');
  });

  it('returns null when cancelled', async () => {
    expect(await handlers(null, null).host.chooseExchangeFile({})).toBeNull();
  });

  it('refuses files over 5 MB with a Swedish message', async () => {
    const file = join(dir, 'stor.json');
    await writeFile(file, Buffer.alloc(MAX_EXCHANGE_FILE_BYTES + 1, 0x20));
    const error = await handlers([file], null)
      .host.chooseExchangeFile({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe('VALIDATION');
    expect((error as ApiFailure).message).toMatch(/för stor.*högst 5 MB/);
  });

  it('accepts a file of exactly 5 MB', async () => {
    const file = join(dir, 'precis.json');
    await writeFile(file, Buffer.alloc(MAX_EXCHANGE_FILE_BYTES, 0x20));
    const result = await handlers([file], null).host.chooseExchangeFile({});
    expect(result?.text.length).toBe(MAX_EXCHANGE_FILE_BYTES);
  });

  it('refuses text that is not UTF-8 and files that cannot be read', async () => {
    const latin1 = join(dir, 'latin1.json');
    await writeFile(latin1, Buffer.from([0x7b, 0xe4, 0x7d]));
    await expect(handlers([latin1], null).host.chooseExchangeFile({})).rejects.toThrow(/UTF-8/);
    await expect(handlers([join(dir, 'saknas.json')], null).host.chooseExchangeFile({})).rejects.toThrow(/kunde inte läsas/);
    await expect(handlers([dir], null).host.chooseExchangeFile({})).rejects.toThrow(/inte en fil/);
  });
});

describe('chooseSpreadsheetFile', () => {
  it('shows a Swedish open dialog for .xlsx and .csv and returns the exact bytes in base64', async () => {
    const file = join(dir, 'statistik.xlsx');
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);
    await writeFile(file, bytes);
    const { dialog, host } = handlers([file], null);
    const chosen = await host.chooseSpreadsheetFile({});
    expect(chosen).toEqual({ fileName: 'statistik.xlsx', base64: bytes.toString('base64') });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: SPREADSHEET_DIALOG_TITLE,
        filters: [{ name: SPREADSHEET_FILTER_NAME, extensions: ['xlsx', 'csv', 'json'] }],
        properties: ['openFile'],
      }),
    );
    expect(SPREADSHEET_DIALOG_TITLE).toBe('Läs in månadsstatistik');
  });

  it('returns null when cancelled, and refuses a file over 5 MB, a folder and a missing file in Swedish', async () => {
    expect(await handlers(null, null).host.chooseSpreadsheetFile({})).toBeNull();
    const big = join(dir, 'stor.csv');
    await writeFile(big, Buffer.alloc(5_000_001));
    await expect(handlers([big], null).host.chooseSpreadsheetFile({})).rejects.toThrow(/för stor .* högst 5 MB/);
    await expect(handlers([dir], null).host.chooseSpreadsheetFile({})).rejects.toThrow(/inte en fil/);
    await expect(handlers([join(dir, 'saknas.xlsx')], null).host.chooseSpreadsheetFile({})).rejects.toThrow(/kunde inte läsas/);
  });
});

describe('chooseTemplateFile', () => {
  it('shows a Swedish open dialog for .docx only and returns the exact bytes in base64', async () => {
    const file = join(dir, 'Mall Rinkeby-Kista.docx');
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x7f]);
    await writeFile(file, bytes);
    const { dialog, host } = handlers([file], null);
    expect(await host.chooseTemplateFile({})).toEqual({ fileName: 'Mall Rinkeby-Kista.docx', base64: bytes.toString('base64') });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: TEMPLATE_DIALOG_TITLE,
        filters: [{ name: TEMPLATE_FILTER_NAME, extensions: ['docx'] }],
        properties: ['openFile'],
      }),
    );
    expect(TEMPLATE_DIALOG_TITLE).toBe('Lägg till mall för tjänsteutlåtanden');
  });

  it('returns null when cancelled, and refuses a file over the template limit, a folder and a missing file in Swedish', async () => {
    expect(await handlers(null, null).host.chooseTemplateFile({})).toBeNull();
    const big = join(dir, 'stor.docx');
    await writeFile(big, Buffer.alloc(5 * 1024 * 1024 + 1));
    await expect(handlers([big], null).host.chooseTemplateFile({})).rejects.toThrow(/för stor .* En mall får vara högst/);
    const limit = join(dir, 'precis.docx');
    await writeFile(limit, Buffer.alloc(5 * 1024 * 1024));
    expect((await handlers([limit], null).host.chooseTemplateFile({}))?.fileName).toBe('precis.docx');
    await expect(handlers([dir], null).host.chooseTemplateFile({})).rejects.toThrow(/inte en fil/);
    await expect(handlers([join(dir, 'saknas.docx')], null).host.chooseTemplateFile({})).rejects.toThrow(/kunde inte läsas/);
  });

  it('refuses when there is no window', async () => {
    const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
    const host = createDialogHandlers({ dialog: dialog as never, getWindow: () => null });
    await expect(host.chooseTemplateFile({})).rejects.toThrow(/fönster är inte öppet/);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  const input = (text: string) => ({
    suggestedName: 'Farsta 2021.json',
    text,
    encoding: 'utf8' as const,
    filterName: EXCHANGE_FILTER_NAME,
    extensions: ['json'],
  });

  it('shows a Swedish save dialog and writes the whole text, leaving no temp file', async () => {
    const target = join(dir, 'export.json');
    const text = `{"enhet":"SIG vuxna","rader":"${'å'.repeat(200_000)}"}`;
    const { dialog, host } = handlers(null, target);
    expect(await host.saveFile(input(text))).toEqual({ path: target });
    expect(await readFile(target, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['export.json']);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: EXPORT_DIALOG_TITLE,
        defaultPath: 'Farsta 2021.json',
        filters: [{ name: EXCHANGE_FILTER_NAME, extensions: ['json'] }],
      }),
    );
    expect(EXPORT_DIALOG_TITLE).toBe('Exportera');
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'export.json');
    await writeFile(target, 'x'.repeat(10_000));
    await handlers(null, target).host.saveFile(input('kort'));
    expect(await readFile(target, 'utf8')).toBe('kort');
    expect(await readdir(dir)).toEqual(['export.json']);
  });

  it('decodes base64 for binary files (.xlsx) and writes the exact bytes', async () => {
    const target = join(dir, 'logg.xlsx');
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    await handlers(null, target).host.saveFile({ ...input(bytes.toString('base64')), encoding: 'base64' });
    expect(await readFile(target)).toEqual(bytes);
  });

  it('refuses to write over a database or its write-ahead log, in Swedish, and changes nothing', async () => {
    const database = join(dir, 'lotsplan.sqlite');
    const header = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)]);
    await writeFile(database, header);
    await expect(handlers(null, database).host.saveFile(input('rapport'))).rejects.toThrow(
      '”lotsplan.sqlite” är en databas eller hör till en och skrivs inte över. Spara under ett annat namn. Ingenting har sparats.',
    );
    await expect(handlers(null, `${database}-wal`).host.saveFile(input('rapport'))).rejects.toThrow('”lotsplan.sqlite-wal” är en databas');
    expect(await readFile(database)).toEqual(header);
    expect(await readdir(dir)).toEqual(['lotsplan.sqlite']);
  });

  it('returns null when cancelled and writes nothing', async () => {
    expect(await handlers(null, null).host.saveFile(input('x'))).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes through the file operations it is given and keeps the old file when the rename fails', async () => {
    const target = join(dir, 'export.json');
    await writeFile(target, 'gammal');
    const calls: string[] = [];
    const failingOps: StoreFileOps = {
      ...realFileOps,
      open: (file, flags, mode) => {
        calls.push(`open ${flags}`);
        return realFileOps.open(file, flags, mode);
      },
      rename: () => {
        calls.push('rename');
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      },
    };
    const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) };
    const host = createDialogHandlers({ dialog: dialog as never, getWindow: () => window as never, fileOps: failingOps });
    await expect(host.saveFile(input('ny'))).rejects.toThrow(/Filen .export\.json. kunde inte sparas\./);
    expect(calls).toEqual(['open wx', 'rename']);
    expect(await readFile(target, 'utf8')).toBe('gammal');
    expect(await readdir(dir)).toEqual(['export.json']);
  });

  it('reports a Swedish error and leaves no temp file when the folder is missing', async () => {
    const target = join(dir, 'saknas', 'export.json');
    await expect(handlers(null, target).host.saveFile(input('x'))).rejects.toThrow(/kunde inte sparas/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('openOtherDatabase', () => {
  function withSwitch(openPaths: string[] | null, switchDatabase: (path: string) => Promise<void>) {
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: openPaths === null, filePaths: openPaths ?? [] })),
      showSaveDialog: vi.fn(),
    };
    return { dialog, host: createDialogHandlers({ dialog: dialog as never, getWindow: () => window as never, switchDatabase }) };
  }

  it('shows a Swedish open dialog for databases and switches to the chosen file', async () => {
    const switchDatabase = vi.fn(async () => {});
    const { dialog, host } = withSwitch(['/data/annan.sqlite'], switchDatabase);
    expect(await host.openOtherDatabase({})).toEqual({ path: '/data/annan.sqlite' });
    expect(switchDatabase).toHaveBeenCalledWith('/data/annan.sqlite');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: OPEN_DATABASE_DIALOG_TITLE,
        filters: expect.arrayContaining([{ name: DATABASE_FILTER_NAME, extensions: ['sqlite', 'db'] }]),
        properties: ['openFile'],
      }),
    );
    expect(OPEN_DATABASE_DIALOG_TITLE).toBe('Öppna en annan databasfil');
  });

  it('returns null and switches nothing when cancelled', async () => {
    const switchDatabase = vi.fn(async () => {});
    expect(await withSwitch(null, switchDatabase).host.openOtherDatabase({})).toBeNull();
    expect(switchDatabase).not.toHaveBeenCalled();
  });

  it('passes on a refusal of the chosen file as a DATABASE failure naming it', async () => {
    const refusal = new StoreError('NOT_SQLITE', '/data/text.sqlite', 'Filen /data/text.sqlite är inte en Lotsplan-databas. Lotsplan har inte ändrat filen.');
    const error = await withSwitch(['/data/text.sqlite'], async () => Promise.reject(refusal))
      .host.openOtherDatabase({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect(error).toMatchObject({ code: 'DATABASE', message: refusal.message });
  });

  it('fails with a Swedish message when the host cannot switch databases', async () => {
    await expect(handlers(['/data/annan.sqlite'], null).host.openOtherDatabase({})).rejects.toThrow(/kan inte byta databasfil/);
  });
});

describe('safeFileName', () => {
  it('strips folders and forbidden characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\plan.json')).toBe('plan.json');
    expect(safeFileName('a:b*c?.json')).toBe('a_b_c_.json');
    expect(safeFileName('...')).toBe('lotsplan.json');
    expect(safeFileName('Rinkeby-Kista 2020.json')).toBe('Rinkeby-Kista 2020.json');
  });
});
