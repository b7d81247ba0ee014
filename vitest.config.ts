import { defineConfig } from 'vitest/config';

// Three projects: "pure" (core and renderer logic: no files, no processes, so one module cache
// is shared between files), "fast" (store and API on temp files) and "slow" (everything that starts
// processes, browsers or office programs: CLI, bad input, hosts, Electron shell, exports, crash
// and fault tests). `npm run test:fast` runs the first two.
const SLOW_STORE = ['tests/store/crash.test.ts', 'tests/store/faultInjection.test.ts'];
const shared = { testTimeout: 30_000, pool: 'forks' as const, setupFiles: ['tests/setup/networkGuard.ts'] };

export default defineConfig({
  test: {
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
          include: ['tests/core/**/*.test.ts', 'tests/renderer-logic/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'fast',
          include: ['tests/store/**/*.test.ts', 'tests/api/**/*.test.ts'],
          exclude: SLOW_STORE,
        },
      },
      {
        test: {
          ...shared,
          name: 'slow',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/core/**', 'tests/renderer-logic/**', 'tests/store/**', 'tests/api/**'],
        },
      },
      {
        test: {
          ...shared,
          name: 'slow-store',
          include: SLOW_STORE,
        },
      },
    ],
  },
});
