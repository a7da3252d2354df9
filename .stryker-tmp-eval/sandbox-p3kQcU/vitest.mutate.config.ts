// @ts-nocheck
import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant (npm run mutate): the module tests, without the long fuzz run,
// the doc checks and the CLI tests, which test no rule of their own, and the scans of the source text (no-literals,
// purity, bundle sizes), which read Stryker's instrumented code rather than the rules.
// MUTATE_TESTS (comma-separated globs) narrows the tests to those of the directory mutated, e.g.
//   MUTATE_TESTS='test/quota/**/*.test.ts,test/boundary/**/*.test.ts' npm run mutate -- --mutate 'src/quota/**/*.ts'
// (the initial run of every test, with coverage per test, takes minutes on a shared machine).
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only && only.length > 0 ? only : ['test/**/*.test.ts'],
    exclude: ['test/errors.fuzz.test.ts', 'test/examples.test.ts', 'test/docs.test.ts', 'test/**/cli.test.ts', 'test/cli/**', 'test/catalog/generated.test.ts', 'test/catalog/self-contained.test.ts', 'test/catalog/no-literals.test.ts', 'test/package/**', 'test/api/**', 'test/consumers/**'],
    testTimeout: 60_000,
  },
});
