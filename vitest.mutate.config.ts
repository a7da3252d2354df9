import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant (npm run mutate): the module tests, without the long fuzz run,
// the doc checks and the CLI tests, which test no rule of their own, and the scans of the source text (no-literals,
// purity, bundle sizes), which read Stryker's instrumented code rather than the rules.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/errors.fuzz.test.ts', 'test/examples.test.ts', 'test/docs.test.ts', 'test/**/cli.test.ts', 'test/cli/**', 'test/catalog/generated.test.ts', 'test/catalog/self-contained.test.ts', 'test/catalog/no-literals.test.ts', 'test/package/**', 'test/api/**', 'test/consumers/**'],
    testTimeout: 60_000,
  },
});
