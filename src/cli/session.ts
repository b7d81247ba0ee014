// Opens the database lazily for one CLI command and runs API calls through the same dispatcher
// as the app. The file is opened only when a handler needs it, so a command that fails on its
// input never creates or touches the database file.
import os from 'node:os';
import path from 'node:path';
import { createDispatch } from '../api/dispatch.ts';
import type { Envelope } from '../api/envelope.ts';
import type { CallInput, CallName, CallOutput } from '../api/contracts/index.ts';
import { openStore } from '../store/openStore.ts';
import { resolveDatabasePath } from '../store/paths.ts';
import { createStoreContext } from '../api/storeContext.ts';
import type { CliIo } from './io.ts';
import { createChromiumPdfPrinter } from '../hosts/shared/chromiumPdf.ts';

export interface CliSession {
  readonly dbPath: string;
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Envelope<CallOutput<N>>>;
  close(): Promise<void>;
}

/**
 * `readOnlyWhenProtected`: a file that cannot be written (an archive copy) is opened for reading
 * only instead of being refused; for the commands that only read (check, figures, log, city, backup).
 */
export function openSession(io: CliIo, dbFlag: string | undefined, options: { create: boolean; readOnlyWhenProtected?: boolean }): CliSession {
  const dbPath = resolveDatabasePath({
    flag: dbFlag === undefined ? undefined : path.resolve(io.cwd, dbFlag),
    env: io.env,
    platform: process.platform,
    homedir: os.homedir(),
  });
  // No start-up backup in the CLI: each command is one short use of the file.
  const readOnlyWhenProtected = options.readOnlyWhenProtected === true;
  const context = Object.assign(
    createStoreContext(dbPath, { open: (file, openOptions) => openStore(file, { ...openOptions, readOnlyWhenProtected }), create: options.create }),
    {
      // PDF through a local Chromium (CHROMIUM_PATH or /usr/bin/chromium), started only when a PDF is asked for.
      printPdf: createChromiumPdfPrinter({ env: io.env }),
    },
  );
  const dispatch = createDispatch(context, {
    onInternalError: (call, error) => io.stderr(`Internt fel i ${call}: ${String(error)}\n`),
  });
  return {
    dbPath,
    call: (name, input) => dispatch(name, input) as never,
    close: () => context.close(),
  };
}
