import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/** Writes via a temporary file in the same folder, fsync and rename: never a half-written file. */
export function writeFileAtomic(filePath: string, text: string | Uint8Array): void {
  const tmp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx');
  try {
    if (typeof text === 'string') fs.writeFileSync(fd, text, 'utf8');
    else fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, filePath);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
