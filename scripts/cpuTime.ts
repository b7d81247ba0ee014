// How busy the machine was during `npm test`, from Linux's /proc/stat: the busy and the idle
// CPU-seconds of all cores between two readings. The same code has taken 340–390 busy
// CPU-seconds on one day and about 600 on another on the same kind of two-core machine, so a wall
// time alone cannot tell slower tests from a slower machine; the closing table shows both. Read
// also over half a second before the run starts, they say whether other programs were busy then.
import { formatNumber } from '../src/core/format/number.ts';
import { formatPercent } from '../src/core/format/percent.ts';

/** Clock ticks per second of /proc/stat (USER_HZ), 100 on every Linux that Node runs on. */
const TICKS_PER_SECOND = 100;

export interface CpuReading {
  /** Ticks spent running something: user, nice, system, irq, softirq, steal. */
  busy: number;
  /** Ticks with nothing to run or waiting for the disk: idle, iowait. */
  idle: number;
}

/** The all-cores line of /proc/stat ("cpu  user nice system idle iowait irq softirq steal …"); null when it is not there. */
export function parseCpuLine(procStat: string): CpuReading | null {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  if (![user, nice, system, idle, iowait, irq, softirq, steal].every(Number.isFinite)) return null;
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait };
}

/** "607 CPU-sekunder upptagna, 98,0 % av 2 kärnor" between two readings. */
export function cpuSummary(before: CpuReading, after: CpuReading, cores: number): string {
  const busy = (after.busy - before.busy) / TICKS_PER_SECOND;
  const share = busyShare(before, after);
  return `${formatNumber(busy, { decimals: 0 })} CPU-sekunder upptagna, ${formatPercent(share)} av ${cores} ${cores === 1 ? 'kärna' : 'kärnor'}`;
}

/** The share of the cores' time that was busy between two readings (0 when no time passed). */
export function busyShare(before: CpuReading, after: CpuReading): number {
  const busy = after.busy - before.busy;
  const idle = after.idle - before.idle;
  return busy + idle > 0 ? busy / (busy + idle) : 0;
}

/**
 * Above this share of the cores busy while `npm test` itself only waits, something else is running
 * (once a crash-test writer left behind by an interrupted run, an endless loop by design, took a
 * core for 14 minutes and made a run about a fifth slower without a word).
 */
export const BUSY_BEFORE_LIMIT = 0.25;

/** A warning when other programs kept the cores busy just before the run; null when they did not. */
export function busyBeforeWarning(share: number): string | null {
  if (share <= BUSY_BEFORE_LIMIT) return null;
  return `Obs: innan körningen började var ${formatPercent(share)} av kärnorna upptagna av andra program (se ps aux --sort=-%cpu), så tiderna är inte jämförbara med andra körningars.`;
}
