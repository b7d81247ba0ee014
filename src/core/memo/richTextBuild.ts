// Small builders for the rich text the drafts write: paragraphs of text and figure chips, lists and
// quotations, in the closed Tiptap subset of model.ts. Text parts are plain strings; a figure is
// { figure: key }. Empty strings are dropped (the schema has no empty text nodes).
import type { BlockNode, InlineNode, ParagraphNode, RichText } from './model.ts';

export type Part = string | { figure: string } | null | false | undefined;

/** A figure chip citing a catalogue key. */
export const fig = (key: string): { figure: string } => ({ figure: key });

export function inlines(parts: readonly Part[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const part of parts) {
    if (part === null || part === false || part === undefined || part === '') continue;
    if (typeof part === 'string') {
      const last = out.at(-1);
      if (last?.type === 'text' && !last.marks) last.text += part;
      else out.push({ type: 'text', text: part });
    } else {
      out.push({ type: 'figure', attrs: { key: part.figure } });
    }
  }
  return out;
}

export function p(...parts: Part[]): ParagraphNode {
  const content = inlines(parts);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** One paragraph of several sentences, each a list of parts; sentences are joined with a space. */
export function sentences(...list: (Part[] | null | false)[]): ParagraphNode {
  const parts: Part[] = [];
  for (const s of list) {
    if (!s) continue;
    if (parts.length > 0) parts.push(' ');
    parts.push(...s);
  }
  return p(...parts);
}

export function ol(items: ParagraphNode[]): BlockNode {
  return { type: 'orderedList', attrs: { start: 1 }, content: items.map((item) => ({ type: 'listItem', content: [item] })) };
}

export function ul(items: ParagraphNode[]): BlockNode {
  return { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [item] })) };
}

export function quote(paragraphs: ParagraphNode[]): BlockNode {
  return { type: 'blockquote', content: paragraphs.length > 0 ? paragraphs : [p()] };
}

export function doc(blocks: (BlockNode | null | false)[]): RichText {
  return { type: 'doc', content: blocks.filter((b): b is BlockNode => Boolean(b)) };
}

/** Paragraphs of a plain text, one per line that is not blank. */
export function paragraphsOf(text: string): ParagraphNode[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => p(line));
}
