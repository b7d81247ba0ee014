// The headless CLI: the same handlers as the app, for analysts, scripts and tests.
import { dropOutputWhenReaderGone, processIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.ts';
import type { CliCommand, CliOptions, OptionValues } from './commands/types.ts';
import { CallFailed, reportFailure } from './withSession.ts';
import { commandHelp, mainHelp } from './help.ts';

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
        return parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
      } catch (error) {
        throw new UsageError(translateParseError(error, command));
      }
    };
    const parsed = parseOrRefuse();
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

function translateParseError(error: unknown, command: CliCommand): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Okänd flagga ${flag} för kommandot ${command.name}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `Flaggan ${flag} behöver ett värde.` : `Flaggan ${flag} tar inget värde.`;
  }
  return `Argumenten kunde inte tolkas (${message}).`;
}
