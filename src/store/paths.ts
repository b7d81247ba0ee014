// Where the database lives: the same folder Electron uses as userData for the app "Lotsplan".
import path from 'node:path';

export const APP_NAME = 'Lotsplan';
export const DATABASE_FILE_NAME = 'lotsplan.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

export interface PlatformContext {
  platform: NodeJS.Platform | string;
  env: Env;
  homedir: string;
}

/** A set, non-empty environment variable; XDG variables must also be absolute to count. */
function envValue(env: Env, name: string, mustBeAbsolute: (p: string) => boolean = () => true): string | undefined {
  const value = env[name];
  return value && mustBeAbsolute(value) ? value : undefined;
}

/** Electron's app.getPath('appData') for the platform. */
function appDataDir({ platform, env, homedir }: PlatformContext): string {
  if (platform === 'win32') {
    return envValue(env, 'APPDATA') ?? path.win32.join(homedir, 'AppData', 'Roaming');
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  return envValue(env, 'XDG_CONFIG_HOME', path.posix.isAbsolute) ?? path.posix.join(homedir, '.config');
}

export function defaultDatabasePath(context: PlatformContext): string {
  const join = context.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(context), APP_NAME, DATABASE_FILE_NAME);
}

/** `--db` wins, then LOTSPLAN_DB, then the default. The flag is used as given (resolve it first). */
export function resolveDatabasePath(options: PlatformContext & { flag?: string | undefined }): string {
  if (options.flag) return options.flag;
  return envValue(options.env, 'LOTSPLAN_DB') ?? defaultDatabasePath(options);
}
