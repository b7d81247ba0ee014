import { defineConfig } from 'vitest/config';

// Five projects: "pure" (core and renderer logic: no files, no processes), "fast" (store and API on
// temp files), "deep" (the long property, simulation and power-loss tests of core, store and API),
// "slow" (everything that starts processes, browsers or office programs: CLI, bad input, hosts,
// Electron shell, exports) and "slow-store" (the crash and fault tests, which kill child processes).
// `npm run test:fast` runs pure and fast; `npm test` runs all five, deep in a Vitest process of its
// own without coverage (scripts/test.ts). When that was decided (December 2026) every line deep
// reached, the other four reached too (two lines of the priority chain only once
// tests/core/forecast/priorityRebase.test.ts was written for them), so the figures were the same;
// `npm run test:coverage` measures all five, to compare.
//
// Every project shares one module cache between the files of a worker (isolate: false): importing
// the store and the API again for every file cost about a third of the time of pure and fast, and
// the slow project took 74 CPU-seconds isolated against 38 shared (deep 22 against 18, slow-store
// 21 against 16). Helper modules therefore register no hooks of their own and keep what they make
// once per worker (the CLI's demo database) in memory; they defer their clean-ups to the end of the
// test or of the file through tests/support/cleanups.ts, run by tests/setup/cleanups.ts.
const SLOW_STORE = ['tests/store/crash.test.ts', 'tests/store/faultInjection.test.ts', 'tests/store/opsCrash.test.ts'];
// The longest files of core, store and API, each several seconds and more under coverage: exact
// chains against the dense matrix exponential, long-run limits, Monte Carlo, fuzzing every
// contract, hundreds of random backup histories, crash images.
const DEEP = [
  'tests/core/forecast/priorityChain.test.ts',
  'tests/core/forecast/priorityLongRun.test.ts',
  'tests/core/forecast/abandonment.test.ts',
  'tests/core/forecast/capacityCut.test.ts',
  'tests/core/forecast/empirical.test.ts',
  'tests/store/backupChain.property.test.ts',
  'tests/store/memoVersions.property.test.ts',
  'tests/store/powerLoss.test.ts',
  'tests/store/restoreDrill.test.ts',
  'tests/api/dispatch.fuzz.test.ts',
  'tests/core/forecast/poissonIntervalGrid.test.ts',
  'tests/core/forecast/excessLimitEngine.test.ts',
];
// Workers: pure, fast, deep and slow run on every core (maxWorkers 100%, two on a two-core machine):
// the first three only compute and use temp files, and slow's office, browser and CLI tests wait on
// their processes for much of their time, which the other worker fills; its longest test takes about
// a third of its 30 s timeout under coverage on a busy machine. slow-store, whose crash tests count
// what a child process commits before it is killed, keeps Vitest's default of one worker fewer than
// there are cores and runs alone before the others (Vitest runs projects with different worker counts
// in separate groups, sequence.groupOrder): first, because in `npm test` the type check, the lint and
// the build fill the other core then, where at the end it left one idle for about 15 s.
// LOTSPLAN_VITEST_WORKERS chooses for every project.
const workers = process.env.LOTSPLAN_VITEST_WORKERS ? Number(process.env.LOTSPLAN_VITEST_WORKERS) : undefined;
const everyCore = workers ?? '100%';
const shared = { testTimeout: 30_000, pool: 'forks' as const, isolate: false, setupFiles: ['tests/setup/networkGuard.ts', 'tests/setup/cleanups.ts'] };

export default defineConfig({
  test: {
    ...(workers === undefined ? {} : { maxWorkers: workers }),
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/renderer/**/*.tsx', 'src/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // The figures are shown even when a test failed, so a red run still says where coverage stands.
      reportOnFailure: true,
      // CI runs `npm test`, which runs the unit tests with coverage: a layer below its line
      // threshold fails the run.
      thresholds: {
        'src/core/**': { lines: 95 },
        'src/store/**': { lines: 85 },
        'src/api/**': { lines: 85 },
      },
    },
    projects: [
      {
        test: {
          ...shared,
          name: 'pure',
          maxWorkers: everyCore,
          sequence: { groupOrder: 1 },
          include: ['tests/core/**/*.test.ts', 'tests/renderer-logic/**/*.test.ts'],
          exclude: DEEP,
        },
      },
      {
        test: {
          ...shared,
          name: 'fast',
          maxWorkers: everyCore,
          sequence: { groupOrder: 1 },
          include: ['tests/store/**/*.test.ts', 'tests/api/**/*.test.ts'],
          exclude: [...SLOW_STORE, ...DEEP],
        },
      },
      {
        test: {
          ...shared,
          name: 'deep',
          maxWorkers: everyCore,
          sequence: { groupOrder: 1 },
          include: DEEP,
          // Long by design, and two to three times longer under coverage: 30 s is too little on a busy machine.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          ...shared,
          name: 'slow',
          maxWorkers: everyCore,
          sequence: { groupOrder: 1 },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/core/**', 'tests/renderer-logic/**', 'tests/store/**', 'tests/api/**'],
        },
      },
      {
        test: {
          ...shared,
          name: 'slow-store',
          ...(workers === undefined ? {} : { maxWorkers: workers }),
          sequence: { groupOrder: 0 },
          include: SLOW_STORE,
        },
      },
    ],
  },
});
