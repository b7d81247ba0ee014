import type { CliIo } from '../io.ts';

export interface CliOptionSpec {
  type: 'string' | 'boolean';
  /** Swedish description for --help. */
  description: string;
  valueName?: string;
}

export type CliOptions = Readonly<Record<string, CliOptionSpec>>;

/**
 * The parsed values of a command's options, derived from its option spec: a string flag gives
 * its text, a boolean flag `true`; a flag that was not given is absent.
 */
export type OptionValues<O extends CliOptions> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : O[K]['type'] extends 'boolean' ? boolean : string | boolean;
};

export interface CliArgs<O extends CliOptions> {
  values: OptionValues<O>;
  positionals: string[];
}

export interface CliCommand<O extends CliOptions = CliOptions> {
  name: string;
  /** One Swedish line for the command list. */
  summary: string;
  /** Positional arguments, e.g. "FIL". */
  positionals?: { name: string; description: string }[];
  options: O;
  /** Examples for --help. */
  examples?: string[];
  run(args: CliArgs<O>, io: CliIo): Promise<number>;
}

/** A command whose `run` sees its option values typed from `options` (no casts). */
export function defineCommand<const O extends CliOptions>(command: CliCommand<O>): CliCommand<O> {
  return command;
}

export const DB_OPTION = {
  type: 'string',
  valueName: 'SÖKVÄG',
  description: 'Databasfilen (annars LOTSPLAN_DB eller appens standardfil).',
} as const satisfies CliOptionSpec;
