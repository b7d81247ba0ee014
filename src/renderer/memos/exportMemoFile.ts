// Exporting a memo to a file: make it, let the user save it, and only then record the export, so
// that a cancelled save dialog (or a failed save) leaves the memo "inte exporterad" and the audit
// log without an export. The steps are passed in, so the order is tested without a window.
export interface ExportedFile {
  fileName: string;
  base64: string;
  warnings: string[];
}

export interface MemoExportSteps {
  make: () => Promise<ExportedFile>;
  /** Whether the file was saved (false when the user cancelled the dialog). */
  save: (file: ExportedFile) => Promise<boolean>;
  record: () => Promise<unknown>;
}

export async function exportMemoToFile(steps: MemoExportSteps): Promise<{ file: ExportedFile; saved: boolean }> {
  const file = await steps.make();
  const saved = await steps.save(file);
  if (saved) await steps.record();
  return { file, saved };
}
