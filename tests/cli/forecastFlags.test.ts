// How `lotsplan forecast` reads its number flags: one-number flags as the rest of the CLI (decimal
// comma or point, "1.500" refused as ambiguous); list flags with a comma between the months, and
// exactly two whole numbers ("2,25") refused because they may be one number with a decimal comma.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastOptionsFromFlags } from '../../src/cli/forecastFlags.ts';
import { formatNumber } from '../../src/core/format/index.ts';
import { runCli } from './runCli.ts';

const BASE = ['--stay', '12', '--lotsar', '4', '--caseload', '7', '--horizon', '3'];

function refusal(values: Record<string, string>): string {
  try {
    forecastOptionsFromFlags(values);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(values)} was not refused`);
}

describe('lotsplan forecast: two whole numbers with a comma in a list flag', () => {
  it('refuses --arrivals 2,25 with both writings, and forecasts nothing', () => {
    const run = runCli(['forecast', ...BASE, '--arrivals', '2,25']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Fel: Flaggan --arrivals: ”2,25” kan betyda 2,25 anmälningar i varje månad eller 2 anmälningar den första månaden och 25 ' +
        'från den andra. Skriv 2.25 för det första och 2,25,25 för det andra (i en lista skiljer komma månaderna åt, och det ' +
        'sista värdet gäller resten av prognosen).\nKör ”lotsplan forecast --help” för hjälp.\n',
    );
  });

  it('refuses --lotsar 4,5 and --season 0,9 the same way', () => {
    expect(refusal({ lotsar: '4,5' })).toContain('Flaggan --lotsar: ”4,5” kan betyda 4,5 lotsar i varje månad eller 4 lotsar den första');
    expect(refusal({ lotsar: '4,5' })).toContain('Skriv 4.5 för det första och 4,5,5 för det andra');
    expect(refusal({ arrivals: '2,250' })).toContain('Skriv 2.25 för det första och 2,250,250 för det andra');
    expect(refusal({ season: '0,9' })).toContain('Flaggan --season: ”0,9” kan vara talet 0,9 eller de två faktorerna 0 och 9');
  });

  it('offers writings that are read as the two readings: the one number, and the list whose last value holds', () => {
    const one = runCli(['forecast', ...BASE, '--arrivals', '2.25', '--json']);
    const list = runCli(['forecast', ...BASE, '--arrivals', '2,25,25', '--json']);
    expect(one.status).toBe(0);
    expect(list.status).toBe(0);
    expect(JSON.parse(one.stdout).months.map((m: { arrivals: number }) => m.arrivals)).toEqual([2.25, 2.25, 2.25]);
    expect(JSON.parse(list.stdout).months.map((m: { arrivals: number }) => m.arrivals)).toEqual([2, 25, 25]);
  });

  it('holds for every pair of whole numbers, in every list flag; three or more are a list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('arrivals', 'lotsar', 'season'),
        fc.stringMatching(/^\d{1,4}$/),
        fc.stringMatching(/^\d{1,4}$/),
        fc.constantFrom('', ' '),
        (flag, whole, decimals, space) => {
          const message = refusal({ [flag]: `${whole},${space}${decimals}` });
          expect(message).toMatch(new RegExp(`^Flaggan --${flag}: ”${whole},${space}${decimals}” kan `));
          if (flag !== 'season') {
            // Both writings it offers are read as what it says they mean.
            const point = /Skriv (\S+) för det första och (\S+) för det andra/.exec(message);
            expect(point).not.toBeNull();
            const key = flag === 'arrivals' ? 'arrivals' : 'lotsar';
            expect(forecastOptionsFromFlags({ [flag]: point![1]! })[key]).toBe(Number(`${whole}.${decimals}`));
            expect(forecastOptionsFromFlags({ [flag]: point![2]! })[key]).toEqual([Number(whole), Number(decimals), Number(decimals)]);
          }
        },
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 200 }), { minLength: 3, maxLength: 12 }), (months) => {
        expect(forecastOptionsFromFlags({ arrivals: months.join(',') }).arrivals).toEqual(months);
      }),
    );
  });

  it('refuses an exponent or a missing value in a list, naming the month', () => {
    expect(refusal({ arrivals: '1,5e1' })).toBe(
      'Flaggan --arrivals, månad 2: ”5e1” är inte ett tal. Skriv talen med siffror och decimalpunkt, åtskilda med komma, till exempel 2.25,2.25,3.',
    );
    expect(refusal({ lotsar: '4,,4' })).toContain('Flaggan --lotsar, månad 2: värdet saknas.');
  });

  it('refuses a season without twelve factors, counting them', () => {
    expect(refusal({ season: '1,1,1' })).toContain('Flaggan --season ska ha tolv faktorer, en för varje månad januari–december (fick tre)');
  });
});

describe('lotsplan forecast: one-number flags read numbers as the rest of the CLI', () => {
  it('takes a decimal comma or a decimal point', () => {
    const comma = runCli(['forecast', '--arrivals', '2', '--stay', '12,5', '--lotsar', '4', '--caseload', '7', '--horizon', '3', '--json']);
    expect(comma.stderr).toBe('');
    expect(JSON.parse(comma.stdout).steadyState.meanStayMonths).toBe(12.5);
    expect(forecastOptionsFromFlags({ stay: '12,5', caseload: '7.5', 'target-probability': '0,05' })).toEqual({
      stay: 12.5,
      caseload: 7.5,
      targetProbability: 0.05,
    });
  });

  it('refuses "1.500" as ambiguous with the shared message', () => {
    const run = runCli(['forecast', '--arrivals', '2', '--stay', '12', '--lotsar', '4', '--caseload', '1.500']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const thousand = formatNumber(1500);
    expect(run.stderr).toContain(
      `Fel: Flaggan --caseload: ”1.500” kan betyda både ${thousand} och 1,5. Skriv tusental med mellanslag (${thousand}) och decimaler med komma (1,5).`,
    );
  });

  it('holds for every number written with a decimal comma', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999 }), fc.stringMatching(/^\d{1,2}$/), (whole, decimals) => {
        expect(forecastOptionsFromFlags({ stay: `${whole},${decimals}` }).stay).toBe(Number(`${whole}.${decimals}`));
      }),
    );
  });
});
