import { describe, expect, it } from 'vitest';
import { BUSY_BEFORE_LIMIT, busyBeforeWarning, busyShare, cpuSummary, parseCpuLine } from '../../scripts/cpuTime.ts';

const STAT = 'cpu  600509 244 95556 2201533 4453 0 7733 12 0 0\ncpu0 300000 100 47000 1100000 2000 0 3800 6 0 0\nintr 1 2 3\n';

describe('CPU time of a run', () => {
  it('reads the all-cores line: user, nice, system, irq, softirq and steal are busy; idle and iowait are not', () => {
    expect(parseCpuLine(STAT)).toEqual({ busy: 600509 + 244 + 95556 + 0 + 7733 + 12, idle: 2201533 + 4453 });
  });

  it('gives null without an all-cores line or with one it cannot read', () => {
    expect(parseCpuLine('cpu0 1 2 3 4\n')).toBeNull();
    expect(parseCpuLine('')).toBeNull();
    expect(parseCpuLine('cpu  1 x 3 4 5 6 7 8\n')).toBeNull();
  });

  it('says how many CPU-seconds were busy and what share of the cores, in Swedish notation', () => {
    const before = { busy: 100_000, idle: 50_000 };
    expect(cpuSummary(before, { busy: 160_700, idle: 51_400 }, 2)).toBe('607 CPU-sekunder upptagna, 97,7\u00a0% av 2 kärnor');
    expect(cpuSummary(before, { busy: 225_000, idle: 50_000 }, 2)).toBe('1\u00a0250 CPU-sekunder upptagna, 100,0\u00a0% av 2 kärnor');
    expect(cpuSummary(before, before, 1)).toBe('0 CPU-sekunder upptagna, 0,0\u00a0% av 1 kärna');
  });

  it('gives the busy share of the cores between two readings, 0 when no time passed', () => {
    expect(busyShare({ busy: 100, idle: 100 }, { busy: 130, idle: 170 })).toBeCloseTo(0.3, 12);
    expect(busyShare({ busy: 100, idle: 100 }, { busy: 100, idle: 100 })).toBe(0);
  });

  it('warns, in Swedish, only when other programs kept more than a quarter of the cores busy before the run', () => {
    expect(busyBeforeWarning(0)).toBeNull();
    expect(busyBeforeWarning(BUSY_BEFORE_LIMIT)).toBeNull();
    expect(busyBeforeWarning(0.5)).toBe(
      'Obs: innan körningen började var 50,0\u00a0% av kärnorna upptagna av andra program (se ps aux --sort=-%cpu), så tiderna är inte jämförbara med andra körningars.',
    );
  });
});
