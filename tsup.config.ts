import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { lazyCjsRoot, rootNameOwners } from './scripts/cjs-root.js';
import { freezeCjsExports, nullPrototypeDescriptorsIn, writeEsmNodeWrappers } from './scripts/esm-node.js';
import { libraryEntryMap, packageEntries } from './scripts/entries.js';

const library = libraryEntryMap();

/**
 * tsup 8 turns the CommonJS build's split chunks (esbuild writes them as ES modules) into CommonJS with sucrase's
 * `imports` transform, which also rewrites `?.` and `??` into helper calls (`_optionalChain([…])`,
 * `_nullishCoalesce(…)`) that Node 20 does not need and that are slower than the syntax. On whitespace-minified code it
 * also glued the helper to a keyword: `return(e&&…)?.find(…)??n` became `return_nullishCoalesce(…)`, a ReferenceError
 * in `checkSupportScope`, `itManagementFeatures` and `checkDeviceLicences` under Node (whose `import` and `require`
 * both load the CommonJS build). tsup offers no option for it, so its sucrase is told here to convert the module syntax
 * only (`disableESTransforms`: the target, node20.10, has every ES feature the code uses);
 * `npm run test:consumers` checks that no helper is left in dist/ and runs the guides' examples against the tarball.
 */
const sucrase = createRequire(join(process.cwd(), 'package.json'))('sucrase') as { transform: (code: string, options: object) => unknown };
const sucraseTransform = sucrase.transform;
sucrase.transform = (code, options) => sucraseTransform(code, { ...options, disableESTransforms: true });

/**
 * The documents, the holiday law and the tax table are imported by their data modules as JSON files of fixtures/
 * (src/<capability>/<name>.data.ts): both builds load them from dist/fixtures/, the copy `./fixtures/*.json` exports,
 * so the package carries each fixture once.
 */
const fixturesExternal: Plugin = {
  name: 'fixtures-external',
  setup(build) {
    build.onResolve({ filter: /\/fixtures\/[^/]+\.json$/ }, (args) => ({ path: `./fixtures/${basename(args.path)}`, external: true }));
  },
};
const common = {
  // node20.10: the first Node 20 whose ES module loader takes import attributes (`with { type: 'json' }`), which the
  // data modules use for their JSON text files; esbuild keeps the attribute for this target.
  target: 'node20.10',
  // The bundled data's JSON text files (src/<capability>/<name>.data.json, written by `npm run generate`) stay files:
  // both builds load the same dist/<name>.data.json, so the package carries each text once.
  external: [/\.data\.json$/] as RegExp[],
  esbuildPlugins: [fixturesExternal] as Plugin[],
  clean: false,
  // No source maps: the package ships no copy of the sources. Its JavaScript is minified for whitespace and syntax
  // only: identifiers (function, class and variable names) stay readable in stack traces and when debugging.
  sourcemap: false,
  treeshake: false,
  // Shared modules become chunks, so each class (ContractRulesError, …) and each data module exists once
  // per format, whichever entry points a program imports.
  splitting: true,
  shims: false,
  // Japanese text (passages, names, the area lists) as UTF-8, not \uXXXX escapes: the data chunks are a quarter smaller.
  esbuildOptions(options: { charset?: string; minifyWhitespace?: boolean; minifySyntax?: boolean; minifyIdentifiers?: boolean }) {
    options.charset = 'utf8';
    options.minifyWhitespace = true;
    options.minifySyntax = true;
    options.minifyIdentifiers = false;
  },
} as const;

/**
 * The package carries one set of declarations: the CommonJS build's (`.d.cts`, with their shared chunks). Each
 * entry point's ESM declaration file (`dist/<name>.d.ts`, what "exports" gives `import`) re-exports its `.d.cts`:
 * the same types (an ES module may import a CommonJS one), without a second copy of every declaration.
 */
function writeEsmDeclarationStubs(): void {
  mkdirSync('dist', { recursive: true });
  for (const e of packageEntries) {
    writeFileSync(`dist/${e.name}.d.ts`, `export * from './${e.name}.cjs';\n`);
  }
}

const postal: Options = {
  entry: { postal: 'src/postal/index.ts' },
  sourcemap: false,
  clean: false,
  // esnext keeps the import attribute (with { type: 'json' }) that Node's ESM loader needs (Node >= 20.10).
  target: 'esnext',
  external: ['./postal-data.json'],
  esbuildOptions: common.esbuildOptions,
};

export default defineConfig([
  {
    // ESM: the library's entry points and the CLI in one build, so the CLI imports the library's modules
    // (shared chunks) instead of bundling a copy. Its declarations are the CommonJS build's (see above).
    ...common,
    entry: { ...library, cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    onSuccess: async () => writeEsmDeclarationStubs(),
  },
  {
    // CommonJS, plus dist/common.cjs (the names every capability shares) and dist/values.cjs (the root's other values
    // that are not functions), not entry points of the package, from which the lazy roots (scripts/cjs-root.ts,
    // scripts/esm-node.ts) take them.
    ...common,
    entry: { ...library, common: 'src/entries/common.ts', values: 'src/entries/values.ts' },
    format: ['cjs'],
    // The CommonJS build (what `require` loads; no bundler tree-shakes it) also shortens local identifiers, keeping
    // each function's and class's `name` (esbuild's keepNames), which is what V8's stack traces print. The ES module
    // build keeps its identifiers: keepNames would add module-level calls that stop a bundler dropping unused code.
    esbuildOptions(options: { charset?: string; minifyWhitespace?: boolean; minifySyntax?: boolean; minifyIdentifiers?: boolean; keepNames?: boolean }) {
      common.esbuildOptions(options);
      options.minifyIdentifiers = true;
      options.keepNames = true;
    },
    dts: { entry: library },
    onSuccess: async () => {
      const dist = join(process.cwd(), 'dist');
      // The lazy root, and Node's ES module entry points (scripts/esm-node.ts).
      const runs = rootNameOwners(dist);
      writeFileSync('dist/index.cjs', lazyCjsRoot(runs));
      writeEsmNodeWrappers(dist, runs);
      freezeCjsExports(dist);
      nullPrototypeDescriptorsIn(dist);
    },
  },
  {
    // support-contract-rules/postal: Japan Post's postal codes. The data stays one JSON file beside both builds
    // (dist/postal-data.json), imported by each, so the package carries it once. ESM here, CommonJS (with the
    // declarations) below.
    ...postal,
    format: ['esm'],
    dts: false,
    onSuccess: async () => {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/postal/postal-data.json', 'dist/postal-data.json');
      // The data modules' JSON text files, beside the chunks that import them (see `external` above).
      for (const cap of readdirSync('src')) {
        if (cap.includes('.')) continue;
        for (const f of readdirSync(join('src', cap)).filter((n) => n.endsWith('.data.json'))) copyFileSync(join('src', cap, f), join('dist', f));
      }
      // The fixtures and JSON schemas, as exported (./fixtures/*.json, ./schemas/*.json): the same JSON without
      // indentation (the repository keeps them readable; the package need not carry the whitespace).
      for (const dir of ['fixtures', 'schemas']) {
        mkdirSync(`dist/${dir}`, { recursive: true });
        for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
          writeFileSync(`dist/${dir}/${f}`, JSON.stringify(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))) + '\n');
        }
      }
    },
  },
  {
    ...postal,
    format: ['cjs'],
    dts: true,
    onSuccess: async () => {
      const dist = join(process.cwd(), 'dist');
      freezeCjsExports(dist, ['postal.cjs']);
      nullPrototypeDescriptorsIn(dist, ['postal.cjs']);
    },
  },
]);
