// File operations that fail on purpose: every call through the store's seam (src/store/fileOps.ts)
// is one step, numbered from 0; the chosen step fails with EIO instead of running, once or
// persistently (that step and every later one). With no step chosen, it only counts and names the
// steps, so a test knows how many there are.
import { realFileOps, type StoreFileOps } from '../../../src/store/fileOps.ts';

export type FaultMode = 'once' | 'persistent';

export interface FaultPlan {
  /** The step that fails (or the steps, each once); null to only count. */
  failAt: number | readonly number[] | null;
  mode: FaultMode;
}

export class InjectedFault extends Error {
  readonly code = 'EIO';
  readonly step: string;
  constructor(step: string) {
    super(`EIO: i/o error (injected at ${step})`);
    this.step = step;
  }
}

export class FaultyOps implements StoreFileOps {
  /** The steps seen so far, e.g. "link backups/x.sqlite". */
  readonly steps: string[] = [];
  failures = 0;

  private readonly plan: FaultPlan;
  private readonly relative: (file: string) => string;

  constructor(plan: FaultPlan, relative: (file: string) => string = (f) => f) {
    this.plan = plan;
    this.relative = relative;
  }

  private step(name: string, file: string): void {
    const index = this.steps.length;
    this.steps.push(`${name} ${this.relative(file)}`);
    const { failAt, mode } = this.plan;
    if (failAt === null) return;
    const at = typeof failAt === 'number' ? [failAt] : failAt;
    if (at.includes(index) || (mode === 'persistent' && index > Math.min(...at))) {
      this.failures++;
      throw new InjectedFault(this.steps[index]!);
    }
  }

  mkdir(dir: string): void {
    this.step('mkdir', dir);
    realFileOps.mkdir(dir);
  }
  open(file: string, flags: string, mode?: number): number {
    this.step(`open(${flags})`, file);
    return realFileOps.open(file, flags, mode);
  }
  write(fd: number, data: Uint8Array): void {
    this.step('write', `fd ${fd}`);
    realFileOps.write(fd, data);
  }
  chmod(fd: number, mode: number): void {
    this.step('chmod', `fd ${fd}`);
    realFileOps.chmod(fd, mode);
  }
  fsync(fd: number): void {
    this.step('fsync', `fd ${fd}`);
    realFileOps.fsync(fd);
  }
  close(fd: number): void {
    // A close that fails still releases the descriptor (as close(2) does), so none is leaked.
    try {
      this.step('close', `fd ${fd}`);
    } finally {
      realFileOps.close(fd);
    }
  }
  rename(from: string, to: string): void {
    this.step('rename', `${this.relative(from)} -> ${this.relative(to)}`);
    realFileOps.rename(from, to);
  }
  link(existing: string, newPath: string): void {
    this.step('link', `${this.relative(existing)} -> ${this.relative(newPath)}`);
    realFileOps.link(existing, newPath);
  }
  unlink(file: string): void {
    this.step('unlink', file);
    realFileOps.unlink(file);
  }
  copy(from: string, to: string): void {
    this.step('copy', `${this.relative(from)} -> ${this.relative(to)}`);
    realFileOps.copy(from, to);
  }
  sqliteStep(step: string, file: string): void {
    this.step(`sqlite:${step}`, file);
  }
}
