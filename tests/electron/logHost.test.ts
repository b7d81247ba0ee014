import { describe, expect, it, vi } from 'vitest';
import { createLogHostHandlers } from '../../electron/main/logHost.ts';
import { ApiFailure } from '../../src/api/envelope.ts';

describe('showLogFile', () => {
  it('shows the log file selected in the file manager and returns its path', async () => {
    const shell = { showItemInFolder: vi.fn() };
    const host = createLogHostHandlers({ shell, logPath: 'C:\\Users\\a\\AppData\\Roaming\\Lotsplan\\lotsplan.log', exists: () => true });
    expect(await host.showLogFile({})).toEqual({ path: 'C:\\Users\\a\\AppData\\Roaming\\Lotsplan\\lotsplan.log' });
    expect(shell.showItemInFolder).toHaveBeenCalledWith('C:\\Users\\a\\AppData\\Roaming\\Lotsplan\\lotsplan.log');
  });

  it('says in Swedish that there is no log yet, and opens nothing', async () => {
    const shell = { showItemInFolder: vi.fn() };
    const host = createLogHostHandlers({ shell, logPath: '/data/lotsplan.log', exists: () => false });
    const error = await host.showLogFile({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).message).toBe('Loggfilen finns inte ännu. Den skapas när Lotsplan startar; starta om programmet och försök igen.');
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
