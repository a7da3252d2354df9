// Mutation testing (npm run mutate; too slow for CI). Run one directory at a time on a shared machine:
//   npm run mutate -- --mutate 'src/money/**/*.ts'   (MUTATE_TESTS narrows the tests: vitest.mutate.config.ts)
// The vitest runner runs only the tests related to each mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: ['src/**/*.ts', '!src/cli/main.ts', '!src/**/index.ts'],
  concurrency: 1,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: reports, builds, and the sandboxes of another run (a second directory run at once
  // with its own tempDirName, e.g. '.stryker-tmp-money').
  ignorePatterns: ['/reports', '/dist', '/.stryker-tmp*'],
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
  ignoreStatic: true,
  // vitest does not type-check, so the sandbox needs no `// @ts-nocheck` headers; without them
  // test/catalog/generated.test.ts (which compares src/catalog/bundled-ids.ts with its generator) passes there too.
  disableTypeChecks: false,
};
