// The packaging configuration is part of the security story: fuses are burnt into the packaged
// binary, and nothing may update itself over the network.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('packaging configuration', () => {
  it('burns the fuses that close Node entry points and require the app from a checked asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nowhere and has no auto-updater or crash reporter dependency', () => {
    expect(config.publish).toBeNull();
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(deps.filter((d) => /updater|crash|sentry|analytics|telemetry/i.test(d))).toEqual([]);
  });

  it('ships the built app only, and unpacks the native SQLite module instead of rebuilding it', () => {
    expect(config.files).toContain('out/**');
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });
});
