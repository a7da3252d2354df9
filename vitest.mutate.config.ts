import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant (npm run mutate): the module tests, without the long fuzz run,
// the doc checks and the CLI tests, which test no rule of their own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/errors.fuzz.test.ts', 'test/examples.test.ts', 'test/docs.test.ts', 'test/**/cli.test.ts', 'test/cli/**', 'test/catalog/generated.test.ts', 'test/catalog/self-contained.test.ts'],
    testTimeout: 60_000,
  },
});
