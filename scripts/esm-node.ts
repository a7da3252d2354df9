/**
 * What Node loads for `import 'support-contract-rules'` (and each subpath): a small ES module over the CommonJS build,
 * written by tsup.config.ts after that build. package.json "exports" names it under the `node-addons` condition,
 * which Node sets and no bundler does; bundlers, and runtimes without that condition, take the ES module build
 * (`default`), which they can tree-shake.
 *
 * - Why: an ES module's static imports load every module they reach when it is imported, so the ES module root
 *   loaded every capability, decimal.js and every bundled JSON file (about 77 ms); a CommonJS module can be loaded
 *   when first asked for.
 * - The root's wrapper (`dist/index.node.js`): the classes, constants and bundled tables from dist/common.cjs and
 *   dist/values.cjs; each function a stub of the same name and length that loads its capability's CommonJS module on
 *   its first call and calls the capability's function.
 * - A subpath's wrapper (`dist/tax.node.js`, …) exports its CommonJS module's values themselves.
 * - So, in Node, the ES module and CommonJS entry points share one copy of the library (one `ContractRulesError`);
 *   only the root's functions are stubs (`root.isOpen !== calendar.isOpen`; they answer alike).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDistRequire, type RootRuns } from './cjs-root.js';
import { packageEntries } from './entries.js';

/** The entry points given an ES module wrapper: all but `/postal` (its own build, one JSON file, cheap to import). */
export function wrappedEntries() {
  return packageEntries.filter((e) => !e.separateBuild);
}

/** The wrapper's file name for an entry (`index` → `index.node.js`). */
export const wrapperFile = (name: string) => `${name}.node.js`;

const IMPORT = 'import{createRequire as r}from"node:module";const q=r(import.meta.url);';

/**
 * Freezes the exports object of each CommonJS entry point (the root, each capability, `common` and `values`): a
 * caller's `require('support-contract-rules/calendar').isOpen = …` would otherwise change what every other caller of
 * that module, and every ES module importer of the root (whose functions call the CommonJS modules), gets.
 */
export function freezeCjsExports(dist: string, files = [...wrappedEntries().map((e) => `${e.name}.cjs`), 'common.cjs', 'values.cjs']): string[] {
  const END = 'Object.freeze(module.exports);\n';
  for (const f of files) {
    const path = join(dist, f);
    const text = readFileSync(path, 'utf8');
    if (text.endsWith(END)) continue;
    // Each exported value too (the functions: the chunks call one another as `chunk.fn.call(void 0, …)`, so a caller's
    // `convertPrice.call = …` reached every caller); not the lazy root's, whose getters would load every capability
    // (its values are the capability modules', frozen when they load).
    // Functions only: zod (the /schemas entry) defines a schema's methods on first use, so a frozen schema throws.
    const values = f === 'index.cjs' ? '' : 'Object.values(module.exports).forEach((v)=>typeof v=="function"&&Object.freeze(v));';
    writeFileSync(path, `${text.trimEnd()}\n${values}${END}`);
  }
  return files;
}

/**
 * The property descriptors esbuild writes into the CommonJS build (each module's `__esModule` flag, keepNames's
 * helper that names functions, run as functions are made, and the export helpers of an unsplit build) given no prototype: a `get` or `value` a caller's realm put
 * on Object.prototype would otherwise be read as part of them, and loading a capability or calling it would throw.
 */
export function nullPrototypeDescriptors(text: string, chunk = false): string {
  // A chunk (required only by the package's own modules, which never read the flag) sets it by assignment: shorter.
  const flag = chunk ? 'exports.__esModule = true' : 'Object.defineProperty(exports, "__esModule", {__proto__: null, value: true})';
  return text
    .replaceAll('Object.defineProperty(exports, "__esModule", {value: true})', flag)
    .replace(/\b([\w$]+)\(([\w$]+),"name",\{value:([\w$]+),configurable:!0\}\)/g, '$1($2,"name",{__proto__:null,value:$3,configurable:!0})')
    .replace(/\b__defProp\(([^,()]+),([^,()]+),\{/g, '__defProp($1,$2,{__proto__:null,') // esbuild's module helpers (postal.cjs)
    .replaceAll('for(var name in all)', 'for(var name of Object.keys(all))') // its __export: own names only
    // The interop of a JSON or CommonJS import: an __esModule on Object.prototype is not the module's.
    .replaceAll('return obj && obj.__esModule ? obj : { default: obj }', 'return obj && Object.hasOwn(obj, "__esModule") && obj.__esModule ? obj : { __proto__: null, default: obj }');
}

/**
 * The CommonJS build calls each imported function as `_chunkXcjs.f.call(void 0, …)` (sucrase's way of calling it
 * with no `this`): written `(0,_chunkXcjs.f)(…)`, the same call, 10 bytes shorter each (about 17 KB over the
 * package's 1,700 calls, which kept it under 3 MB), and one that a caller's change to `Function.prototype.call`
 * cannot reach. The binding is still read at each call (no alias is taken when a module loads).
 * @example shortImportCalls('_a.f.call(void 0, x)') //=> '(0,_a.f)(x)'
 */
export function shortImportCalls(text: string): string {
  return text.replace(/(?<![\w$.])([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\.call\(void 0(, |\))/g, (_m, o: string, f: string, end: string) => `(0,${o}.${f})(${end === ')' ? ')' : ''}`);
}

/**
 * The CommonJS build names each chunk it requires after the chunk (`var _chunkGRBFCWFIcjs = require('./chunk-GRBFCWFI.cjs')`)
 * and writes that name at every use: each is renamed `$c0`, `$c1` … within its file (a name the file holds nowhere
 * else), about 36 KB over the package's 2,600 uses.
 * @example shortChunkNames("var _chunkABcjs = require('./chunk-AB.cjs');_chunkABcjs.a(1)") //=> "var $c0 = require('./chunk-AB.cjs');$c0.a(1)"
 */
export function shortChunkNames(text: string): string {
  const names = [...new Set([...text.matchAll(/\bvar (_chunk[A-Z0-9]+cjs) = require\(/g)].map((m) => m[1]!))];
  let next = 0;
  const taken = (n: string) => new RegExp(`(?<![\\w$])${n.replace(/\$/g, '\\$')}(?![\\w$])`).test(text);
  for (const name of names) {
    let short: string;
    do short = `$c${next++}`;
    while (taken(short));
    text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), short);
  }
  return text;
}

/**
 * Rewrites CommonJS modules of dist/ with {@link nullPrototypeDescriptors}, {@link shortImportCalls} and
 * {@link shortChunkNames}: by default
 * every one but postal.cjs (its own build's, which passes `['postal.cjs']`); returns the files changed.
 */
export function nullPrototypeDescriptorsIn(dist: string, files = readdirSync(dist).filter((n) => n.endsWith('.cjs') && n !== 'postal.cjs')): string[] {
  const changed: string[] = [];
  for (const f of files) {
    const path = join(dist, f);
    const text = readFileSync(path, 'utf8');
    const after = shortChunkNames(shortImportCalls(nullPrototypeDescriptors(text, f.startsWith('chunk-'))));
    if (after !== text) {
      writeFileSync(path, after);
      changed.push(f);
    }
  }
  return changed;
}

/** Whether a value is a class (called with `new`, so exported as it is, never behind a stub). */
function isClass(v: unknown): boolean {
  return typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
}

/** Writes `dist/<name>.node.js` for every wrapped entry point (the root's names and owners: `runs`); returns the files written. */
export function writeEsmNodeWrappers(dist: string, runs: RootRuns): string[] {
  return withDistRequire(dist, (require) =>
    wrappedEntries().map((e) => {
      const file = wrapperFile(e.name);
      let text: string;
      if (e.subpath === '.') {
        text = rootWrapper(require, dist, runs);
      } else {
        const m = require(join(dist, `${e.name}.cjs`)) as Record<string, unknown>;
        const names = Object.keys(m).filter((n) => n !== '__esModule');
        text = `${IMPORT}export const{${names.join(',')}}=q("./${e.name}.cjs");\n`;
      }
      writeFileSync(join(dist, file), text);
      return file;
    }),
  );
}

function rootWrapper(require: NodeJS.Require, dist: string, runs: RootRuns): string {
  const eager = new Map<string, string[]>();
  const stubs: Array<{ name: string; owner: string; length: number }> = [];
  for (const [owner, names] of runs) {
    const m = require(join(dist, `${owner}.cjs`)) as Record<string, unknown>;
    for (const name of names) {
      const v = m[name];
      if (owner === 'common' || owner === 'values' || typeof v !== 'function' || isClass(v)) {
        if (owner !== 'common' && owner !== 'values') throw new Error(`esm-node: the root's ${name} (${owner}) is not a function: give it from src/entries/values.ts`);
        eager.set(owner, [...(eager.get(owner) ?? []), name]);
      } else {
        stubs.push({ name, owner, length: (v as (...a: unknown[]) => unknown).length });
      }
    }
  }
  const owners = [...new Set(stubs.map((s) => s.owner))];
  let out = `// Node's ES module entry (scripts/esm-node.ts)\n${IMPORT}`;
  for (const [owner, names] of eager) out += `export const{${names.join(',')}}=q("./${owner}.cjs");`;
  // One function per name (each call site stays monomorphic), calling through Reflect.apply as it was when this module
  // loaded (never a property a caller can set on a function). The capability module i is required by c<i>() on the
  // first call of one of its functions and kept in the variable m<i> (not in an array, whose holes a caller's
  // Array.prototype[i] would fill).
  out += `\nconst A=Reflect.apply;let ${owners.map((_o, i) => `m${i}`).join(',')};\n`;
  owners.forEach((o, i) => (out += `const c${i}=()=>m${i}??=q("./${o}.cjs");\n`));
  for (const s of stubs) {
    const params = Array.from({ length: s.length }, (_, k) => String.fromCharCode(97 + k)).join(',');
    out += `export function ${s.name}(${params}){return A(c${owners.indexOf(s.owner)}().${s.name},void 0,arguments)}\n`;
  }
  return out;
}
