import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant (npm run mutate): the module tests, without the long fuzz run,
// the doc checks and the CLI tests, which test no rule of their own, and the scans of the source text (no-literals,
// purity, bundle sizes), which read Stryker's instrumented code rather than the rules.
// MUTATE_TESTS (comma-separated globs) narrows the tests to those of the directory mutated, e.g.
//   MUTATE_TESTS='test/quota/**/*.test.ts,test/boundary/**/*.test.ts' npm run mutate -- --mutate 'src/quota/**/*.ts'
// (the initial run of every test, with coverage per test, takes minutes on a shared machine).
// A file left out below runs when MUTATE_TESTS names it exactly (e.g. test/catalog/generated.test.ts, which holds the
// published JSON Schemas, descriptions included, to the zod schemas they are generated from).
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);
const LEFT_OUT = ['test/errors.fuzz.test.ts', 'test/examples.test.ts', 'test/docs.test.ts', 'test/**/cli.test.ts', 'test/cli/**', 'test/catalog/generated.test.ts', 'test/catalog/self-contained.test.ts', 'test/catalog/no-literals.test.ts', 'test/package/**', 'test/api/**', 'test/consumers/**'];

export default defineConfig({
  test: {
    include: only && only.length > 0 ? only : ['test/**/*.test.ts'],
    exclude: LEFT_OUT.filter((p) => !(only ?? []).includes(p)),
    testTimeout: 60_000,
  },
});
