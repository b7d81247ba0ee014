// The headless CLI: the same handlers as the app, for analysts, scripts and tests.
import { parseArgs } from 'node:util';
import { processIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.ts';
import type { CliCommand } from './commands/types.ts';
import { demoCommand } from './commands/demo.ts';
import { importCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';
import { figuresCommand } from './commands/figures.ts';
import { checkCommand } from './commands/check.ts';
import { forecastCommand } from './commands/forecast.ts';
import { logCommand } from './commands/log.ts';
import { scenarioCommand } from './commands/scenario.ts';
import { backupCommand } from './commands/backup.ts';
import { restoreCommand } from './commands/restore.ts';
import { statisticsCommand } from './commands/statistics.ts';
import { cityCommand } from './commands/city.ts';
import { memoCommand } from './commands/memo.ts';
import { commandHelp, mainHelp } from './help.ts';

export const COMMANDS: readonly CliCommand[] = [demoCommand, importCommand, exportCommand, figuresCommand, checkCommand, forecastCommand, scenarioCommand, backupCommand, restoreCommand, logCommand, statisticsCommand, cityCommand, memoCommand];

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp(COMMANDS));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Fel: Okänt kommando "${name}". Kör "lotsplan --help" för en lista över kommandon.\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([key, spec]) => [key, { type: spec.type }]));
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(translateParseError(error, command));
    }
    if (!command.positionals && parsed.positionals.length > 0) {
      throw new UsageError(`Kommandot ${command.name} tar inga argument utan flagga (fick "${parsed.positionals.join(' ')}").`);
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Fel: ${error.message}\nKör "lotsplan ${command.name} --help" för hjälp.\n`);
      return EXIT_USAGE;
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
    return /argument missing/.test(message)
      ? `Flaggan ${flag} behöver ett värde.`
      : `Flaggan ${flag} tar inget värde.`;
  }
  return `Argumenten kunde inte tolkas (${message}).`;
}
