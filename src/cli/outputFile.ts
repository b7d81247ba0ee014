// The file a command writes: resolved against the working folder, refused with a Swedish message
// (before anything is read or written) when its folder does not exist.
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io.ts';

export function resolveOutputFile(io: CliIo, file: string): string | null {
  const out = path.resolve(io.cwd, file);
  if (!fs.existsSync(path.dirname(out))) {
    io.stderr(`Fel: Mappen ${path.dirname(out)} finns inte.\n`);
    return null;
  }
  return out;
}
