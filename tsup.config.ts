import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
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
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
