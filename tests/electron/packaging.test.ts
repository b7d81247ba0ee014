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

/** The ICO directory: the size of each image (0 means 256). */
function icoSizes(file: string): number[] {
  const bytes = fs.readFileSync(file);
  expect(bytes.readUInt16LE(0), 'ICO reserved field').toBe(0);
  expect(bytes.readUInt16LE(2), 'ICO type (1 = icon)').toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => bytes[6 + 16 * i] || 256);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** An artifact name as electron-builder expands it for this package. */
function expand(pattern: string, ext: string, arch = 'x64'): string {
  // biome-ignore-start lint/suspicious/noTemplateCurlyInString: electron-builder's own placeholders, expanded here
  return pattern
    .replaceAll('${productName}', config.productName)
    .replaceAll('${version}', pkg.version)
    .replaceAll('${ext}', ext)
    .replaceAll('${arch}', arch === 'x64' ? 'x86_64' : arch);
  // biome-ignore-end lint/suspicious/noTemplateCurlyInString: electron-builder's own placeholders, expanded here
}

describe('installers for managed Windows laptops and Linux', () => {
  const targets = (platform: { target: Array<{ target: string; arch: string[] }> }) => platform.target.map((t) => `${t.target}:${t.arch.join(',')}`);

  it('builds an NSIS installer, an MSI and a portable .exe for 64-bit Windows, and an AppImage for Linux', () => {
    expect(targets(config.win)).toEqual(['nsis:x64', 'msi:x64', 'portable:x64']);
    expect(targets(config.linux)).toEqual(['AppImage:x64']);
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.json --win --linux');
  });

  it('lets a user install for themselves without administrator rights, or IT for all users', () => {
    // oneClick false and perMachine false: the installer asks "only me" (the default) or "all users",
    // and elevates only for the second; /currentuser and /allusers choose the same silently.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false, allowElevation: true });
    // The user's data is never removed by an uninstall.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('has a per-machine MSI with a fixed upgrade code, so a new version replaces the old through device management', () => {
    expect(config.msi).toMatchObject({ oneClick: true, perMachine: true, runAfterFinish: false });
    expect(config.msi.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    // The code electron-builder derives from the appId: fixed here so that a change of appId cannot break upgrades.
    expect(config.msi.upgradeCode).toBe('8EB6E432-3946-5739-872B-21B49A4FDD63');
  });

  it('names each artifact with the product name and version, no two alike', () => {
    const names = [
      expand(config.nsis.artifactName, 'exe'),
      expand(config.msi.artifactName, 'msi'),
      expand(config.portable.artifactName, 'exe'),
      expand(config.appImage.artifactName, 'AppImage'),
    ];
    expect(names).toEqual([
      `Lotsplan-${pkg.version}-installera.exe`,
      `Lotsplan-${pkg.version}.msi`,
      `Lotsplan-${pkg.version}-portabel.exe`,
      `Lotsplan-${pkg.version}-x86_64.AppImage`,
    ]);
    expect(new Set(names).size).toBe(names.length);
    expect(config.productName).toBe(pkg.productName);
    expect(config).not.toHaveProperty('extraMetadata'); // the version is package.json's
  });

  it('takes the app icon from resources/icons: an ICO up to 256 px for Windows, a 1024 px PNG for Linux and the window', () => {
    expect(config.win.icon).toBe('resources/icons/icon.ico');
    expect(icoSizes(path.join(root, config.win.icon))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(config.linux.icon).toBe('resources/icons/icon.png');
    expect(pngSize(path.join(root, config.linux.icon))).toEqual({ width: 1024, height: 1024 });
    // The window's icon is read from inside the app at run time, so the file must be packed.
    const main = fs.readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain("'../../resources/icons/icon.png'");
    expect(config.files).toContain('resources/icons/icon.png');
    expect(pngSize(path.join(root, 'resources/icons/favicon-32.png'))).toEqual({ width: 32, height: 32 });
  });
});
