// The Hjälp section's guides: every topic is there, each risk measure is named as the forecast
// names it and explained, and the texts keep the house style (Swedish quotes, no English words).
import { describe, expect, it } from 'vitest';
import { RISK_MEASURES } from '../../../src/core/forecast/riskMeasures.ts';
import { HELP_GUIDES } from '../../../src/core/help/guides.ts';
import { SHORTCUTS, shortcutText } from '../../../src/core/help/shortcuts.ts';

const textOf = (id: string) => {
  const guide = HELP_GUIDES.find((g) => g.id === id);
  if (!guide) throw new Error(`no guide ${id}`);
  return guide.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'steps' ? b.items : b.items.flatMap((i) => [i.term, i.text]))).join('\n');
};

describe('the help guides', () => {
  it('cover first steps, the forecast, scenarios, statistics, sending figures, backups and memos, once each', () => {
    expect(HELP_GUIDES.map((g) => g.id)).toEqual([
      'forsta-stegen',
      'prognosen',
      'scenarier',
      'statistik',
      'skicka-siffror',
      'sakerhetskopior',
      'tjansteutlatanden',
    ]);
    for (const g of HELP_GUIDES) {
      expect(g.title.length, g.id).toBeGreaterThan(0);
      expect(g.summary, g.id).toMatch(/\.$/);
      expect(g.blocks.length, g.id).toBeGreaterThan(0);
    }
  });

  it('name the three risk measures exactly as the Prognos screen does, each with its explanation', () => {
    const forecast = textOf('prognosen');
    for (const measure of Object.values(RISK_MEASURES)) {
      expect(forecast).toContain(measure.name);
      expect(forecast).toContain(measure.explanation);
    }
    expect(forecast).toContain('P10–P90');
  });

  it('say what the first run asks for, where figures go to socialförvaltningen and when backups are taken', () => {
    expect(textOf('forsta-stegen')).toMatch(/PO-pålägget.*deltagare per lots|PO-pålägget och hur många deltagare en lots har/);
    expect(textOf('forsta-stegen')).toContain('demodata');
    expect(textOf('skicka-siffror')).toContain('utväxlingsfil');
    expect(textOf('skicka-siffror')).toContain('Hela staden');
    expect(textOf('sakerhetskopior')).toContain('12 timmar');
  });

  it('use Swedish quotation marks only', () => {
    const all = HELP_GUIDES.map((g) => textOf(g.id)).join('\n');
    expect(all).not.toMatch(/["“]/);
    expect(all).toContain('”');
  });
});

describe('the shortcuts', () => {
  it('list Ctrl+K and ?, each once, with a sentence each', () => {
    const keys = SHORTCUTS.map(shortcutText);
    expect(keys).toContain('Ctrl+K');
    expect(keys).toContain('?');
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of SHORTCUTS) expect(s.text).toMatch(/^[A-ZÅÄÖ].*\.$/);
  });
});
