// Power loss, not only SIGKILL: a SIGKILL keeps everything the OS has cached, a power cut loses
// what was not yet forced to disk. This models the store's own file operations through the seam
// (src/store/fileOps.ts) the way a journaling file system treats them:
//   - a new, renamed or removed name (open with create, link, rename, unlink, copy, mkdir) is durable
//     only once its folder has been fsynced;
//   - data written through the seam is durable only once its file has been fsynced;
//   - what SQLite writes itself is taken as it is at each step (SQLite fsyncs its own commits with
//     synchronous = FULL; its own crash safety is SQLite's, tested by SQLite's crash tests).
// Before every step the whole folder is snapshotted. A crash image at step k is the snapshot at k
// with the not-yet-durable operations before k undone: all of them, or (as a journal replays them
// in order) every later part of them. Each image must satisfy the invariant of scenarios.ts; an
// image taken after the operation returned must also hold its result and the backup it promised.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Not a React hook, whatever the name says: it swaps the store's file operations for this process.
import { realFileOps, useFileOps as replaceFileOps, type StoreFileOps } from '../../../src/store/fileOps.ts';
import { checkInvariant, copyTemplate, DB_NAME, prepareTemplate, readState, SCENARIOS, session, type Expected, type Scenario } from './scenarios.ts';
import { parseBackupName } from '../../../src/store/backups/names.ts';

/** Relative path → contents (null for a folder). */
type Snapshot = Map<string, Buffer | null>;

interface Step {
  /** Names created, replaced or removed (relative paths); durable after an fsync of their folder. */
  names: string[];
  /** Files whose data was written; durable after an fsync of the file. */
  data: string[];
  /** The relative path an fsync made durable (a folder: its names; a file: its data). */
  synced: string | null;
}

function snapshot(root: string): Snapshot {
  const snap: Snapshot = new Map();
  const walk = (dir: string, prefix: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix + e.name;
      // The -shm is a cache SQLite rebuilds; after a power cut its contents mean nothing.
      if (rel.endsWith('-shm')) continue;
      if (e.isDirectory()) {
        snap.set(rel, null);
        walk(path.join(dir, e.name), `${rel}/`);
      } else snap.set(rel, fs.readFileSync(path.join(dir, e.name)));
    }
  };
  walk(root, '');
  return snap;
}

class PowerLossOps implements StoreFileOps {
  readonly snapshots: Snapshot[] = [];
  readonly steps: Step[] = [];
  private readonly fds = new Map<number, string>();
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  private rel(file: string): string {
    const r = path.relative(this.root, path.resolve(file));
    return r === '' ? '.' : r;
  }

  private begin(step: Step): void {
    this.snapshots.push(snapshot(this.root));
    this.steps.push(step);
  }

  mkdir(dir: string): void {
    // The folders that do not exist yet are new names in their parents.
    const created: string[] = [];
    for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) created.push(this.rel(d));
    this.begin({ names: created, data: [], synced: null });
    realFileOps.mkdir(dir);
  }
  open(file: string, flags: string, mode?: number): number {
    const creates = /[wxa]/.test(flags) && !fs.existsSync(file);
    this.begin({ names: creates ? [this.rel(file)] : [], data: [], synced: null });
    const fd = realFileOps.open(file, flags, mode);
    this.fds.set(fd, this.rel(file));
    return fd;
  }
  write(fd: number, data: Uint8Array): void {
    this.begin({ names: [], data: [this.fds.get(fd)!], synced: null });
    realFileOps.write(fd, data);
  }
  chmod(fd: number, mode: number): void {
    this.begin({ names: [], data: [], synced: null });
    realFileOps.chmod(fd, mode);
  }
  fsync(fd: number): void {
    this.begin({ names: [], data: [], synced: this.fds.get(fd)! });
    realFileOps.fsync(fd);
  }
  close(fd: number): void {
    this.begin({ names: [], data: [], synced: null });
    this.fds.delete(fd);
    realFileOps.close(fd);
  }
  rename(from: string, to: string): void {
    this.begin({ names: [this.rel(from), this.rel(to)], data: [], synced: null });
    realFileOps.rename(from, to);
  }
  link(existing: string, newPath: string): void {
    this.begin({ names: [this.rel(newPath)], data: [], synced: null });
    realFileOps.link(existing, newPath);
  }
  unlink(file: string): void {
    this.begin({ names: [this.rel(file)], data: [], synced: null });
    realFileOps.unlink(file);
  }
  copy(from: string, to: string): void {
    this.begin({ names: [this.rel(to)], data: [this.rel(to)], synced: null });
    realFileOps.copy(from, to);
  }
  sqliteStep(): void {
    this.begin({ names: [], data: [], synced: null });
  }
}

const parentOf = (rel: string) => (path.dirname(rel) === '' ? '.' : path.dirname(rel));

/** The operations before step `cut` that a power cut at `cut` may still lose, oldest first. */
function pendingBefore(steps: readonly Step[], cut: number): number[] {
  const pending: number[] = [];
  for (let j = 0; j < cut; j++) {
    const step = steps[j]!;
    if (step.names.length === 0 && step.data.length === 0) continue;
    const laterSyncs = steps.slice(j + 1, cut).map((s) => s.synced);
    const namesDurable = step.names.every((n) => laterSyncs.includes(parentOf(n)));
    const dataDurable = step.data.every((d) => laterSyncs.includes(d));
    if (!namesDurable || !dataDurable) pending.push(j);
  }
  return pending;
}

/** The snapshot at `cut` with the operations `lost` (oldest first) undone: each path as before its operation. */
function crashImage(snapshots: readonly Snapshot[], steps: readonly Step[], cut: number, lost: readonly number[]): Snapshot {
  const image: Snapshot = new Map(snapshots[cut]!);
  for (const j of [...lost].reverse()) {
    const before = snapshots[j]!;
    for (const p of [...steps[j]!.names, ...steps[j]!.data]) {
      // A folder that did not exist takes everything in it with it.
      for (const key of [...image.keys()]) if (key === p || key.startsWith(`${p}/`)) image.delete(key);
      for (const [key, value] of before) if (key === p || key.startsWith(`${p}/`)) image.set(key, value);
    }
  }
  return image;
}

function writeImage(image: Snapshot): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotsplan-powerloss-'));
  for (const [rel, value] of [...image].sort(([a], [b]) => a.length - b.length)) {
    const target = path.join(dir, rel);
    if (value === null) fs.mkdirSync(target, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, value);
    }
  }
  return dir;
}

export interface PowerLossResult {
  images: number;
  problems: string[];
}

/** Reasons of the backups a returned operation promises, by scenario. */
const PROMISED: Record<string, string> = {
  'import av utväxlingsfil': 'fore-import',
  'import av månadsstatistik': 'fore-import-av-statistik',
  säkerhetskopia: 'manuell',
  'första säkerhetskopian (ny mapp backups)': 'manuell',
  återställning: 'fore-aterstallning',
};

export async function runPowerLoss(options: { scenarios?: string[]; randomSubsets?: number; seed?: number } = {}): Promise<PowerLossResult> {
  const template = await prepareTemplate();
  const result: PowerLossResult = { images: 0, problems: [] };
  let seed = options.seed ?? 1;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  try {
    for (const scenario of SCENARIOS.filter((s: Scenario) => !options.scenarios || options.scenarios.includes(s.name))) {
      const before = scenario.creates ? null : readState(path.join(template, DB_NAME));
      const dir = copyTemplate(template, scenario);
      const templateBackups = new Set(fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')) : []);
      const ops = new PowerLossOps(dir);
      const s = session(dir);
      const restore = replaceFileOps(ops);
      let succeeded = false;
      try {
        succeeded = await scenario.run(s);
      } finally {
        restore();
      }
      await s.close();
      if (!succeeded) throw new Error(`${scenario.name}: the operation fails without a power cut`);
      // The image after the operation returned, taken before the store was closed or reopened.
      const steps = ops.steps;
      const snapshots = [...ops.snapshots, snapshot(dir)];
      const expected: Expected = { before, after: readState(path.join(dir, DB_NAME)) };
      fs.rmSync(dir, { recursive: true, force: true });

      for (let cut = 0; cut <= steps.length; cut++) {
        const pending = pendingBefore(steps, cut);
        const losses: number[][] = pending.map((_, t) => pending.slice(t));
        losses.push([]);
        for (let r = 0; r < (options.randomSubsets ?? 0) && pending.length > 1; r++) losses.push(pending.filter(() => random() < 0.5));
        for (const lost of losses) {
          const image = writeImage(crashImage(snapshots, steps, cut, lost));
          result.images++;
          const where = `${scenario.name}, strömavbrott före steg ${cut} av ${steps.length}, ${lost.length} osynkade åtgärder förlorade`;
          try {
            const returned = cut === steps.length;
            const problems = await checkInvariant(image, scenario, expected, { laterOpen: true, succeeded: returned ? true : null });
            if (returned && PROMISED[scenario.name]) {
              const reason = PROMISED[scenario.name]!;
              const backupsDir = path.join(image, 'backups');
              const made = (fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir) : []).filter(
                (f) => !templateBackups.has(f) && parseBackupName(path.join(image, DB_NAME), f)?.reason === reason,
              );
              if (!made.some((f) => JSON.stringify(readState(path.join(backupsDir, f))) === JSON.stringify(before))) {
                problems.push(`säkerhetskopian (${reason}) som åtgärden utlovade finns inte efter strömavbrottet`);
              }
            }
            for (const p of problems) result.problems.push(`${where}: ${p}`);
          } finally {
            fs.rmSync(image, { recursive: true, force: true });
          }
        }
      }
    }
  } finally {
    fs.rmSync(template, { recursive: true, force: true });
  }
  return result;
}
