import type { CliIo } from '../io.ts';

export interface CliOptionSpec {
  type: 'string' | 'boolean';
  /** Swedish description for --help. */
  description: string;
  valueName?: string;
}

export interface CliCommand {
  name: string;
  /** One Swedish line for the command list. */
  summary: string;
  /** Positional arguments, e.g. "FIL". */
  positionals?: { name: string; description: string }[];
  options: Record<string, CliOptionSpec>;
  /** Examples for --help. */
  examples?: string[];
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: CliIo): Promise<number>;
}

export const DB_OPTION: CliOptionSpec = {
  type: 'string',
  valueName: 'SÖKVÄG',
  description: 'Databasfilen (annars LOTSPLAN_DB eller appens standardfil).',
};
