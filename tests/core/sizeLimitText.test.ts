// One formatter for the size limits that messages name.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_TEXT, sizeLimitText } from '../../src/core/files/limits.ts';
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
