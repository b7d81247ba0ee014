// `npm run start:browser`: serves the built renderer and the API on 127.0.0.1 for an ordinary
// browser. Usage: node src/hosts/browser/serve.ts [--db PATH] [--port N]
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import { resolveDatabasePath } from '../../store/index.ts';
import { createLogFile } from '../shared/logFile.ts';
import { createBrowserHost, type BrowserHost } from './createBrowserHost.ts';

const USAGE = 'Användning: node src/hosts/browser/serve.ts [--db SÖKVÄG] [--port PORT]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]): { db: string | undefined; port: number } {
  let values: { db?: string | undefined; port?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`Okänt eller ofullständigt argument: ${(error as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65_535) fail(`Porten ”${values.port}” är inte ett tal mellan 0 och 65535.`);
  }
  return { db: values.db === undefined ? undefined : path.resolve(values.db), port };
}

const args = parse(process.argv.slice(2));
const dbPath = resolveDatabasePath({ flag: args.db, env: process.env, platform: process.platform, homedir: os.homedir() });
const rendererDir = path.resolve(import.meta.dirname, '../../../out/renderer');
// The log lives beside the database, as its backups do: in the user's data folder unless --db says otherwise.
const log = createLogFile({ dir: path.dirname(dbPath), source: 'webb' });
const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }).version;
log.info('start', { version, node: process.versions.node, platform: process.platform });

let host: BrowserHost;
try {
  host = await createBrowserHost({ dbPath, rendererDir, port: args.port, log });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  log.error('start-failed', { port: args.port }, error);
  fail(code === 'EADDRINUSE' ? `Porten ${args.port} används redan av ett annat program.` : `Lotsplan kunde inte starta: ${(error as Error).message}`);
}
// The address carries a one-time secret: only the browser that opens it first gets in.
process.stdout.write(`Lotsplan körs på ${host.loginUrl} (databas: ${dbPath}). Avsluta med Ctrl+C.\n`);
process.stdout.write('Öppna adressen ovan i din webbläsare. Den fungerar en gång; ingen annan kan öppna Lotsplan med den efter dig.\n');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  log.info('stop', {});
  process.stdout.write('Lotsplan har avslutats och databasen är stängd.\n');
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
