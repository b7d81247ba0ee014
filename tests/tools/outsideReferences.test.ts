import { describe, expect, it } from 'vitest';
import { outsideReferences } from '../../scripts/check-outside-references.ts';

describe('check for references outside the repository', () => {
  it('finds seed numbers, issue numbers, the shared folder and a DOMAIN.md outside docs, with their line', () => {
    const text = [
      '// as in seed 002',
      '// four lotsar (Seeds 000 and 001)',
      "it('works (issue 12, item 1)')",
      '// see issue #5',
      '// read ../shared/DOMAIN.md first',
      '// the queue model in DOMAIN.md',
      "it('prints the seed-000 figures')",
      '// as seed002 shows',
    ].join('\n');
    expect(outsideReferences(text).map((hit) => hit.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(outsideReferences('x\n// seed 002').at(0)).toEqual({ line: 2, text: '// seed 002', what: 'ett källdokument utanför förrådet' });
  });

  it('leaves the repository’s own documents and ordinary words alone', () => {
    const text = [
      '// the reference memo (docs/DOMAIN.md)',
      'described in [DOMAIN.md](DOMAIN.md).',
      '// a seed for the random generator: 42',
      '// the issues a manager raises',
      '// ../shared/logFile.ts',
      '// 12 issues',
      'const plan = seed000Plan();',
    ].join('\n');
    expect(outsideReferences(text)).toEqual([]);
  });
});
