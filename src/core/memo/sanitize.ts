// Rich text from outside (the editor, a paste from Word, an old version, a hand-edited file) cut
// down to what richTextSchema allows: paragraphs, bullet and numbered lists, quotations, text with
// bold and italic, line breaks and figure chips. Everything else is dropped without an exception:
// styles, colours, links (their text is kept), images, tables, unknown nodes, empty text. Headings
// and code blocks become paragraphs; lists nested in a list item are flattened into its paragraphs.
// The plain text is capped at MAX_SECTION_CHARS (a chip or a line break counts as one character),
// and every count limit of the schema is kept, so the result always parses.
import { MAX_SECTION_CHARS, type BlockNode, type InlineNode, type ParagraphNode, type RichText } from './model.ts';

const LIMITS = { inlines: 5000, blocks: 5000, listItems: 500, itemParagraphs: 50, quoteParagraphs: 200, figureKey: 80 };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const children = (node: Json): unknown[] => (Array.isArray(node.content) ? node.content : []);

/** Removes control characters that no document should carry (tab and line breaks become spaces). */
function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return text.replace(/[\t\n\r\v\f]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/** Cuts a string to n UTF-16 code units without splitting a surrogate pair. */
function cut(text: string, n: number): string {
  if (text.length <= n) return text;
  let s = text.slice(0, n);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  return s;
}

class Budget {
  left = MAX_SECTION_CHARS;
  take(n: number): number {
    const t = Math.max(0, Math.min(n, this.left));
    this.left -= t;
    return t;
  }
  get empty(): boolean {
    return this.left <= 0;
  }
}

function inlineNodes(nodes: unknown[], budget: Budget, out: InlineNode[]): void {
  for (const node of nodes) {
    if (out.length >= LIMITS.inlines || budget.empty) return;
    if (!isObject(node)) continue;
    if (node.type === 'text' && typeof node.text === 'string') {
      const text = cleanText(node.text);
      if (text === '') continue;
      const kept = cut(text, budget.take(text.length));
      if (kept === '') continue;
      const marks = Array.isArray(node.marks)
        ? [
            ...new Set(
              node.marks
                .filter(isObject)
                .map((m) => m.type)
                .filter((t): t is 'bold' | 'italic' => t === 'bold' || t === 'italic'),
            ),
          ]
        : [];
      out.push(marks.length > 0 ? { type: 'text', text: kept, marks: marks.map((type) => ({ type })) } : { type: 'text', text: kept });
    } else if (node.type === 'hardBreak') {
      if (budget.take(1) === 1) out.push({ type: 'hardBreak' });
    } else if (node.type === 'figure') {
      const key = isObject(node.attrs) ? node.attrs.key : undefined;
      if (typeof key === 'string' && key.length >= 1 && key.length <= LIMITS.figureKey && budget.take(1) === 1) out.push({ type: 'figure', attrs: { key } });
    } else if (node.type === 'link' || node.type === 'span' || node.type === 'mark') {
      // Inline wrappers some editors use: keep what they hold.
      inlineNodes(children(node), budget, out);
    }
    // Images, mentions and anything else: dropped.
  }
}

function paragraphOf(node: Json, budget: Budget): ParagraphNode {
  const content: InlineNode[] = [];
  inlineNodes(children(node), budget, content);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** The paragraphs a block holds, flattened (for list items and quotations). */
function paragraphsIn(nodes: unknown[], budget: Budget, max: number): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const visit = (list: unknown[], depth: number) => {
    for (const node of list) {
      if (out.length >= max || budget.empty) return;
      if (!isObject(node)) continue;
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') out.push(paragraphOf(node, budget));
      else if (depth < 20 && (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'listItem' || node.type === 'blockquote'))
        visit(children(node), depth + 1);
    }
  };
  visit(nodes, 0);
  return out;
}

function listOf(node: Json, budget: Budget): BlockNode | null {
  const items = children(node)
    .filter(isObject)
    .filter((item) => item.type === 'listItem')
    .slice(0, LIMITS.listItems)
    .map((item) => paragraphsIn(children(item), budget, LIMITS.itemParagraphs))
    .filter((paragraphs) => paragraphs.length > 0)
    .map((paragraphs) => ({ type: 'listItem' as const, content: paragraphs }));
  if (items.length === 0) return null;
  if (node.type === 'bulletList') return { type: 'bulletList', content: items };
  const start = isObject(node.attrs) ? node.attrs.start : undefined;
  return {
    type: 'orderedList',
    ...(typeof start === 'number' && Number.isInteger(start) && start >= 1 && start <= 1000 ? { attrs: { start } } : {}),
    content: items,
  };
}

function blocksOf(nodes: unknown[], budget: Budget, out: BlockNode[], depth: number): void {
  for (const node of nodes) {
    if (out.length >= LIMITS.blocks || budget.empty) return;
    if (!isObject(node)) continue;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'codeBlock':
        out.push(paragraphOf(node, budget));
        break;
      case 'bulletList':
      case 'orderedList': {
        const list = listOf(node, budget);
        if (list) out.push(list);
        break;
      }
      case 'blockquote': {
        const paragraphs = paragraphsIn(children(node), budget, LIMITS.quoteParagraphs);
        if (paragraphs.length > 0) out.push({ type: 'blockquote', content: paragraphs });
        break;
      }
      case 'doc':
        if (depth < 5) blocksOf(children(node), budget, out, depth + 1);
        break;
      default:
        // Tables, images, horizontal rules, unknown nodes: dropped.
        break;
    }
  }
}

/** Rich text that richTextSchema accepts, from any value; never throws. A string becomes paragraphs. */
export function sanitizeRichText(value: unknown): RichText {
  const budget = new Budget();
  const out: BlockNode[] = [];
  if (typeof value === 'string') {
    for (const line of value.split(/\r?\n/)) {
      if (out.length >= LIMITS.blocks || budget.empty) break;
      const text = cut(cleanText(line).trim(), budget.take(line.length));
      if (text !== '') out.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
  } else if (isObject(value)) {
    blocksOf(value.type === 'doc' ? children(value) : [value], budget, out, 0);
  } else if (Array.isArray(value)) {
    blocksOf(value, budget, out, 0);
  }
  return { type: 'doc', content: out };
}

/**
 * The plain text of rich text, for comparing versions and for checks: paragraphs on their own
 * lines, list items with "– " or "1. ", quotations with "> ", a chip as its key in braces.
 */
export function richTextPlainText(doc: RichText, figureText: (key: string) => string = (key) => `{${key}}`): string {
  const para = (x: ParagraphNode) => (x.content ?? []).map((n) => (n.type === 'text' ? n.text : n.type === 'figure' ? figureText(n.attrs.key) : '\n')).join('');
  const lines: string[] = [];
  for (const block of doc.content) {
    if (block.type === 'paragraph') lines.push(para(block));
    else if (block.type === 'blockquote') lines.push(...block.content.map((x) => `> ${para(x)}`));
    else {
      block.content.forEach((item, i) => {
        lines.push(`${block.type === 'orderedList' ? `${i + 1}.` : '–'} ${item.content.map(para).join('\n')}`);
      });
    }
  }
  return lines.join('\n');
}
