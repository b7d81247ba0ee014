// `npm start`: build with electron-vite, then start the desktop app with the Electron binary.
// The binary is fetched by electron's own install script, which needs the network; when it is
// missing and cannot be fetched, say so plainly and point to the browser version.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

function build(): void {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nBygget misslyckades (electron-vite build). Lotsplan startas inte.');
    process.exit(result.status ?? 1);
  }
}

/** Runs electron's install script once; returns its first error line when it fails. */
function tryInstallElectron(): string | null {
  console.log('\nElectron-programmet saknas. Försöker hämta det en gång …');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 5 * 60_000,
  });
  if (result.status === 0) return null;
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const firstError = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error/i.test(line));
  return firstError ?? result.error?.message ?? `avslutades med kod ${String(result.status)}`;
}

function explainMissingElectron(reason: string | null): never {
  console.error(
    [
      '',
      ...(reason ? [`Hämtningen misslyckades (${reason.slice(0, 200)}).`, ''] : []),
      'Lotsplan kan inte starta som skrivbordsprogram på den här datorn.',
      'Electron-programmet (som skrivbordsversionen körs i) saknas, och det går inte att ladda ned här.',
      '',
      'Starta i stället samma app i webbläsaren med:',
      '',
      '    npm run start:browser',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

build();
let binary = electronBinary();
let installError: string | null = null;
if (!binary) {
  installError = tryInstallElectron();
  binary = electronBinary();
}
if (!binary) explainMissingElectron(installError);

// The package's "main" is out/main/index.js; extra arguments (such as --db <fil>) are passed on.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
