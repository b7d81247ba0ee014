import path from 'node:path';
import crypto from 'node:crypto';
import { fileOps, fsyncFolder } from '../store/fileOps.ts';

/**
 * Writes via a temporary file in the same folder, fsync and rename: never a half-written file.
 * Every step goes through the store's file-operation seam (src/store/fileOps.ts).
 */
export function writeFileAtomic(filePath: string, text: string | Uint8Array): void {
  const ops = fileOps();
  const tmp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = ops.open(tmp, 'wx', 0o644);
    try {
      ops.write(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
      ops.fsync(fd);
    } finally {
      ops.close(fd);
    }
    ops.rename(tmp, filePath);
  } catch (error) {
    try {
      ops.unlink(tmp);
    } catch {
      // Keep the original error.
    }
    throw error;
  }
  try {
    fsyncFolder(path.dirname(filePath));
  } catch {
    // The file is complete and renamed; only its durability across a power cut depends on this.
  }
}
