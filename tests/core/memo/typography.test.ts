import { describe, expect, it } from 'vitest';
import { swedishQuotes } from '../../../src/core/memo/typography.ts';

describe('Swedish quotation marks in memo text', () => {
  it('turns straight double and single marks into ” and ’ on both sides', () => {
    expect(swedishQuotes('Förvaltningen föreslår "fler lotsar".')).toBe('Förvaltningen föreslår ”fler lotsar”.');
    expect(swedishQuotes("ordet 'lots' och enhetens")).toBe('ordet ’lots’ och enhetens');
    expect(swedishQuotes("Lotsplan's")).toBe('Lotsplan’s');
  });

  it('leaves text without straight marks, and Swedish marks, as they are', () => {
    expect(swedishQuotes('”Redan rätt” och ’så’.')).toBe('”Redan rätt” och ’så’.');
    expect(swedishQuotes('')).toBe('');
  });
});
