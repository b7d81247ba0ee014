import { describe, expect, it } from 'vitest';
import { memoMetadataHints } from '../../../src/core/memo/metadataHints.ts';

describe('the hints in a memo’s empty metadata fields', () => {
  it('name the memo’s own district and year, and start with "t.ex."', () => {
    const hints = memoMetadataHints('Farsta', 2021);
    expect(hints.namnd).toBe('t.ex. Farsta stadsdelsnämnd');
    expect(hints.forvaltning).toBe('t.ex. Farsta stadsdelsförvaltning');
    expect(hints.dnr).toBe('t.ex. 2021/123');
    expect(hints.attestationDate).toBe('t.ex. 2021-01-22');
    for (const hint of Object.values(hints)) expect(hint.startsWith('t.ex. ')).toBe(true);
    expect(Object.values(hints).join(' ')).not.toContain('Rinkeby-Kista');
  });

  it('fall back to the kind of body without a district', () => {
    expect(memoMetadataHints(' ', 2020).namnd).toBe('t.ex. stadsdelsnämnden');
  });
});
