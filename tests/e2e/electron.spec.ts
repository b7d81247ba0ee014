// The desktop app itself: launches the built app (out/main/index.js) in Electron on a fresh
// database. Skipped where the Electron binary is missing (it cannot be downloaded on every machine).
import { test, expect, _electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BRIDGE_KEYS } from '../electron/bridgeShape.ts';

const root = path.resolve(import.meta.dirname, '../..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinaryPath(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const electronBinary = electronBinaryPath();
const electronBinaryExists = electronBinary !== null;

test.describe('Electron app', () => {
  test.skip(!electronBinaryExists, 'Electron-binären saknas på den här maskinen (kan inte laddas ned här)');

  test('opens the Lotsplan window and shows Översikt', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lotsplan-electron-'));
    const dbPath = path.join(dir, 'lotsplan.sqlite');
    const app = await _electron.launch({
      ...(electronBinary ? { executablePath: electronBinary } : {}),
      args: [path.join(root, 'out/main/index.js'), '--db', dbPath],
      cwd: root,
      env: { ...process.env, LOTSPLAN_TEST: '1' },
    });
    try {
      const window = await app.firstWindow();
      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
      expect(title).toMatch(/^(.+ – )?Lotsplan$/);
      expect(window.url()).toMatch(/^app:\/\/lotsplan\//);
      await expect(window.getByText('Översikt').first()).toBeVisible();
      // The renderer is sandboxed: no Node, only the bridge.
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((globalThis as { lotsplan?: object }).lotsplan ?? {}).sort())).toEqual([...BRIDGE_KEYS].sort());
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
