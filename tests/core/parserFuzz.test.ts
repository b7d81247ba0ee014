// Every parser of user input answers with a result, never an exception, whatever it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSwedishNumber } from '../../src/core/format/index.ts';
import { parseUnitExchangeText, parseUnitExchangeValue, unitYearPlanSchema } from '../../src/core/exchange/unitExchangeFile.ts';
import { type SpoilableJson, validExchange } from '../fixtures/exchange.ts';

const RUNS = Number(process.env.LOTSPLAN_FUZZ_RUNS ?? 500);

/** Every path to a leaf or a node in a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

function setAt(root: SpoilableJson, path: (string | number)[], value: unknown): SpoilableJson {
  const copy = structuredClone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
  return copy;
}

const PATHS = pathsOf(validExchange());

describe('parsers never throw', () => {
  it('parseSwedishNumber: any text gives a value or a Swedish message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d\s.,−+-]{0,14}$/)), (text) => {
        const result = parseSwedishNumber(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseUnitExchangeText: any text gives a plan or Swedish messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseUnitExchangeText(text);
        if (!result.ok) expect(result.messages.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('near-valid exchange files: one value replaced anywhere is either a valid plan or refused by field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.anything(), (path, value) => {
        const result = parseUnitExchangeValue(setAt(validExchange(), path, value));
        if (result.ok) {
          expect(unitYearPlanSchema.safeParse(result.plan).success).toBe(true);
          const { participants: p } = result.plan;
          expect(p.men + p.women + p.otherGender + p.genderUnknown).toBe(p.enrolled);
        } else {
          expect(result.messages.length).toBeGreaterThan(0);
          expect(result.messages.every((m) => typeof m === 'string' && m.length > 0)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
