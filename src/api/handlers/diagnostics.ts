// The local log file (contracts/diagnostics.ts): read through the host's log, never written here.
import type { Handler } from './handler.ts';

export const readLogFile: Handler<'readLogFile'> = async (ctx) => {
  return ctx.diagnosticLog ? ctx.diagnosticLog.read() : null;
};
