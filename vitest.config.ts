import { defineConfig } from 'vitest/config';

// Five projects: "pure" (core and renderer logic: no files, no processes), "fast" (store and API on
// temp files), "deep" (the long property, simulation and power-loss tests of core, store and API),
// "slow" (everything that starts processes, browsers or office programs: CLI, bad input, hosts,
// Electron shell, exports) and "slow-store" (the crash and fault tests, which kill child processes).
// `npm run test:fast` runs pure and fast; `npm test` runs all five.
//
// pure and fast share one module cache between the files of a worker (isolate: false): importing
// the store and the API again for every file cost about a third of their time. Helper modules
// therefore register no hooks of their own; they defer their clean-ups to tests/setup/cleanups.ts.
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
];
// Workers: the projects that only compute and use temp files (pure, fast, deep) run on every core
// (maxWorkers 100%, two on a two-core machine: their files took about 190 s of one worker's time under
// coverage, half the run). The projects that start processes, browsers and office programs (slow,
// slow-store) keep Vitest's default of one worker fewer than there are cores, which keeps their
// timeouts safe on a busy machine. Vitest runs projects with different worker counts in separate
// groups (sequence.groupOrder): the computing ones first, then the process-heavy ones.
// LOTSPLAN_VITEST_WORKERS chooses for every project of a run.
const workers = process.env.LOTSPLAN_VITEST_WORKERS ? Number(process.env.LOTSPLAN_VITEST_WORKERS) : undefined;
const computeWorkers = workers ?? '100%';
const processWorkers = workers;
const shared = { testTimeout: 30_000, pool: 'forks' as const, setupFiles: ['tests/setup/networkGuard.ts', 'tests/setup/cleanups.ts'] };

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
          maxWorkers: computeWorkers,
          sequence: { groupOrder: 0 },
          include: ['tests/core/**/*.test.ts', 'tests/renderer-logic/**/*.test.ts'],
          exclude: DEEP,
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'fast',
          maxWorkers: computeWorkers,
          sequence: { groupOrder: 0 },
          include: ['tests/store/**/*.test.ts', 'tests/api/**/*.test.ts'],
          exclude: [...SLOW_STORE, ...DEEP],
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'deep',
          maxWorkers: computeWorkers,
          sequence: { groupOrder: 0 },
          include: DEEP,
          // Long by design, and two to three times longer under coverage: 30 s is too little on a busy machine.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          ...shared,
          name: 'slow',
          ...(processWorkers === undefined ? {} : { maxWorkers: processWorkers }),
          sequence: { groupOrder: 1 },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/core/**', 'tests/renderer-logic/**', 'tests/store/**', 'tests/api/**'],
        },
      },
      {
        test: {
          ...shared,
          name: 'slow-store',
          ...(processWorkers === undefined ? {} : { maxWorkers: processWorkers }),
          sequence: { groupOrder: 1 },
          include: SLOW_STORE,
        },
      },
    ],
  },
});
