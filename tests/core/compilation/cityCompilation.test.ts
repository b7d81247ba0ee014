import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPILATION_HEADINGS, compileCity, maskGenderTable, nothingToCompileText, reachedSentence } from '../../../src/core/compilation/cityCompilation.ts';
import { demoUnitYears } from '../../../src/api/demo/demoData.ts';

const plans = demoUnitYears().map((u) => u.plan);

describe('the city-wide compilation', () => {
  it('compiles the 2016 report of the city: six districts, 138 enrolled, 247 reached, 15 692 000 kronor', () => {
    const c = compileCity(plans, 2016);
    expect(c.rows.map((r) => r.district)).toEqual(['Enskede-Årsta-Vantör', 'Farsta', 'Hässelby-Vällingby', 'Skarpnäck', 'Spånga-Tensta', 'Södermalm']);
    // "touched" is reached without being enrolled: 247 reached of whom 138 enrolled.
    expect(c.totals).toMatchObject({ units: 6, districts: 6, enrolled: 138, touched: 109, funding: 15_692_000 });
    expect(c.periods).toEqual(['1', '2']);
    // The 2016 report has no costs: no cost per participant rather than 0 kronor.
    expect(c.rows.every((r) => r.costPerParticipant === null)).toBe(true);
    expect(c.totals.fundingByPeriod['1']! + c.totals.fundingByPeriod['2']! + (c.totals.fundingByPeriod[''] ?? 0)).toBe(15_692_000);
    expect(c.summary).toBe(
      'År 2016 har sex stadsdelsförvaltningar redovisat Sociala insatsgrupper. 247 personer har nåtts av arbetet: 138 har varit inskrivna och 109 har berörts utan att skrivas in. Finansieringen uppgår till sammanlagt 15,7\u00a0mnkr.',
    );
  });

  it('compiles 2020 with the Rinkeby-Kista plan and masks its three women together with the next smallest count', () => {
    const c = compileCity(plans, 2020);
    expect(c.rows).toHaveLength(1);
    const row = c.rows[0]!;
    expect(row).toMatchObject({ district: 'Rinkeby-Kista', enrolled: 27, lotsarFte: 4, capacity: 28 });
    expect(row.costPerParticipant).toBeCloseTo(row.totalCost / 27, 6);
    // 24 men, 3 women: with the threshold 3 nothing is below it.
    expect(row.gender).toEqual({ men: 24, women: 3, otherGender: 0, genderUnknown: 0 });
    const strict = compileCity(plans, 2020, 5).rows[0]!;
    // Women (3) are hidden; alone they could be worked out from 27 − 24, so men are hidden too.
    expect(strict.gender).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    expect(compileCity(plans, 2020, 5).summary).toContain(
      'Antal under fem per kön redovisas inte, och inte heller antal som skulle avslöja dem, för att ingen enskild ska kunna identifieras.',
    );
    expect(compileCity(plans, 2020, null).rows[0]!.gender.women).toBe(3);
  });

  it('says so when a year has no plans', () => {
    expect(compileCity(plans, 2030)).toMatchObject({ rows: [], summary: 'Det finns inga planer för 2030 i databasen.' });
  });

  it('says why there is nothing to compile, naming the years that have plans, oldest first', () => {
    const why = 'Det finns inga planer för 2030 i databasen, så det finns ingenting att sammanställa för det året.';
    expect(nothingToCompileText(2030, [2020, 2016, 2021])).toBe(`${why} Planer finns för 2016, 2020 och 2021.`);
    expect(nothingToCompileText(2030, [2020, 2016])).toBe(`${why} Planer finns för 2016 och 2020.`);
    expect(nothingToCompileText(2030, [2020])).toBe(`${why} Planer finns för 2020.`);
    expect(nothingToCompileText(2030, [])).toBe('Databasen innehåller inga planer, så det finns ingenting att sammanställa.');
    expect(nothingToCompileText(undefined, [])).toBe('Databasen innehåller inga planer, så det finns ingenting att sammanställa.');
  });
});

const maskGenderCounts = (counts: { men: number; women: number; otherGender: number; genderUnknown: number }, below: number) =>
  maskGenderTable([counts], below).rows[0]!;

describe('masking small gender counts', () => {
  it('hides 1 and 2 below the threshold 3, and adds the next smallest when only one is hidden', () => {
    expect(maskGenderCounts({ men: 10, women: 2, otherGender: 0, genderUnknown: 0 }, 3)).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    expect(maskGenderCounts({ men: 10, women: 2, otherGender: 1, genderUnknown: 0 }, 3)).toEqual({ men: 10, women: null, otherGender: null, genderUnknown: 0 });
    expect(maskGenderCounts({ men: 10, women: 5, otherGender: 0, genderUnknown: 0 }, 3)).toEqual({ men: 10, women: 5, otherGender: 0, genderUnknown: 0 });
    // Everyone is in the small group: a zero is hidden too, so that "all are women" cannot be read off.
    expect(maskGenderCounts({ men: 0, women: 2, otherGender: 0, genderUnknown: 0 }, 3)).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
  });

  it('never leaves a small count visible nor a single hidden cell beside others that are shown (property)', () => {
    const n = fc.nat(40);
    fc.assert(
      fc.property(fc.record({ men: n, women: n, otherGender: n, genderUnknown: n }), fc.integer({ min: 2, max: 10 }), (counts, below) => {
        const masked = maskGenderCounts(counts, below);
        const keys = Object.keys(counts) as (keyof typeof counts)[];
        const hidden = keys.filter((k) => masked[k] === null);
        const visibleSmall = keys.some((k) => masked[k] !== null && counts[k] > 0 && counts[k] < below);
        return !visibleSmall && hidden.length !== 1 && keys.every((k) => masked[k] === null || masked[k] === counts[k]);
      }),
    );
  });
});

describe('the compilation in words', () => {
  it('speaks of one unit in the singular and of several in the plural', () => {
    const one = compileCity(plans, 2020).summary;
    expect(one).toContain(
      'År 2020 har en stadsdelsförvaltning redovisat Sociala insatsgrupper. 27 personer har varit inskrivna, och ingen har berörts av arbetet utan att skrivas in.',
    );
    expect(one).toContain('Enheten har fyra lotstjänster och 28 platser.');
    const rk = plans.find((p) => p.year === 2020)!;
    const two = compileCity([rk, { ...rk, district: 'Farsta' }], 2020).summary;
    expect(two).toContain('År 2020 har två stadsdelsförvaltningar redovisat');
    expect(two).toContain('Enheterna har tillsammans åtta lotstjänster och 56 platser.');
  });
});

describe('masking a table of units', () => {
  const unit = (men: number, women: number, otherGender = 0, genderUnknown = 0) => ({ men, women, otherGender, genderUnknown });

  it("hides a second unit's count in a column, so that the city total does not give the first away", () => {
    // Unit A has two women (hidden, with its men); unit B's women are shown unless hidden too.
    const { rows, totals } = maskGenderTable([unit(10, 2), unit(20, 8)], 3);
    expect(rows[0]).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    // B's women (8) are hidden so that women = total − B cannot be computed; then B's men too.
    expect(rows[1]).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    expect(totals).toEqual({ men: 30, women: 10, otherGender: 0, genderUnknown: 0 });
  });

  it('hides city totals when no other unit can hide a count with the first', () => {
    // B has only men: hiding them would not help (they are B's enrolled total), so the totals go.
    const { rows, totals } = maskGenderTable([unit(10, 2), unit(20, 0)], 3);
    expect(rows[0]).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
    expect(rows[1]).toEqual({ men: 20, women: 0, otherGender: 0, genderUnknown: 0 });
    expect(totals).toEqual({ men: null, women: null, otherGender: 0, genderUnknown: 0 });
  });

  it('leaves no hidden count that the shown figures determine, for any table (property, linear algebra)', () => {
    const keys = ['men', 'women', 'otherGender', 'genderUnknown'] as const;
    const n = fc.nat(30);
    const counts = fc.record({ men: n, women: n, otherGender: fc.nat(3), genderUnknown: fc.nat(3) });
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 6 }), (units, below) => {
        const { rows, totals } = maskGenderTable(units, below);
        // Shown counts are the true ones, and no small count is shown.
        for (const [i, r] of rows.entries()) {
          for (const k of keys) {
            const v = units[i]![k];
            if (r[k] !== null && (r[k] !== v || (v > 0 && v < below))) return false;
          }
        }
        // Unknowns: hidden unit counts and hidden totals. Known: each unit's enrolled (its row sum),
        // each column (unit counts − total = 0) and the city's enrolled (sum of the totals).
        const unknowns: string[] = [];
        rows.forEach((r, i) => {
          for (const k of keys) if (r[k] === null) unknowns.push(`${i}.${k}`);
        });
        for (const k of keys) if (totals[k] === null) unknowns.push(`T.${k}`);
        const index = new Map(unknowns.map((u, j) => [u, j]));
        const equations: number[][] = [];
        rows.forEach((_r, i) => {
          equations.push(unknowns.map((u) => (u.startsWith(`${i}.`) ? 1 : 0)));
        });
        keys.forEach((k) => {
          const eq = unknowns.map(() => 0);
          rows.forEach((r, i) => {
            if (r[k] === null) eq[index.get(`${i}.${k}`)!] = 1;
          });
          if (totals[k] === null) eq[index.get(`T.${k}`)!] = -1;
          equations.push(eq);
        });
        equations.push(unknowns.map((u) => (u.startsWith('T.') ? 1 : 0)));
        // A hidden unit count is revealed when its unit vector lies in the span of the equations.
        return unknowns.every((u, j) => u.startsWith('T.') || rank([...equations, unknowns.map((_, c) => (c === j ? 1 : 0))]) > rank(equations));
      }),
      { numRuns: 400 },
    );
  });
});

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      if (f !== 0) m[i] = m[i]!.map((x, k) => x - f * m[r]![k]!);
    }
    r++;
  }
  return r;
}

describe('”Berörda” has one meaning in the table and in the sentence', () => {
  it('the column is those reached without being enrolled, and so is every ”berörts” in the summary (property)', () => {
    expect(COMPILATION_HEADINGS.touched).toBe('Berörda (ej inskrivna)');
    fc.assert(
      fc.property(fc.nat({ max: 5000 }), fc.nat({ max: 5000 }), (enrolled, touched) => {
        const s = reachedSentence(enrolled, touched);
        // The number said to be "berörda" is the touched count, never the sum with the enrolled.
        const berorts = [...s.matchAll(/(\d[\d\u00a0]*|\S+) (?:person(?:er)? )?har berörts/g)].map((m) => m[1]!.toLocaleLowerCase('sv'));
        if (touched === 0) expect(s).not.toMatch(/(?:^|\s)(?:\d+|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) (?:person(?:er)? )?har berörts/i);
        else
          expect(berorts).toEqual([
            touched <= 12
              ? ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'][touched]
              : new Intl.NumberFormat('sv-SE').format(touched).replace(/\s/g, '\u00a0'),
          ]);
        if (enrolled > 0 && touched > 0) expect(s).toContain('har nåtts av arbetet');
      }),
      // Each branch of the sentence every run, the singular ones too (random pairs seldom give them).
      {
        examples: [
          [0, 1],
          [0, 2],
          [1, 0],
          [0, 0],
          [1, 1],
          [0, 1000],
        ],
      },
    );
  });
});
