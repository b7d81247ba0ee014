// The theme's text colours reach WCAG 2.1 AA (4,5:1) on every background they are drawn on, in
// both colour schemes; white text on the filled colours does too. Page titles and the remembered
// place of the app.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, TEXT_COLORS, theme } from '../../src/renderer/theme.ts';
import { pageTitle, PAGE_LABELS, routeOf } from '../../src/renderer/pageTitle.ts';
import { ROUTES } from '../../src/renderer/routes.ts';
import { LAST_PLACE_KEY, readLastPlace, requestWithMemory, writeLastPlace } from '../../src/renderer/selection/lastPlace.ts';

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255]
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour mixed over a background (Mantine's light variants are a tint of ~10–15 %). */
function tint(color: string, over: string, alpha: number): string {
  const rgb = (h: string) => [0, 8, 16].map((s) => (Number.parseInt(h.slice(1), 16) >> (16 - s)) & 255);
  const [c, b] = [rgb(color), rgb(over)];
  return `#${c
    .map((v, i) =>
      Math.round(v * alpha + b[i]! * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const BACKGROUNDS = {
  light: ['#ffffff', '#f8f9fa', '#f1f3f5'],
  dark: ['#242424', '#2e2e2e', '#1f1f1f', '#3b3b3b'],
};

describe('theme contrast (WCAG 2.1 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, color] of Object.entries(TEXT_COLORS[scheme])) {
      it(`${name} text in ${scheme} reaches 4,5:1 on the page, cards and its own tinted badge`, () => {
        const backgrounds = [...BACKGROUNDS[scheme], ...(name === 'dimmed' ? [] : [tint(color, BACKGROUNDS[scheme][0]!, 0.15)])];
        for (const bg of backgrounds) expect(contrast(color, bg), `${color} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('the grey secondary text of Mantine (#868e96, 3,3:1) is replaced in light, and white text on every filled colour reaches 4,5:1', () => {
    const resolved = cssVariablesResolver(theme as never);
    expect(resolved.light['--mantine-color-dimmed']).not.toBe('#868e96');
    for (const scheme of ['light', 'dark'] as const) {
      const vars = resolved[scheme];
      expect(contrast(vars['--mantine-color-dimmed']!, BACKGROUNDS[scheme][0]!)).toBeGreaterThanOrEqual(4.5);
      for (const [key, value] of Object.entries(vars)) {
        if (key.endsWith('-filled') && value.startsWith('#')) expect(contrast('#ffffff', value), key).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('page titles', () => {
  it('names every page ”<page> – Lotsplan”, a memo editor ”Tjänsteutlåtande – Lotsplan”', () => {
    expect(pageTitle('/prognos')).toBe('Prognos – Lotsplan');
    expect(pageTitle('/tjansteutlatanden/12')).toBe('Tjänsteutlåtande – Lotsplan');
    expect(pageTitle('/okand')).toBe('Lotsplan');
    for (const route of Object.values(ROUTES)) expect(pageTitle(route)).toBe(`${PAGE_LABELS[route]} – Lotsplan`);
    expect(routeOf('/prognosx')).toBeNull();
  });
});

class MemoryStore {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

describe('the remembered place', () => {
  it('keeps what was stored last, part by part', () => {
    const store = new MemoryStore();
    writeLastPlace(store, { district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: '2020' });
    writeLastPlace(store, { path: '/prognos' });
    expect(readLastPlace(store)).toEqual({ district: 'Rinkeby-Kista', unit: 'SIG vuxna', year: '2020', path: '/prognos' });
  });

  it('is used only when the address names no selection', () => {
    const last = { district: 'Skärholmen', unit: 'SIG unga', year: '2021', path: null };
    expect(requestWithMemory({ district: null, unit: null, year: null }, last)).toEqual({ district: 'Skärholmen', unit: 'SIG unga', year: '2021' });
    expect(requestWithMemory({ district: 'Rinkeby-Kista', unit: null, year: null }, last)).toEqual({ district: 'Rinkeby-Kista', unit: null, year: null });
  });

  it('reads anything stored, however malformed, as a place or nothing, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const store = new MemoryStore();
        store.setItem(LAST_PLACE_KEY, raw);
        const place = readLastPlace(store);
        expect(place.year === null || /^\d{4}$/.test(place.year)).toBe(true);
        expect(place.path === null || place.path.startsWith('/')).toBe(true);
      }),
    );
    expect(readLastPlace(undefined)).toEqual({ district: null, unit: null, year: null, path: null });
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    };
    expect(() => writeLastPlace(refusing, { path: '/prognos' })).not.toThrow();
  });
});
