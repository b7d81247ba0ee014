import type { CliCommand } from './commands/types.ts';

export function mainHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Lotsplan – kommandoradsverktyg',
    '',
    'Användning: lotsplan <kommando> [flaggor]',
    '',
    'Kommandon:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Databasfil: --db SÖKVÄG, annars miljövariabeln LOTSPLAN_DB, annars appens standardfil.',
    'Kör ”lotsplan <kommando> --help” för kommandots flaggor.',
    '',
  ].join('\n');
}

export function commandHelp(command: CliCommand): string {
  const positional = (command.positionals ?? []).map((p) => ` ${p.name}`).join('');
  const flags = Object.entries(command.options).map(([name, spec]) => {
    const left = spec.type === 'string' ? `--${name} ${spec.valueName ?? 'VÄRDE'}` : `--${name}`;
    return [left, spec.description] as const;
  });
  const rows = [...(command.positionals ?? []).map((p) => [p.name, p.description] as const), ...flags, ['--help', 'Visar den här hjälpen.'] as const];
  const width = Math.max(...rows.map(([l]) => l.length));
  return [
    `Användning: lotsplan ${command.name}${positional} [flaggor]`,
    '',
    command.summary,
    '',
    ...rows.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`),
    ...(command.examples?.length ? ['', 'Exempel:', ...command.examples.map((e) => `  ${e}`)] : []),
    '',
  ].join('\n');
}
