// Preloaded with --import by tests/cli/loading.test.ts: records the URL of every module the
// process loads and writes them, one a line, to the file LOTSPLAN_TEST_MODULES names on exit.
import fs from 'node:fs';
import module from 'node:module';

const loaded = [];
module.registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => fs.writeFileSync(process.env.LOTSPLAN_TEST_MODULES ?? '', `${loaded.join('\n')}\n`));
