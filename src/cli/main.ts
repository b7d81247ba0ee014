// The headless CLI: the same handlers as the app, for analysts, scripts and tests.
import { dropOutputWhenReaderGone, processIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.ts';
import type { CliCommand, CliOptions, OptionValues } from './commands/types.ts';
import { CallFailed, reportFailure } from './withSession.ts';
import { commandHelp, mainHelp } from './help.ts';
import { LARGEST_NUMBER_IN_WORDS, numberWord } from '../core/format/words.ts';

// node:util is taken as a built-in, not imported as an ES module: the module wrapper Node makes
// for an import reads every export, which loads TextDecoder, util.diff and the colour and stream
// code behind them (a tenth of a forecast command's start) just to reach parseArgs.
const { parseArgs } = process.getBuiltinModule('node:util');

/**
 * The commands in the order of the help, each module loaded only when its command runs (or for
 * the command list): a command's start-up then pays only for what that command uses.
 */
const COMMAND_MODULES: Readonly<Record<string, () => Promise<CliCommand>>> = {
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  import: async () => (await import('./commands/import.ts')).importCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  figures: async () => (await import('./commands/figures.ts')).figuresCommand,
  check: async () => (await import('./commands/check.ts')).checkCommand,
  forecast: async () => (await import('./commands/forecast.ts')).forecastCommand,
  scenario: async () => (await import('./commands/scenario.ts')).scenarioCommand,
  backup: async () => (await import('./commands/backup.ts')).backupCommand,
  restore: async () => (await import('./commands/restore.ts')).restoreCommand,
  log: async () => (await import('./commands/log.ts')).logCommand,
  statistics: async () => (await import('./commands/statistics.ts')).statisticsCommand,
  city: async () => (await import('./commands/city.ts')).cityCommand,
  memo: async () => (await import('./commands/memo.ts')).memoCommand,
};

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMAND_MODULES);

/** Every command, loaded (for the command list and tests of the specs). */
export function loadCommands(): Promise<CliCommand[]> {
  return Promise.all(Object.values(COMMAND_MODULES).map((load) => load()));
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) dropOutputWhenReaderGone();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp(await loadCommands()));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const load = Object.hasOwn(COMMAND_MODULES, name) ? COMMAND_MODULES[name] : undefined;
  if (!load) {
    io.stderr(`Fel: Okänt kommando ”${name}”. Kör ”lotsplan --help” för en lista över kommandon.\n`);
    return EXIT_USAGE;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([key, spec]) => [key, { type: spec.type }]));
    const parseOrRefuse = () => {
      try {
        return parseArgs({ args: [...rest], options, allowPositionals: true, strict: true, tokens: true });
      } catch (error) {
        throw new UsageError(translateParseError(error, command, rest));
      }
    };
    const parsed = parseOrRefuse();
    refuseRepeatedFlags(parsed.tokens);
    if (!command.positionals && parsed.positionals.length > 0) {
      throw new UsageError(`Kommandot ${command.name} tar inga argument utan flagga (fick ”${parsed.positionals.join(' ')}”).`);
    }
    // parseArgs gives each flag the type its spec names, which is what OptionValues says.
    return await command.run({ values: parsed.values as OptionValues<CliOptions>, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Fel: ${error.message}\nKör ”lotsplan ${command.name} --help” för hjälp.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CallFailed) {
      reportFailure(io, { ok: false, error: { message: error.message, details: error.details } });
      return EXIT_FAILED;
    }
    io.stderr(`Fel: Ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}

/** A flag given more than once is refused: parseArgs would keep the last value without a word. */
function refuseRepeatedFlags(tokens: readonly { kind: string; name?: string }[]): void {
  const counts = new Map<string, number>();
  for (const token of tokens) if (token.kind === 'option' && token.name !== undefined) counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count > 1) {
      const times = count <= LARGEST_NUMBER_IN_WORDS ? numberWord(count) : String(count);
      throw new UsageError(`Flaggan --${name} är angiven ${times} gånger. Ange varje flagga en gång.`);
    }
  }
}

/** The shell's quotation mark, in command lines the user types: syntax, not Swedish typography. */
const SHELL_QUOTE = '"';

/** "--district Rinkeby-Kista": the flag with a value from the command's own examples, else with its value name. */
function flagExample(command: CliCommand, flag: string): string {
  const q = SHELL_QUOTE;
  const pattern = new RegExp(`(?:^|\\s)${flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (${q}[^${q}]*${q}|[^\\s-]\\S*)`);
  for (const example of command.examples ?? []) {
    const value = pattern.exec(example)?.[1];
    if (value !== undefined) return `${flag} ${value}`;
  }
  return `${flag} ${command.options[flag.replace(/^-+/, '')]?.valueName ?? 'VÄRDE'}`;
}

/** parseArgs' refusal as a Swedish sentence; its own English text is never shown. */
export function translateParseError(error: unknown, command: CliCommand, args: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Okänd flagga ${flag} för kommandot ${command.name}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `Flaggan ${flag} tar inget värde; skriv bara ${flag}.`;
    // The value is missing (the flag is last) or is taken for a flag (it starts with "-").
    const next = args[args.indexOf(flag) + 1];
    const withEquals = next !== undefined && /\s/.test(next) ? `${flag}=${SHELL_QUOTE}${next}${SHELL_QUOTE}` : `${flag}=${next}`;
    if (next !== undefined && /^-\d|^-[.,]\d/.test(next)) {
      return `Flaggan ${flag}: ett negativt tal skrivs med likhetstecken direkt efter flaggan, så här: ${withEquals}.`;
    }
    if (next?.startsWith('-') && !Object.hasOwn(command.options, next.replace(/^-+/, '').split('=')[0] ?? '')) {
      return `Flaggan ${flag}: ett värde som börjar med bindestreck skrivs med likhetstecken direkt efter flaggan, så här: ${withEquals}.`;
    }
    return `Flaggan ${flag} saknar värde. Skriv värdet direkt efter flaggan, till exempel ${flagExample(command, flag)}.`;
  }
  return 'Argumenten kunde inte tolkas. Skriv varje flagga med två bindestreck och dess värde direkt efter, till exempel --year 2020.';
}
