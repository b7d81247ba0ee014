import { describe, expect, it } from 'vitest';
import { appendChromiumSwitches, chromiumSwitchArgs } from '../../src/hosts/shared/chromiumSwitches.ts';

describe('Chromium switches', () => {
  it('switch off the background fetch of scripts, which bypasses V8 code cache', () => {
    expect(chromiumSwitchArgs()).toEqual(['--disable-features=BackgroundResourceFetch']);
  });

  it('are appended to a command line as name and value, the same as the arguments', () => {
    const appended: [string, string | undefined][] = [];
    appendChromiumSwitches({ appendSwitch: (name, value) => appended.push([name, value]) });
    expect(appended).toEqual([['disable-features', 'BackgroundResourceFetch']]);
    expect(appended.map(([name, value]) => `--${name}=${value}`)).toEqual(chromiumSwitchArgs());
  });
});
