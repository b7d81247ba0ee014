// Writes a file so that it is either the old one or the complete new one, never half-written: a
// temporary file in the same folder, fsync, rename over the target, then fsync of the folder.
// The one implementation for every file Lotsplan writes outside SQLite at the user's request: the
// CLI's output files and the desktop's save dialog. Each step goes through the store's
// file-operation seam (fileOps.ts), so the fault tests inject failures into it and the desktop
// shell's tests pass a fake of their own. It lives in the store because the seam does, and
// electron/ may import the store (only the renderer may not).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileOps, fsyncFolder, type StoreFileOps } from './fileOps.ts';

/** The temporary name beside `target`: hidden, unique per write, removed when the write fails. */
export function atomicTempPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The file a write to `filePath` should replace: the file a symbolic link points to, so that the
 * rename replaces that file and leaves the link (a report linked into a shared folder stays linked);
 * the path itself when it is no link, or a link to nothing.
 */
function writeTarget(filePath: string): string {
  try {
    return fs.lstatSync(filePath).isSymbolicLink() ? fs.realpathSync(filePath) : filePath;
  } catch {
    return filePath;
  }
}

/** A new file's permissions: read and write for its owner, read for others (as the umask allows). */
const NEW_FILE_MODE = 0o644;

/** The permission bits of the file a write replaces, so that the new file keeps them; null when there is none yet. */
function replacedMode(filePath: string): number | null {
  try {
    const stat = fs.statSync(filePath);
    return stat.isFile() ? stat.mode & 0o7777 : null;
  } catch {
    return null;
  }
}

/**
 * Writes `data` (a string as UTF-8) to `filePath` atomically; throws, leaving the old file, when a step fails.
 * A replaced file keeps its permission bits (a report kept private stays private, one shared with the group stays
 * shared); a new file gets NEW_FILE_MODE.
 */
export function writeFileAtomic(linkOrFile: string, data: string | Uint8Array, ops: StoreFileOps = fileOps()): void {
  const filePath = writeTarget(linkOrFile);
  const tmp = atomicTempPath(filePath);
  const keptMode = replacedMode(filePath);
  try {
    const fd = ops.open(tmp, 'wx', keptMode ?? NEW_FILE_MODE);
    try {
      if (keptMode !== null) ops.chmod(fd, keptMode);
      ops.write(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
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
    fsyncFolder(path.dirname(filePath), ops);
  } catch {
    // The file is complete and renamed; only its durability across a power cut depends on this.
  }
}
