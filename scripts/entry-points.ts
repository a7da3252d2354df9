/**
 * The package's public entry points, read from package.json "exports" and tsup.config.ts: every
 * exported subpath (but `./package.json`) with the built files it names and the source file tsup
 * builds them from (scripts/entries.ts). Used by the API report (scripts/api-report.ts) and the consumer checks
 * (scripts/consumers.ts), so that a new subpath export is covered without editing either.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageEntries } from './entries.js';

export interface EntryPoint {
  /** The subpath as written in "exports": `.`, `./tax`, … */
  readonly subpath: string;
  /** The specifier a consumer writes: `support-contract-rules`, `support-contract-rules/tax`, … */
  readonly specifier: string;
  /** The source file the declarations come from, relative to the root (`src/index.ts`). */
  readonly source: string;
  /** The report file for this entry point, relative to the root (`api/support-contract-rules.api.md`). */
  readonly report: string;
}

type Conditions = string | { readonly [condition: string]: Conditions } | null;

/** Every file a conditional export names. */
function targets(value: Conditions): string[] {
  if (value === null) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(targets);
}

/** tsup's entries (name → source): tsup.config.ts builds exactly scripts/entries.ts's `packageEntries`. */
function tsupEntries(_root: string): Map<string, string> {
  return new Map(packageEntries.map((e) => [e.name, e.source]));
}

/**
 * The entry points of the package, in the order of "exports".
 * @throws {Error} a subpath whose built file does not come from a tsup entry
 */
export function entryPoints(root: string): EntryPoint[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, Conditions> };
  const entries = tsupEntries(root);
  const out: EntryPoint[] = [];
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    const files = targets(value);
    if (files.every((f) => !/\.[cm]?js$/.test(f))) continue; // ./package.json and other data
    const js = files.find((f) => /\.[cm]?js$/.test(f))!;
    // (dist/<name>.node.js: Node's ES module wrapper of the same entry, scripts/esm-node.ts)
    const name = js.replace(/^\.\/dist\//, '').replace(/(\.node)?\.[cm]?js$/, '');
    const source = entries.get(name);
    if (source === undefined || !existsSync(join(root, source))) {
      throw new Error(`exports["${subpath}"] names ${js}, which no tsup entry in tsup.config.ts builds`);
    }
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, '')}`;
    out.push({ subpath, specifier, source: source.replace(/^\.\//, ''), report: `api/${specifier.replace(/\//g, '-')}.api.md` });
  }
  return out;
}
