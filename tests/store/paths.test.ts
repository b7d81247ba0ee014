import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, resolveDatabasePath } from '../../src/store/paths.ts';

describe('defaultDatabasePath (Electron userData for "Lotsplan")', () => {
  it('linux without XDG_CONFIG_HOME: ~/.config/Lotsplan/lotsplan.sqlite', () => {
    expect(defaultDatabasePath({ platform: 'linux', env: {}, homedir: '/home/anna' })).toBe('/home/anna/.config/Lotsplan/lotsplan.sqlite');
  });

  it('linux with XDG_CONFIG_HOME', () => {
    expect(defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/srv/konf' }, homedir: '/home/anna' })).toBe('/srv/konf/Lotsplan/lotsplan.sqlite');
  });

  it('linux ignores an empty or relative XDG_CONFIG_HOME, as the XDG spec says', () => {
    for (const value of ['', 'konf']) {
      expect(defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: value }, homedir: '/home/anna' })).toBe(
        '/home/anna/.config/Lotsplan/lotsplan.sqlite',
      );
    }
  });

  it('darwin: ~/Library/Application Support/Lotsplan/lotsplan.sqlite', () => {
    expect(defaultDatabasePath({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, homedir: '/Users/anna' })).toBe(
      '/Users/anna/Library/Application Support/Lotsplan/lotsplan.sqlite',
    );
  });

  it('win32: %APPDATA%\\Lotsplan\\lotsplan.sqlite with backslashes', () => {
    expect(defaultDatabasePath({ platform: 'win32', env: { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, homedir: 'C:\\Users\\anna' })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Lotsplan\\lotsplan.sqlite',
    );
  });

  it("win32 without APPDATA falls back to the home folder's AppData\\Roaming", () => {
    expect(defaultDatabasePath({ platform: 'win32', env: {}, homedir: 'C:\\Users\\anna' })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Lotsplan\\lotsplan.sqlite',
    );
  });
});

describe('resolveDatabasePath', () => {
  const base = { platform: 'linux', homedir: '/home/anna' } as const;

  it('--db wins over LOTSPLAN_DB and the default', () => {
    expect(resolveDatabasePath({ ...base, flag: '/a/flagga.sqlite', env: { LOTSPLAN_DB: '/b/env.sqlite' } })).toBe('/a/flagga.sqlite');
  });

  it('LOTSPLAN_DB wins over the default', () => {
    expect(resolveDatabasePath({ ...base, flag: undefined, env: { LOTSPLAN_DB: '/b/env.sqlite' } })).toBe('/b/env.sqlite');
  });

  it('the default when neither is set (an empty LOTSPLAN_DB counts as unset)', () => {
    expect(resolveDatabasePath({ ...base, env: {} })).toBe('/home/anna/.config/Lotsplan/lotsplan.sqlite');
    expect(resolveDatabasePath({ ...base, flag: '', env: { LOTSPLAN_DB: '' } })).toBe('/home/anna/.config/Lotsplan/lotsplan.sqlite');
  });
});
