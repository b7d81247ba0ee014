// The one seam for the store's own file operations: every open, write, chmod, fsync, rename, link, unlink,
// copy and folder creation that a writing operation (backup, restore, rotation, new database,
// opening, the atomic file writes of atomicWrite.ts) does outside SQLite goes through `fileOps()`.
// The default is the real file system. Tests replace it (`useFileOps`) to inject a failure at each step in
// turn, once or persistently, and to model a power cut that loses what was not yet fsynced.
//
// SQLite's own writes go through better-sqlite3 and cannot be intercepted here. Instead, the
// store announces each SQLite step that writes a file (`sqliteStep`) just before it runs, so a
// fault can be injected around it; faults inside SQLite are provoked for real in the tests
// (a page limit that makes SQLite report a full disk).
import fs from 'node:fs';

export interface StoreFileOps {
  /** Creates the folder and its parents; an existing folder is fine. */
  mkdir(dir: string): void;
  /** Opens a file ('r', 'r+', 'wx' …) and returns its descriptor. */
  open(file: string, flags: string, mode?: number): number;
  write(fd: number, data: Uint8Array): void;
  /** Sets an open file's permission bits exactly (a mode given to `open` is reduced by the umask). */
  chmod(fd: number, mode: number): void;
  /** Forces the file (or, for a folder's descriptor, its entries) to disk. */
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  /** A second name for a file; fails with EEXIST when the name is taken. */
  link(existing: string, newPath: string): void;
  /** Removes a file; a file that does not exist is not an error. */
  unlink(file: string): void;
  /** Copies a file; fails with EEXIST when the target exists. */
  copy(from: string, to: string): void;
  /**
   * Called just before SQLite itself writes a file: `step` names what it does (e.g.
   * "backup-copy", "create-database"), `file` the file it writes. The real seam does nothing.
   */
  sqliteStep(step: string, file: string): void;
}

export const realFileOps: StoreFileOps = {
  mkdir: (dir) => void fs.mkdirSync(dir, { recursive: true }),
  open: (file, flags, mode) => fs.openSync(file, flags, mode),
  write: (fd, data) => {
    let written = 0;
    while (written < data.byteLength) written += fs.writeSync(fd, data, written, data.byteLength - written);
  },
  chmod: (fd, mode) => fs.fchmodSync(fd, mode),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  link: (existing, newPath) => fs.linkSync(existing, newPath),
  unlink: (file) => fs.rmSync(file, { force: true }),
  copy: (from, to) => fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL),
  sqliteStep: () => {},
};

let current: StoreFileOps = realFileOps;

/** The file operations in use: the real file system unless a test replaced them. */
export function fileOps(): StoreFileOps {
  return current;
}

/** Replaces the file operations (process-wide, for tests); returns a function that puts the previous ones back. */
export function useFileOps(ops: StoreFileOps): () => void {
  const previous = current;
  current = ops;
  return () => {
    current = previous;
  };
}

/**
 * Makes the entries of `dir` (a new, renamed or removed name) durable across a power cut.
 * Folders cannot be opened on Windows, where a rename is durable by itself; elsewhere a failure
 * is reported to the caller.
 */
export function fsyncFolder(dir: string, ops: StoreFileOps = fileOps()): void {
  if (process.platform === 'win32') return;
  const fd = ops.open(dir, 'r');
  try {
    ops.fsync(fd);
  } finally {
    ops.close(fd);
  }
}

/** Forces a file's contents to disk. */
export function fsyncFile(file: string): void {
  const ops = fileOps();
  const fd = ops.open(file, 'r+');
  try {
    ops.fsync(fd);
  } finally {
    ops.close(fd);
  }
}

/** Removes a file and the sidecars SQLite may leave beside it. */
export function unlinkWithSidecars(file: string, suffixes: readonly string[] = ['', '-journal', '-wal', '-shm']): void {
  for (const suffix of suffixes) fileOps().unlink(file + suffix);
}
