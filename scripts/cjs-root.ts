/**
 * The CommonJS root, `dist/index.cjs`, that loads nothing until it is asked for: tsup.config.ts writes it after the
 * CommonJS build, in place of the bundle's eager one. Each name the root exports is an enumerable getter that
 * requires the capability module owning it (`./tax.cjs`, …; the names every capability shares from `./common.cjs`)
 * on first read, so `require('support-contract-rules')` costs a few files, and `convertPrice` loads only the tax
 * capability. The values are the capability modules' own (`require('support-contract-rules').convertPrice ===
 * require('support-contract-rules/tax').convertPrice`).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageEntries } from './entries.js';

/** Where a root name comes from, in order of preference: the shared names, the values (src/entries/values.ts), then the capabilities. */
export function rootOwners(): string[] {
  return ['common', 'values', ...packageEntries.filter((e) => e.subpath !== '.' && !e.separateBuild && !e.loadsZod).map((e) => e.name)];
}

/** Runs of root names with the same owner module, in the order of the root's names. */
export type RootRuns = Array<[owner: string, names: string[]]>;

/**
 * The eager root tsup built in `dist` (dist/index.cjs, before {@link lazyCjsRoot} replaces it) read as runs of names
 * with the same owner module, in the order of its names.
 */
export function rootNameOwners(dist: string): RootRuns {
  return withDistRequire(dist, (require) => {
    const root = require(join(dist, 'index.cjs')) as Record<string, unknown>;
    const modules = rootOwners().map((o) => [o, require(join(dist, `${o}.cjs`)) as Record<string, unknown>] as const);
    const runs: RootRuns = [];
    for (const name of Object.keys(root)) {
      if (name === '__esModule') continue;
      const owner = modules.find(([, m]) => Object.prototype.hasOwnProperty.call(m, name) && m[name] === root[name]);
      if (!owner) throw new Error(`cjs-root: no capability module exports ${name} as the root does`);
      const last = runs[runs.length - 1];
      if (last && last[0] === owner[0]) last[1].push(name);
      else runs.push([owner[0], [name]]);
    }
    return runs;
  });
}

/** Runs `use` with a `require` of dist/, then forgets every module it loaded (the build goes on writing them). */
export function withDistRequire<T>(dist: string, use: (require: NodeJS.Require) => T): T {
  const require = createRequire(join(dist, 'index.cjs'));
  const before = new Set(Object.keys(require.cache));
  try {
    return use(require);
  } finally {
    for (const k of Object.keys(require.cache)) if (!before.has(k)) delete require.cache[k];
  }
}

/** The text of the lazy `dist/index.cjs`, from the eager root's names and owners ({@link rootNameOwners}). */
export function lazyCjsRoot(runs: RootRuns): string {
  // Each name a getter, defined in a loop. No list of the names for cjs-module-lexer: Node's ES module loader takes
  // dist/index.node.js (scripts/esm-node.ts), never this file.
  let out = `"use strict";
// support-contract-rules, CommonJS: a capability's module is required when one of its names is first read (scripts/cjs-root.ts).
Object.defineProperty(exports, "__esModule", { __proto__: null, value: true });
const lazy = (load, names) => {
  for (const name of names) Object.defineProperty(exports, name, { __proto__: null, enumerable: true, configurable: true, get: () => load()[name] });
};
`;
  for (const owner of new Set(runs.map(([o]) => o))) out += `const ${owner}Module = () => require("./${owner}.cjs");\n`;
  for (const [owner, list] of runs) out += `lazy(${owner}Module, ${JSON.stringify(list)});\n`;
  return out;
}
