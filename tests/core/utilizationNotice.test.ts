import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utilizationNotice } from '../../src/core/figures/utilizationNotice.ts';

describe('utilizationNotice', () => {
  it('warns that a small increase can give a queue when nearly full (96 %)', () => {
    expect(utilizationNotice(27 / 28)).toEqual({
      level: 'high',
      title: 'Hög beläggning – en liten ökning av efterfrågan kan ge kö',
      text: 'Beläggningsgraden är 96 procent. När nästan alla platser behövs räcker ett litet tillskott av anmälningar för att en kö ska uppstå och växa.',
    });
  });

  it('says the queue is already growing at 112 %', () => {
    const notice = utilizationNotice(1.12);
    expect(notice?.level).toBe('over');
    expect(notice?.title).toBe('Fler behöver plats än det finns platser – kön växer');
    expect(notice?.text).toContain('Beläggningsgraden är 112 procent.');
  });

  it('says nothing below 90 % or without demand', () => {
    expect(utilizationNotice(0.85)).toBeNull();
    expect(utilizationNotice(null)).toBeNull();
  });

  it('never says ”kan ge kö” at or above 100 % (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), (u) => {
        const notice = utilizationNotice(u)!;
        expect(notice.level).toBe('over');
        expect(`${notice.title} ${notice.text}`).not.toContain('kan ge kö');
      }),
    );
  });
});
