#!/usr/bin/env node
// Entry point of the headless CLI. The CLI is written in TypeScript and run by Node 22's
// built-in type stripping; the project brings Node 22 as a devDependency, which `npx` and
// npm scripts put first on PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Lotsplan kräver Node 22.18 eller senare, men den här Node är ${process.versions.node}.\n` +
      'Kör kommandot med npx (npx lotsplan …) i projektmappen efter npm install, så används projektets Node 22.\n',
  );
  process.exit(1);
}
process.removeAllListeners('warning');
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
