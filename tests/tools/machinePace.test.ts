import { describe, expect, it } from 'vitest';
import { paceMs, paceSummary } from '../../scripts/machinePace.ts';

describe('the machine pace of a run', () => {
  it('times the loop: no steps take next to nothing, a million steps take longer', () => {
    const none = paceMs(0);
    const million = paceMs(1_000_000);
    expect(none).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(million)).toBe(true);
    expect(million).toBeGreaterThan(none);
  });

  it('says the time in whole milliseconds, in Swedish notation', () => {
    expect(paceSummary(476.4)).toBe('Referensslingan tog 476 ms (maskinens takt i dag: samma arbete varje gång, kortare är snabbare)');
    expect(paceSummary(1_250.6)).toMatch(/^Referensslingan tog 1\u00a0251 ms /);
  });
});
