import { describe, expect, it } from 'vitest';
import { findCycles, folderOf } from '../../scripts/check-folder-cycles.ts';

describe('folder cycle check', () => {
  it('groups files by the folders that are units', () => {
    expect(folderOf('src/core/forecast/erlang.ts')).toBe('src/core/forecast');
    expect(folderOf('src/core/districts.ts')).toBe('src/core');
    expect(folderOf('src/api/handlers/figures.ts')).toBe('src/api/handlers');
    expect(folderOf('src/cli/commands/forecast.ts')).toBe('src/cli');
    expect(folderOf('electron/main/ipc.ts')).toBe('electron/main');
  });

  it('finds each cycle once and nothing in a graph without one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set<string>()],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
        ]),
      ),
    ).toEqual([]);
    expect(
      findCycles(
        new Map([
          ['x', new Set(['y'])],
          ['y', new Set(['x'])],
        ]),
      ),
    ).toEqual([['x', 'y', 'x']]);
  });
});
