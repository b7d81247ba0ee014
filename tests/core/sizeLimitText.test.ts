// One formatter for the size limits that messages name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_IMPORT_FILE_TEXT, sizeLimitText } from '../../src/core/files/limits.ts';
import { formatBytes } from '../../src/core/format/index.ts';
import { BODY_TOO_LARGE_TEXT, MAX_BODY_BYTES } from '../../src/hosts/browser/createBrowserHost.ts';

describe('sizeLimitText', () => {
  it('writes binary limits in MiB and decimal ones in MB, the Swedish way', () => {
    expect(sizeLimitText(8 * 1024 * 1024)).toBe('8 MiB');
    expect(sizeLimitText(5_000_000)).toBe('5 MB');
    expect(sizeLimitText(50_000_000)).toBe('50 MB');
    expect(sizeLimitText(2_500_000)).toBe('2,5 MB');
    expect(sizeLimitText(500_000)).toBe('500 kB');
    expect(MAX_IMPORT_FILE_TEXT).toBe('5 MB');
  });

  it('is what the browser host says about its body limit', () => {
    expect(BODY_TOO_LARGE_TEXT).toBe(`Anropet är för stort (högst ${sizeLimitText(MAX_BODY_BYTES)}). Ingenting har ändrats.`);
    expect(BODY_TOO_LARGE_TEXT).toContain('8 MiB');
  });
});

describe('formatBytes', () => {
  it('writes measured sizes in decimal units, the Swedish way', () => {
    expect(formatBytes(812)).toBe('812 byte');
    expect(formatBytes(999)).toBe('999 byte');
    expect(formatBytes(48_123)).toBe('48 kB');
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
    expect(formatBytes(5_000_000)).toBe('5 MB');
  });

  it('never shows a larger unit for a smaller size', () => {
    const rank = (text: string) => ['byte', 'kB', 'MB'].indexOf(text.split('\u00a0').pop()!.split(' ').pop()!);
    fc.assert(
      fc.property(fc.nat(10_000_000_000), fc.nat(10_000_000_000), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(rank(formatBytes(small))).toBeLessThanOrEqual(rank(formatBytes(large)));
      }),
    );
  });
});
