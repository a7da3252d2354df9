/**
 * The package's entry points: the root and one subpath per capability, plus `/schemas` (the zod schemas
 * and the loaders of user data). tsup.config.ts builds these; package.json "exports" lists them (a test
 * holds the two equal); the start-up bench and the bundle-size and import tests walk them.
 */
export interface PackageEntry {
  /** Subpath as package.json "exports" names it: `.` or `./tax`. */
  readonly subpath: string;
  /** Output name under dist/ (`index` → dist/index.js, dist/index.cjs, dist/index.d.ts, dist/index.d.cts). */
  readonly name: string;
  /** Source module, from the repository root. */
  readonly source: string;
  /** Whether importing it may load zod (only `/schemas`). */
  readonly loadsZod: boolean;
  /** Built by its own tsup block (not in the shared-chunk build) and left out of the bundle-size goals. */
  readonly separateBuild?: boolean;
}

export const packageEntries: readonly PackageEntry[] = [
  { subpath: '.', name: 'index', source: 'src/index.ts', loadsZod: false },
  { subpath: './tax', name: 'tax', source: 'src/entries/tax.ts', loadsZod: false },
  { subpath: './billing', name: 'billing', source: 'src/entries/billing.ts', loadsZod: false },
  { subpath: './calendar', name: 'calendar', source: 'src/entries/calendar.ts', loadsZod: false },
  { subpath: './quota', name: 'quota', source: 'src/entries/quota.ts', loadsZod: false },
  { subpath: './loaner', name: 'loaner', source: 'src/entries/loaner.ts', loadsZod: false },
  { subpath: './areas', name: 'areas', source: 'src/entries/areas.ts', loadsZod: false },
  { subpath: './incidents', name: 'incidents', source: 'src/entries/incidents.ts', loadsZod: false },
  { subpath: './scope', name: 'scope', source: 'src/entries/scope.ts', loadsZod: false },
  { subpath: './catalog', name: 'catalog', source: 'src/entries/catalog.ts', loadsZod: false },
  { subpath: './schemas', name: 'schemas', source: 'src/schemas/index.ts', loadsZod: true },
  { subpath: './postal', name: 'postal', source: 'src/postal/index.ts', loadsZod: false, separateBuild: true },
];

/** tsup's entry map of the library: output name → source. */
export function libraryEntryMap(): Record<string, string> {
  return Object.fromEntries(packageEntries.filter((e) => !e.separateBuild).map((e) => [e.name, e.source]));
}

/** The package.json "exports" the entries call for (plus fixtures, schemas and package.json). */
export function expectedExports(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of packageEntries) {
    out[e.subpath] = {
      // `node-addons`: set by Node itself (unless --no-addons), by no bundler: Node's ES module loader takes a small
      // module over the CommonJS build (scripts/esm-node.ts), bundlers the ES module build.
      import: e.separateBuild
        ? { types: `./dist/${e.name}.d.ts`, default: `./dist/${e.name}.js` }
        : { types: `./dist/${e.name}.d.ts`, 'node-addons': `./dist/${e.name}.node.js`, default: `./dist/${e.name}.js` },
      require: { types: `./dist/${e.name}.d.cts`, default: `./dist/${e.name}.cjs` },
    };
  }
  out['./fixtures/*.json'] = './dist/fixtures/*.json';
  out['./schemas/*.json'] = './dist/schemas/*.json';
  out['./package.json'] = './package.json';
  return out;
}

/** package.json "typesVersions": the subpaths' declarations for TypeScript's `node10` resolution, which ignores "exports". */
export function expectedTypesVersions(): Record<string, Record<string, string[]>> {
  return { '*': Object.fromEntries(packageEntries.filter((e) => e.subpath !== '.').map((e) => [e.subpath.slice(2), [`./dist/${e.name}.d.cts`]])) };
}
