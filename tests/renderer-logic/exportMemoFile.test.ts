// A memo is recorded as exported only after its file is saved: a cancelled dialog records nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMemoToFile, type ExportedFile } from '../../src/renderer/memos/exportMemoFile.ts';

const FILE: ExportedFile = { fileName: 'tjansteutlatande.docx', base64: 'UEs=', warnings: ['Dnr saknas.'] };

function steps(saved: boolean | Error, log: string[]) {
  return {
    make: async () => {
      log.push('make');
      return FILE;
    },
    save: async (file: ExportedFile) => {
      log.push(`save ${file.fileName}`);
      if (saved instanceof Error) throw saved;
      return saved;
    },
    record: async () => {
      log.push('record');
    },
  };
}

describe('exportMemoToFile', () => {
  it('records the export after the file is saved', async () => {
    const log: string[] = [];
    expect(await exportMemoToFile(steps(true, log))).toEqual({ file: FILE, saved: true });
    expect(log).toEqual(['make', 'save tjansteutlatande.docx', 'record']);
  });

  it('records nothing when the save dialog is cancelled', async () => {
    const log: string[] = [];
    expect(await exportMemoToFile(steps(false, log))).toEqual({ file: FILE, saved: false });
    expect(log).toEqual(['make', 'save tjansteutlatande.docx']);
  });

  it('records nothing when the save fails, and passes the failure on', async () => {
    const log: string[] = [];
    await expect(exportMemoToFile(steps(new Error('Filen kunde inte sparas.'), log))).rejects.toThrow('Filen kunde inte sparas.');
    expect(log).toEqual(['make', 'save tjansteutlatande.docx']);
  });

  it('records exactly when the file was saved, for any sequence of exports (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 20 }), async (outcomes) => {
        const log: string[] = [];
        for (const saved of outcomes) await exportMemoToFile(steps(saved, log));
        expect(log.filter((l) => l === 'record')).toHaveLength(outcomes.filter(Boolean).length);
      }),
    );
  });
});
