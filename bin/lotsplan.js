#!/usr/bin/env node
// Entry point of the headless CLI. The CLI is written in TypeScript and run by Node 22's
// built-in type stripping; the project brings Node 22 as a devDependency, which `npx` and
// npm scripts put first on PATH. `npm run build` also bundles it into out/cli
// (scripts/build-cli.ts), which starts several times faster; that bundle is used only while every
// source it was built from is unchanged, so an edit is never hidden behind an old build. The
// bundle's compiled code is cached in the user's cache folder (bin/cliBundle.js).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Lotsplan kräver Node 22.18 eller senare, men den här Node är ${process.versions.node}.\n` +
      'Kör kommandot med npx (npx lotsplan …) i projektmappen efter npm install, så används projektets Node 22.\n',
  );
  process.exit(1);
}
process.removeAllListeners('warning');
const { currentBundle, enableCompileCache } = await import('./cliBundle.js');
const bundle = process.env.LOTSPLAN_CLI_FROM_SOURCE === '1' ? null : currentBundle(new URL('..', import.meta.url));
if (bundle) enableCompileCache();
const { main } = await import(bundle ?? '../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
