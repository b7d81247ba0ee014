// The string literals of a TypeScript or TSX source, for tests that read the texts of the program.
// The project's TypeScript (the native compiler) has no JavaScript API, so this is a small
// tokenizer: it skips comments and regular expressions, reads '…', "…" and template literals (with
// nested ${…}), and in TSX files also the text between JSX tags that holds a double-quoted part.
// It is built for the project's own formatted code, not for every program TypeScript accepts.

export interface Literal {
  /** 1-based line of the literal's start. */
  line: number;
  /** The literal's text; a template's embedded expressions are written as ⟨…⟩. */
  text: string;
  kind: 'string' | 'template' | 'jsx-text';
}

const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '~', '^']);
const KEYWORDS_BEFORE_VALUE = new Set(['return', 'typeof', 'case', 'in', 'of', 'await', 'yield', 'else', 'void', 'delete', 'throw', 'new']);

export function stringLiterals(source: string, tsx: boolean): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let line = 1;
  // The last significant character and word before the current position (outside literals).
  let prevChar = '';
  let prevWord = '';

  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (source[k] === '\n') line++;
    i = to;
  };

  /** Reads a quoted string starting at i (the quote), returning its text. */
  const readQuoted = (quote: string): string => {
    let text = '';
    let k = i + 1;
    while (k < source.length && source[k] !== quote && source[k] !== '\n') {
      if (source[k] === '\\') {
        text += source[k + 1] === quote ? quote : source.slice(k, k + 2);
        k += 2;
      } else {
        text += source[k];
        k++;
      }
    }
    advance(k + 1);
    return text;
  };

  /** Reads a template literal starting at i (the backquote). Nested templates are read too. */
  const readTemplate = (): string => {
    let text = '';
    let k = i + 1;
    while (k < source.length && source[k] !== '`') {
      if (source[k] === '\\') {
        text += source.slice(k, k + 2);
        k += 2;
      } else if (source[k] === '$' && source[k + 1] === '{') {
        // Skip the expression, with its own strings and braces.
        let depth = 1;
        k += 2;
        advance(k);
        while (i < source.length && depth > 0) {
          const c = source[i]!;
          if (c === '{') depth++;
          else if (c === '}') depth--;
          if (depth === 0) break;
          if (c === "'" || c === '"') {
            const l = line;
            const t = readQuoted(c);
            out.push({ line: l, text: t, kind: 'string' });
            continue;
          }
          if (c === '`') {
            const l = line;
            const t = readTemplate();
            out.push({ line: l, text: t, kind: 'template' });
            continue;
          }
          advance(i + 1);
        }
        text += '⟨…⟩';
        k = i + 1;
      } else {
        text += source[k];
        k++;
      }
    }
    advance(k + 1);
    return text;
  };

  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      advance(end === -1 ? source.length : end);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      advance(end === -1 ? source.length : end + 2);
      continue;
    }
    if (c === '/' && (prevChar === '' || REGEX_AFTER.has(prevChar) || KEYWORDS_BEFORE_VALUE.has(prevWord) || (prevChar === '>' && source[i - 2] === '='))) {
      // A regular expression literal, with its classes (a / inside [...] does not end it).
      let k = i + 1;
      let inClass = false;
      while (k < source.length && source[k] !== '\n') {
        const r = source[k];
        if (r === '\\') k += 2;
        else {
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          k++;
        }
      }
      advance(k + 1);
      prevChar = ')';
      prevWord = '';
      continue;
    }
    if (c === "'" || c === '"') {
      const l = line;
      // In TSX, attribute values follow "=" and strings in code follow an operator or a keyword;
      // a double quote after a word, a tag's ">" or an embedded "}" is part of JSX text.
      const jsx = tsx && c === '"' && !'=(,[:{?+'.includes(prevChar) && !KEYWORDS_BEFORE_VALUE.has(prevWord);
      if (jsx) {
        // The whole run of text between the tags (or up to an embedded {…}).
        const from = Math.max(source.lastIndexOf('>', i), source.lastIndexOf('}', i)) + 1;
        const ends = [source.indexOf('<', i), source.indexOf('{', i)].filter((e) => e !== -1);
        const to = ends.length > 0 ? Math.min(...ends) : source.length;
        out.push({ line: l, text: source.slice(from, to).trim(), kind: 'jsx-text' });
        advance(to);
        prevChar = 'a';
        prevWord = '';
        continue;
      }
      out.push({ line: l, text: readQuoted(c), kind: 'string' });
      prevChar = "'";
      prevWord = '';
      continue;
    }
    if (c === '`') {
      const l = line;
      const text = readTemplate();
      out.push({ line: l, text, kind: 'template' });
      prevChar = "'";
      prevWord = '';
      continue;
    }
    if (/\s/.test(c)) {
      advance(i + 1);
      continue;
    }
    if (/[\p{L}\d_$]/u.test(c)) {
      let k = i;
      while (k < source.length && /[\p{L}\d_$]/u.test(source[k]!)) k++;
      prevWord = source.slice(i, k);
      prevChar = source[k - 1]!;
      advance(k);
      continue;
    }
    prevChar = c;
    prevWord = '';
    advance(i + 1);
  }
  return out;
}
