// Writes a file so that it is either the old one or the complete new one, never half-written:
// temp file in the same folder, fsync, rename over the target.
import * as realFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export type AtomicWriteFs = Pick<typeof realFs, 'open' | 'rename' | 'rm'>;

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(target: string, text: string | Uint8Array, fs: AtomicWriteFs = realFs): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncDirectory(dirname(target), fs);
}

/** Makes the rename durable where the OS allows opening a folder (not on Windows). */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file itself is already complete and renamed.
  }
}
