// The database file a path names, resolved once: Lotsplan acts on the real file, never on a
// symbolic link in front of it. A restore then replaces the file the link points to (not the link),
// and a refused open never removes a link it did not create.
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from './messages.ts';

/**
 * The real path of `file` (symbolic links in it resolved); the absolute path when nothing exists
 * there yet. A dangling link or a loop of links is refused with a Swedish StoreError.
 */
export function realDatabasePath(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw refuse.linkLoop(absolute, (error as Error).message);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  let link: string | null = null;
  try {
    if (fs.lstatSync(absolute).isSymbolicLink()) link = fs.readlinkSync(absolute);
  } catch {
    // Nothing there: a new file will be created at the path.
  }
  if (link !== null) throw refuse.danglingLink(absolute, path.resolve(path.dirname(absolute), link));
  // The folders may themselves be links; resolve the part that exists.
  try {
    return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
  } catch {
    return absolute;
  }
}
