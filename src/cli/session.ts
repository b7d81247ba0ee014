// Opens the database lazily for one CLI command and runs API calls through the same dispatcher
// as the app, over the contracts of the calls the command makes (it loads no others). The file is
// opened only when a handler needs it, so a command that fails on its input never creates or
// touches the database file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallDispatch } from '../api/contractDispatch.ts';
import type { Envelope } from '../api/envelope.ts';
import type { PrintPdfOptions } from '../api/context.ts';
import type { CallInput, CallName, CallOutput, Contracts } from '../api/contracts/index.ts';
import { openStore } from '../store/openStore.ts';
import { resolveDatabasePath } from '../store/paths.ts';
import { createStoreContext } from '../api/storeContext.ts';
import type { CliIo } from './io.ts';

export interface CliSession<N extends CallName> {
  readonly dbPath: string;
  /** Whether the session created the database file (it did not exist when the session began). */
  createdDatabase(): boolean;
  call<M extends N>(name: M, input: CallInput<M>): Promise<Envelope<CallOutput<M>>>;
  close(): Promise<void>;
}

/**
 * `calls`: the contracts of the calls the command makes; any other call is answered as
 * UNKNOWN_CALL. `readOnlyWhenProtected`: a file that cannot be written (an archive copy) is opened
 * for reading only instead of being refused; for the commands that only read (check, figures,
 * log, city, backup).
 */
export function openSession<N extends CallName>(
  io: CliIo,
  dbFlag: string | undefined,
  options: { create: boolean; readOnlyWhenProtected?: boolean },
  calls: Pick<Contracts, N>,
): CliSession<N> {
  const dbPath = resolveDatabasePath({
    flag: dbFlag === undefined ? undefined : path.resolve(io.cwd, dbFlag),
    env: io.env,
    platform: process.platform,
    homedir: os.homedir(),
  });
  const existedBefore = fs.existsSync(dbPath);
  // No start-up backup in the CLI: each command is one short use of the file.
  const readOnlyWhenProtected = options.readOnlyWhenProtected === true;
  const context = Object.assign(
    createStoreContext(dbPath, { open: (file, openOptions) => openStore(file, { ...openOptions, readOnlyWhenProtected }), create: options.create }),
    { printPdf: lazyPdfPrinter(io) },
  );
  const dispatch = createCallDispatch(context, calls, {
    onInternalError: (call, error) => io.stderr(`Internt fel i ${call}: ${String(error)}\n`),
  });
  return {
    dbPath,
    createdDatabase: () => !existedBefore && fs.existsSync(dbPath),
    call: (name, input) => dispatch(name, input) as never,
    close: () => context.close(),
  };
}

/**
 * PDF through a local Chromium (CHROMIUM_PATH or /usr/bin/chromium), started only when a PDF is
 * asked for; the printer's module (and Playwright behind it) is loaded then too, not by every command.
 */
function lazyPdfPrinter(io: CliIo): (html: string, options: PrintPdfOptions) => Promise<Uint8Array> {
  let printer: Promise<(html: string, options: PrintPdfOptions) => Promise<Uint8Array>> | null = null;
  return async (html, options) => {
    printer ??= import('../hosts/shared/chromiumPdf.ts').then((m) => m.createChromiumPdfPrinter({ env: io.env }));
    return (await printer)(html, options);
  };
}
