import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { libraryEntryMap } from './scripts/entries.js';

const library = libraryEntryMap();
const common = {
  target: 'node20',
  clean: false,
  // No source maps: the package ships its JavaScript readable (not minified) and no copy of the sources.
  sourcemap: false,
  treeshake: false,
  // Shared modules become chunks, so each class (ContractRulesError, …) and each data module exists once
  // per format, whichever entry points a program imports.
  splitting: true,
  shims: false,
  // Japanese text (passages, names, the area lists) as UTF-8, not \uXXXX escapes: the data chunks are a quarter smaller.
  esbuildOptions(options: { charset?: string }) {
    options.charset = 'utf8';
  },
} as const;

export default defineConfig([
  {
    // ESM: the library's entry points and the CLI in one build, so the CLI imports the library's modules
    // (shared chunks) instead of bundling a copy.
    ...common,
    entry: { ...library, cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: { entry: library },
  },
  {
    ...common,
    entry: library,
    format: ['cjs'],
    dts: { entry: library },
  },
  {
    // support-contract-rules/postal: Japan Post's postal codes. The data stays one JSON file beside both builds
    // (dist/postal-data.json), imported by each, so the package carries it once.
    entry: { postal: 'src/postal/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    // esnext keeps the import attribute (with { type: 'json' }) that Node's ESM loader needs (Node >= 20.10).
    target: 'esnext',
    external: ['./postal-data.json'],
    onSuccess: async () => {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/postal/postal-data.json', 'dist/postal-data.json');
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
]);
