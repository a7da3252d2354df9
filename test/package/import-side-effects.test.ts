/**
 * Importing the package does no validation work: no entry point loads zod except `/schemas`, and importing
 * any entry point (`/schemas` included) runs no zod parse. Each entry is bundled from its source with
 * esbuild (zod bundled in, its parse functions counted) and evaluated in a fresh module scope.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { packageEntries } from '../../scripts/entries.js';

const root = join(__dirname, '..', '..');
const COUNTER = '__supportContractRulesZodParses';

/** Counts every top-level zod parse (parse, safeParse, their async, encode and decode forms all call `schema._zod.run` here). */
const countZodParses: Plugin = {
  name: 'count-zod-parses',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/]parse\.(c?js)$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      const counted = text.replaceAll('schema._zod.run(', `(globalThis.${COUNTER} = (globalThis.${COUNTER} ?? 0) + 1, schema._zod.run)(`);
      return { contents: counted, loader: 'js' };
    });
  },
};

async function bundle(source: string) {
  const r = await build({
    entryPoints: [join(root, source)],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    metafile: true,
    logLevel: 'error',
    plugins: [countZodParses],
  });
  return { code: r.outputFiles[0]!.text, inputs: Object.keys(r.metafile.inputs) };
}

/** Evaluates a CommonJS bundle; returns its exports, the zod parses and the JSON.parse calls its evaluation ran. */
function evaluate(code: string): { exports: Record<string, unknown>; parses: number; jsonParses: number } {
  const g = globalThis as Record<string, unknown>;
  g[COUNTER] = 0;
  const module = { exports: {} as Record<string, unknown> };
  const parse = JSON.parse;
  let jsonParses = 0;
  JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => (jsonParses++, parse(text, reviver))) as typeof JSON.parse;
  try {
    new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(join(root, 'package.json')));
  } finally {
    JSON.parse = parse;
  }
  const parses = g[COUNTER] as number;
  delete g[COUNTER];
  return { exports: module.exports, parses, jsonParses };
}

describe.each(packageEntries.map((e) => [e.subpath, e] as const))('importing %s', (_subpath, entry) => {
  it(entry.loadsZod ? 'runs no zod parse' : 'loads no zod and runs no zod parse', async () => {
    const { code, inputs } = await bundle(entry.source);
    const zodFiles = inputs.filter((f) => /node_modules[\\/]zod[\\/]/.test(f));
    if (!entry.loadsZod) expect(zodFiles, `${entry.source} reaches zod`).toEqual([]);
    const { exports, parses, jsonParses } = evaluate(code);
    expect(Object.keys(exports).length).toBeGreaterThan(0);
    expect(parses, `importing ${entry.subpath} ran ${parses} zod parse(s)`).toBe(0);
    // The bundled data is decoded on first use, not on import: the area data and municipalities are JSON texts
    // parsed when first asked for; the documents, the holiday law and the tax table are the fixtures themselves
    // (JSON modules: a bundler writes them as object literals, Node's loader parses each file once).
    if (!entry.separateBuild) expect(jsonParses, `importing ${entry.subpath} parsed ${jsonParses} JSON text(s)`).toBe(0);
    if (entry.loadsZod) {
      // The counter sees parses: loading a catalog parses once.
      const g = globalThis as Record<string, unknown>;
      g[COUNTER] = 0;
      const { loadCatalog } = exports as { loadCatalog: (json: unknown) => unknown };
      const { bundledFixtures } = evaluate((await bundle('src/catalog/index.ts')).code).exports as { bundledFixtures: unknown[] };
      g[COUNTER] = 0;
      loadCatalog({ documents: bundledFixtures });
      expect(g[COUNTER]).toBeGreaterThan(0);
      delete g[COUNTER];
    }
  });
});
