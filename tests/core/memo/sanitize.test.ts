// sanitizeRichText keeps only what a memo section may hold, whatever it is given (a paste from
// Word, a hand-edited file, 200 000 characters), and never throws; the result always parses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SECTION_CHARS, richTextSchema } from '../../../src/core/memo/model.ts';
import { richTextPlainText, sanitizeRichText } from '../../../src/core/memo/sanitize.ts';

describe('sanitizeRichText', () => {
  it('keeps paragraphs, lists, quotations, bold, italic, line breaks and chips', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'SIG har ' },
            { type: 'figure', attrs: { key: 'lotsar' } },
            { type: 'text', text: ' i dag.', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ett beslut.' }] }] }],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'En fråga?', marks: [{ type: 'italic' }] }] }] },
      ],
    };
    expect(sanitizeRichText(doc)).toEqual(doc);
  });

  it('drops what a paste from Word brings: styles, links, images, tables, unknown nodes, empty text', () => {
    const pasted = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Rubrik' }] },
        {
          type: 'paragraph',
          attrs: { style: 'mso-line-height: 1.2' },
          content: [
            { type: 'text', text: 'Se ', marks: [{ type: 'textStyle', attrs: { color: 'red' } }, { type: 'bold' }, { type: 'bold' }] },
            { type: 'text', text: 'länken', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
            { type: 'image', attrs: { src: 'data:image/png;base64,AAAA' } },
            { type: 'text', text: '' },
            { type: 'figure', attrs: { key: 'lotsar', extra: 1 } },
            { type: 'figure', attrs: {} },
          ],
        },
        { type: 'table', content: [{ type: 'tableRow', content: [] }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
                { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] }] },
              ],
            },
          ],
        },
        { type: 'orderedList', content: [] },
        'text',
        null,
      ],
    };
    const out = sanitizeRichText(pasted);
    expect(out).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Rubrik' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Se ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'länken' },
            { type: 'figure', attrs: { key: 'lotsar' } },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
                { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('caps a 200 000-character section at the limit without an exception', () => {
    const long = 'å'.repeat(200_000);
    const out = sanitizeRichText({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: long }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'mer' }] },
      ],
    });
    expect(richTextSchema.safeParse(out).success).toBe(true);
    expect(richTextPlainText(out).length).toBe(MAX_SECTION_CHARS);
    expect(sanitizeRichText(long).content[0]).toBeDefined();
  });

  it('never splits a surrogate pair when it cuts', () => {
    const out = sanitizeRichText({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `${'a'.repeat(MAX_SECTION_CHARS - 1)}😀` }] }],
    });
    const text = richTextPlainText(out);
    expect(text.length).toBe(MAX_SECTION_CHARS - 1);
  });

  it('turns plain text into paragraphs and anything else into an empty document', () => {
    expect(sanitizeRichText('Rad ett\n\nRad två')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Rad ett' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Rad två' }] },
      ],
    });
    for (const v of [null, undefined, 42, true, [], {}, { type: 'doc' }]) expect(sanitizeRichText(v)).toEqual({ type: 'doc', content: [] });
  });

  it('property: the output always parses with richTextSchema, and sanitising twice changes nothing', () => {
    const mark = fc.record({ type: fc.constantFrom('bold', 'italic', 'link', 'textStyle', 'underline') });
    const inline = fc.oneof(
      fc.record({ type: fc.constant('text'), text: fc.string({ maxLength: 30 }), marks: fc.array(mark, { maxLength: 4 }) }),
      fc.record({ type: fc.constant('figure'), attrs: fc.record({ key: fc.string({ maxLength: 100 }) }) }),
      fc.constant({ type: 'hardBreak' }),
      fc.record({ type: fc.constantFrom('image', 'mention', 'link'), attrs: fc.anything() }),
      fc.anything(),
    );
    const { block } = fc.letrec((tie) => ({
      block: fc.oneof(
        { depthSize: 'small' },
        fc.record({ type: fc.constantFrom('paragraph', 'heading', 'codeBlock', 'table'), content: fc.array(inline, { maxLength: 6 }) }),
        fc.record({
          type: fc.constantFrom('bulletList', 'orderedList'),
          attrs: fc.option(fc.record({ start: fc.oneof(fc.integer(), fc.double()) })),
          content: fc.array(fc.record({ type: fc.constantFrom('listItem', 'x'), content: fc.array(tie('block'), { maxLength: 3 }) }), { maxLength: 4 }),
        }),
        fc.record({ type: fc.constant('blockquote'), content: fc.array(tie('block'), { maxLength: 3 }) }),
        fc.anything(),
      ),
    }));
    fc.assert(
      fc.property(fc.oneof(fc.record({ type: fc.constant('doc'), content: fc.array(block, { maxLength: 8 }) }), fc.anything(), fc.string()), (value) => {
        const out = sanitizeRichText(value);
        expect(richTextSchema.safeParse(out).success).toBe(true);
        expect(sanitizeRichText(out)).toEqual(out);
      }),
      { numRuns: 1500 },
    );
  });
});
