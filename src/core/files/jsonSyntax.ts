// Where a JSON text is broken, in Swedish, from the error JSON.parse throws: the exchange file and
// the monthly statistics in JSON say it the same way.

/** "Filen är inte giltig JSON. Felet finns nära rad 3, kolumn 19." for the error of JSON.parse. */
export function invalidJsonMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const at = /line (\d+) column (\d+)/.exec(detail);
  const where = at ? ` Felet finns nära rad ${at[1]}, kolumn ${at[2]}.` : jsonErrorHint(detail);
  return `Filen är inte giltig JSON.${where}`;
}

/** A Swedish hint for V8's JSON errors that give no position (an unexpected token, a cut-off file). */
function jsonErrorHint(detail: string): string {
  if (/Unexpected end of JSON input/.test(detail)) return ' Filen tar slut mitt i innehållet; den kan vara avkortad.';
  const token = /^Unexpected token '(.)'/.exec(detail)?.[1];
  if (token === undefined || token < ' ') return '';
  const numbers = token === 'N' || token === 'I' ? ' (NaN och Infinity är inte tillåtna tal i JSON)' : '';
  return ` Tecknet ”${token}” står där det inte får stå${numbers}.`;
}

/** A key given twice in one object of a JSON text: where it is (a path of keys and list positions) and on which lines. */
export interface DuplicateJsonKey {
  path: (string | number)[];
  firstLine: number;
  line: number;
}

type Frame = { kind: 'object'; keys: Map<string, number>; key: string | null; expectKey: boolean } | { kind: 'array'; index: number };

/**
 * The first key that an object of `text` (valid JSON, as JSON.parse has accepted it) has twice, or
 * null. JSON.parse keeps the last value without a word ("year": 2021, "year": 2099 reads as 2099),
 * so a reader of a file asks this before it trusts the value. Iterative, so a deeply nested text
 * is read as JSON.parse reads it; linear in the length of the text.
 */
export function findDuplicateJsonKey(text: string): DuplicateJsonKey | null {
  const stack: Frame[] = [];
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x7b /* { */) stack.push({ kind: 'object', keys: new Map(), key: null, expectKey: true });
    else if (c === 0x5b /* [ */) stack.push({ kind: 'array', index: 0 });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index++;
    } else if (c === 0x3a /* : */) {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = false;
    } else if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      const top = stack.at(-1);
      if (top?.kind !== 'object' || !top.expectKey) continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      const firstLine = top.keys.get(key);
      if (firstLine !== undefined) return { path: [...containerPath(stack), key], firstLine, line };
      top.keys.set(key, line);
      top.key = key;
    }
  }
  return null;
}

/** The path to the innermost container of the stack: the key or position each outer one is at. */
function containerPath(stack: readonly Frame[]): (string | number)[] {
  return stack.slice(0, -1).map((f) => (f.kind === 'array' ? f.index : (f.key ?? '')));
}

/**
 * A JSON text read as a file of Lotsplan's is read: broken JSON and a key given twice are refused
 * with a Swedish sentence. `fieldName` names a duplicated field in Swedish (null: no name).
 */
export function parseJsonText(
  text: string,
  fieldName: (path: (string | number)[]) => string | null = () => null,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: invalidJsonMessage(e) };
  }
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate !== null) return { ok: false, message: duplicateKeyMessage(duplicate, fieldName(duplicate.path)) };
  return { ok: true, value };
}

/** "Fältet ”year” (År) finns två gånger i filen, på rad 4 och rad 5. …" */
export function duplicateKeyMessage(duplicate: DuplicateJsonKey, name: string | null): string {
  const written = duplicate.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const named = name === null ? '' : ` (${name})`;
  const lines = duplicate.firstLine === duplicate.line ? `båda gångerna på rad ${duplicate.line}` : `på rad ${duplicate.firstLine} och rad ${duplicate.line}`;
  return `Fältet ”${written}”${named} finns två gånger i filen, ${lines}. Ta bort det ena, så att det är klart vilket värde som gäller.`;
}
