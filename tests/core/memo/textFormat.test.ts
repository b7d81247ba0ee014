// The number style of memos, table-driven: counts 0–13 in both genders with their nouns, amounts
// around one million, negative amounts, fractions of lotsar, percent and probabilities, masked counts.
import { describe, expect, it } from 'vitest';
import { capitalizeFirst, countWithNoun, formatAmountForText, formatDateTable, formatDateText } from '../../../src/core/format/index.ts';
import { figureByKey } from '../../../src/core/memo/figureCatalogue.ts';
import { figureTableText, figureText } from '../../../src/core/memo/textFormat.ts';

const NB = '\u00a0';
const MINUS = '\u2212';
const lots = { singular: 'lots', plural: 'lotsar', gender: 'common' as const };
const avslut = { singular: 'avslut', plural: 'avslut', gender: 'neuter' as const };
const def = (key: string) => {
  const d = figureByKey(key);
  if (!d) throw new Error(key);
  return d;
};

describe('counts with their noun, 0–13, both genders', () => {
  const words = ['', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
  const cases: [number, string, string][] = [
    [0, 'inga lotsar', 'inga avslut'],
    [1, 'en lots', 'ett avslut'],
    ...words.slice(2).map((w, i): [number, string, string] => [i + 2, `${w} lotsar`, `${w} avslut`]),
    [13, '13 lotsar', '13 avslut'],
  ];
  it.each(cases)('%d → "%s" / "%s"', (n, common, neuter) => {
    expect(countWithNoun(n, lots)).toBe(common);
    expect(countWithNoun(n, avslut)).toBe(neuter);
  });

  it('writes fractions in digits with the plural, and large counts grouped', () => {
    expect(countWithNoun(0.5, lots)).toBe('0,5 lotsar');
    expect(countWithNoun(4.5, lots)).toBe('4,5 lotsar');
    expect(countWithNoun(1234, avslut)).toBe(`1${NB}234 avslut`);
  });

  it('prints catalogue figures in text and in tables', () => {
    expect(figureText(def('lotsar'), 4)).toBe('fyra lotsar');
    expect(figureText(def('lotsar'), 1)).toBe('en lots');
    expect(figureText(def('lotsar'), 0.5)).toBe('0,5 lotsar');
    expect(figureTableText(def('lotsar'), 0.5)).toBe('0,5');
    expect(figureTableText(def('lotsar'), 4)).toBe('4,0');
    expect(figureText(def('inskrivna'), 27)).toBe('27 personer inskrivna');
    expect(figureText(def('inskrivna'), 1)).toBe('en person inskriven');
    expect(figureText(def('kvinnor'), 3)).toBe('tre kvinnor');
    expect(figureText(def('man'), 1)).toBe('en man');
    expect(figureText(def('avslutAret'), 1)).toBe('ett avslut');
    expect(figureText(def('deltagarePerLots'), 6.75)).toBe('sju deltagare');
    expect(figureTableText(def('deltagarePerLots'), 6.75)).toBe('6,8');
    expect(figureText(def('platser'), 13)).toBe('13 platser');
    expect(figureText(def('vistelsetid'), 12)).toBe('tolv månader');
    expect(figureText(def('vistelsetid'), 8.5)).toBe('8,5 månader');
    expect(figureText(def('anmalningarPerManad'), 2.25)).toBe('2,3 anmälningar');
    expect(figureText(def('anmalningarPerManad'), 1.04)).toBe('en anmälan');
  });
});

describe('amounts', () => {
  const cases: [number, string, string][] = [
    [200000, `200${NB}000${NB}kronor`, `200${NB}000${NB}kr`],
    [999999.4, `999${NB}999${NB}kronor`, `999${NB}999${NB}kr`],
    [999999.6, `1${NB}mnkr`, `1${NB}000${NB}000${NB}kr`],
    [1049999, `1,0${NB}mnkr`, `1${NB}049${NB}999${NB}kr`],
    [1050000, `1,05${NB}mnkr`, `1${NB}050${NB}000${NB}kr`],
    [4500000, `4,5${NB}mnkr`, `4${NB}500${NB}000${NB}kr`],
    [-200000, `${MINUS}200${NB}000${NB}kronor`, `${MINUS}200${NB}000${NB}kr`],
    [-4500000, `${MINUS}4,5${NB}mnkr`, `${MINUS}4${NB}500${NB}000${NB}kr`],
    [-999999.6, `${MINUS}1${NB}mnkr`, `${MINUS}1${NB}000${NB}000${NB}kr`],
    [0, `0${NB}kronor`, `0${NB}kr`],
  ];
  it.each(cases)('%d kronor → "%s" in text, "%s" in tables', (n, text, table) => {
    expect(formatAmountForText(n)).toBe(text);
    expect(figureText(def('totalKostnad'), n)).toBe(text);
    expect(figureTableText(def('totalKostnad'), n)).toBe(table);
  });
});

describe('percent, probabilities and dates', () => {
  it('writes "38 procent" in text and "38 %" in tables', () => {
    expect(figureText(def('belaggning'), 0.38)).toBe('38 procent');
    expect(figureTableText(def('belaggning'), 0.38)).toBe(`38${NB}%`);
    expect(figureText(def('riskVanta6'), 0.381)).toBe('38 procent');
    expect(figureText(def('riskVanta6'), 0.001)).toBe('0,1 procent');
    expect(figureTableText(def('riskVanta6'), 0.001)).toBe(`<1${NB}%`);
    expect(figureTableText(def('riskVanta6'), 0)).toBe(`0${NB}%`);
  });

  it('writes dates as "22 januari 2020" in text and 2020-01-22 in tables', () => {
    expect(formatDateText({ year: 2020, month: 1, day: 22 })).toBe('22 januari 2020');
    expect(formatDateTable({ year: 2020, month: 1, day: 22 })).toBe('2020-01-22');
  });

  it('capitalises a number that starts a sentence', () => {
    expect(capitalizeFirst(figureText(def('kvinnor'), 3))).toBe('Tre kvinnor');
    expect(capitalizeFirst(figureText(def('lotsar'), 1))).toBe('En lots');
  });

  it('prints a missing value and masked counts', () => {
    expect(figureText(def('riskVanta6'), null)).toBe('saknas');
    expect(figureTableText(def('riskVanta6'), null)).toBe('–');
    expect(figureText(def('kvinnor'), 2, { reason: 'below', below: 3 })).toBe('färre än tre kvinnor');
    expect(figureTableText(def('kvinnor'), 2, { reason: 'below', below: 3 })).toBe('<3');
    expect(figureText(def('man'), 25, { reason: 'derived', below: 3 })).toBe('ett ej redovisat antal män');
    expect(figureText(def('deltagarePerLots'), 0.5, { reason: 'derived', below: 3 })).toBe('ett ej redovisat antal deltagare');
    expect(figureText(def('kostnadPerDeltagare'), 2_000_000, { reason: 'derived', below: 3 })).toBe('ett ej redovisat belopp');
    expect(figureTableText(def('kostnadPerDeltagare'), 2_000_000, { reason: 'derived', below: 3 })).toBe('..');
  });
});

describe('an estimated amount', () => {
  it('is rounded to the nearest thousand kronor in text (written after omkring) and exact in a table', () => {
    expect(figureText(def('kostnadRekommendation'), 642_873)).toBe(`643${NB}000${NB}kronor`);
    expect(figureText(def('kostnadRekommendation'), 1_285_746)).toBe(`1,3${NB}mnkr`);
    expect(figureTableText(def('kostnadRekommendation'), 642_873)).toBe(`642${NB}873${NB}kr`);
    // Other amounts stay exact in text.
    expect(figureText(def('overskott'), 310_174)).toBe(`310${NB}174${NB}kronor`);
  });
});

describe('Belastning in running text', () => {
  it('counts the people who need a place at the same time, not places', () => {
    expect(figureText(def('belastning'), 27)).toBe('27 personer som behöver en plats samtidigt');
    expect(figureText(def('belastning'), 27)).not.toContain('platser');
  });
});
