// The host call of the local log file: "Visa loggfilen i mappen" shows it selected in the file
// manager. The app writes a line at every start, so the file normally exists.
import fs from 'node:fs';
import { ApiFailure } from '../../src/api/envelope.ts';
import type { HostHandlers } from './ipc.ts';

export interface LogHostDeps {
  shell: { showItemInFolder(fullPath: string): void };
  /** The log file's path (src/hosts/shared/logFile.ts). */
  logPath: string;
  exists?: (path: string) => boolean;
}

export function createLogHostHandlers(deps: LogHostDeps): Pick<HostHandlers, 'showLogFile'> {
  const exists = deps.exists ?? fs.existsSync;
  return {
    async showLogFile() {
      if (!exists(deps.logPath)) {
        throw new ApiFailure('NOT_FOUND', 'Loggfilen finns inte ännu. Den skapas när Lotsplan startar; starta om programmet och försök igen.');
      }
      deps.shell.showItemInFolder(deps.logPath);
      return { path: deps.logPath };
    },
  };
}
