/**
 * The CommonJS root, `dist/index.cjs`, that loads nothing until it is asked for: tsup.config.ts writes it after the
 * CommonJS build, in place of the bundle's eager one. Each name the root exports is an enumerable getter that
 * requires the capability module owning it (`./tax.cjs`, …; the names every capability shares from `./common.cjs`)
 * on first read, so `require('support-contract-rules')` costs a few files, and `convertPrice` loads only the tax
 * capability. The values are the capability modules' own (`require('support-contract-rules').convertPrice ===
 * require('support-contract-rules/tax').convertPrice`). The names are also listed in the form Node's
 * cjs-module-lexer reads, for an ES module that imports this file.
 */
// @ts-nocheck

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageEntries } from './entries.js';

/** Where a root name comes from, in order of preference: the shared names first, then the capabilities. */
export function rootOwners(): string[] {
  return ['common', ...packageEntries.filter((e) => e.subpath !== '.' && !e.separateBuild && !e.loadsZod).map((e) => e.name)];
}

/** The text of the lazy `dist/index.cjs`, from the eager one tsup built in `dist` (read, not kept). */
export function lazyCjsRoot(dist: string): string {
  const require = createRequire(join(dist, 'index.cjs'));
  const paths = [join(dist, 'index.cjs'), ...rootOwners().map((o) => join(dist, `${o}.cjs`))];
  try {
    const root = require(join(dist, 'index.cjs')) as Record<string, unknown>;
    const modules = rootOwners().map((o) => [o, require(join(dist, `${o}.cjs`)) as Record<string, unknown>] as const);
    // Runs of names with the same owner, in the order of the eager root's names (kept as they were).
    const runs: Array<[string, string[]]> = [];
    for (const name of Object.keys(root)) {
      if (name === '__esModule') continue;
      const owner = modules.find(([, m]) => Object.prototype.hasOwnProperty.call(m, name) && m[name] === root[name]);
      if (!owner) throw new Error(`cjs-root: no capability module exports ${name} as the root does`);
      const last = runs[runs.length - 1];
      if (last && last[0] === owner[0]) last[1].push(name);
      else runs.push([owner[0], [name]]);
    }
    const names = runs.flatMap(([, list]) => list);
    let out = `"use strict";
// support-contract-rules, CommonJS: every capability's names, each capability's module required when one of its
// names is first read (written by scripts/cjs-root.ts at build time).
Object.defineProperty(exports, "__esModule", { value: true });
`;
    out += `// Each name a getter (defined in a loop: cjs-module-lexer leaves out getters it cannot follow, and takes the
// names from the list at the end instead).
const lazy = (load, names) => {
  for (const name of names) Object.defineProperty(exports, name, { enumerable: true, configurable: true, get: () => load()[name] });
};
`;
    for (const owner of new Set(runs.map(([o]) => o))) out += `const ${owner}Module = () => require("./${owner}.cjs");\n`;
    for (const [owner, list] of runs) out += `lazy(${owner}Module, ${JSON.stringify(list)});\n`;
    out += `\n// The names, as Node's cjs-module-lexer reads them (for an ES module importing this file); never run.\n0 && (module.exports = {\n${names.map((n) => `  ${n},`).join('\n')}\n});\n`;
    return out;
  } finally {
    for (const p of paths) delete require.cache[p];
    for (const k of Object.keys(require.cache)) if (k.startsWith(dist)) delete require.cache[k];
  }
}
