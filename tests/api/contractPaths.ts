// Every field path a contract's input can name in a message, walked from the zod schemas: object
// keys, list rows (written [0]) and the options of unions, through optional, nullable, default and
// pipe wrappers. For tests that every path has a Swedish name.
import type * as z from 'zod';

type Def = { type: string; [k: string]: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** The paths, as formatPath writes them ("staff[0].fte"), below and including the schema. */
export function inputPaths(schema: z.ZodType, prefix = '', seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  const def = defOf(schema);
  const here = prefix === '' ? [] : [prefix];
  const inner = (s: unknown, p = prefix) => inputPaths(s as z.ZodType, p, new Set([...seen, schema]));
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      return [...here, ...Object.entries(shape).flatMap(([k, s]) => inner(s, prefix === '' ? k : `${prefix}.${k}`))];
    }
    case 'array':
      return [...here, ...inner(def.element, `${prefix}[0]`)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'union':
    case 'discriminatedUnion':
      return [...new Set((def.options as unknown[]).flatMap((o) => inner(o)))];
    case 'intersection':
      return [...new Set([...inner(def.left), ...inner(def.right)])];
    case 'record':
      return [...here, ...inner(def.valueType, `${prefix}.x`)];
    case 'tuple':
      return [...here, ...(def.items as unknown[]).flatMap((s, i) => inner(s, `${prefix}[${i}]`))];
    default:
      return here;
  }
}
