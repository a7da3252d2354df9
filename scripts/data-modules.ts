/**
 * The generated data modules: each bundled fixture, validated by its capability's zod schema. The documents, the
 * holiday law and the tax table: a module importing the fixture files themselves (JSON modules), each written in
 * its schema's key order so that the file is the validated value. The area data and municipalities: a module
 * importing their compact encoding, stored as one JSON string (src/area/<name>.data.json). The library reads
 * bundled data only through these modules, so importing it runs no zod parse; the schemas check the data here,
 * when it is generated, and test/package/generated-data.test.ts proves the modules equal the zod-validated
 * fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AreasFixtureSchema, MunicipalitiesFixtureSchema } from '../src/area/schema.js';
import { encodeMunicipalities } from '../src/area/municipalities-codec.js';
import { encodeInterned } from '../src/data/intern.js';
import { HolidayLawFixtureSchema } from '../src/calendar/schema.js';
import { DocumentFixtureSchema } from '../src/schemas/document.js';
import { ConsumptionTaxFixtureSchema } from '../src/money/tax-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One generated module: which fixtures, validated by which schema, exported under which name. */
export interface DataModuleSpec {
  /** Path of the module, from the repository root. */
  readonly module: string;
  /** Fixture files (under fixtures/); several make an array. */
  readonly fixtures: readonly string[];
  readonly schema: z.ZodType;
  /** Name of the exported accessor. */
  readonly name: string;
  /** The type the accessor returns, and where it is imported from (relative to the module). */
  readonly type: string;
  readonly typeFrom: string;
  readonly doc: string;
  /** A compact encoding: the encoder (undefined when it cannot give the value back) and the decoder's name and module. */
  readonly codec?: { readonly encode: (value: never) => unknown; readonly decode: string; readonly from: string };
  /**
   * Also export the parsed compact JSON under this name, for a reader that decodes it into its own structures
   * without the frozen intermediate value (the area index builds its municipalities straight from it).
   */
  readonly textName?: string;
  /**
   * Keep each `"` of the compact JSON as it is (escaped in the JSON text file, two bytes each) instead of writing it as a
   * substitute character: the text is then parsed as it is read. Undoing the substitution costs about a microsecond per
   * quote on a cold start (tens of milliseconds for text of ten thousand quotes); worth its bytes for such text.
   */
  readonly plainQuotes?: boolean;
  /**
   * Also export the fixtures as imported, not yet frozen, under this name (a fixture-importing spec only): for a reader
   * that needs a small part of them and freezes just that part (the area rules of the documents), not the whole.
   */
  readonly unfrozenName?: string;
  /** The name of a constant holding how many fixtures the module has (for a list that must know its length before any is read). */
  readonly countName?: string;
}

export const DOCUMENT_FIXTURES = [
  '000-office-anshin-support.json',
  '001-it-support-security.json',
  '002-helpdesk-support.json',
  '003-ucom-remote-support.json',
  '004-iij-mpc-ultra-sendback.json',
] as const;

export const dataModules: readonly DataModuleSpec[] = [
  {
    module: 'src/catalog/documents.data.ts',
    fixtures: DOCUMENT_FIXTURES,
    schema: DocumentFixtureSchema,
    name: 'bundledDocumentData',
    type: 'readonly DocumentFixture[]',
    typeFrom: './schema.js',
    doc: 'The five bundled document fixtures, validated by DocumentFixtureSchema.',
    unfrozenName: 'bundledDocumentFixtures',
    countName: 'bundledDocumentCount',
  },
  {
    module: 'src/money/consumption-tax.data.ts',
    fixtures: ['consumption-tax.json'],
    schema: ConsumptionTaxFixtureSchema,
    name: 'consumptionTaxData',
    type: 'ConsumptionTaxFixture',
    typeFrom: './tax-schema.js',
    doc: 'fixtures/consumption-tax.json, validated by ConsumptionTaxFixtureSchema.',
  },
  {
    module: 'src/calendar/holidays.data.ts',
    fixtures: ['holidays.json'],
    schema: HolidayLawFixtureSchema,
    name: 'holidayLawData',
    type: 'HolidayLawFixture',
    typeFrom: './schema.js',
    doc: 'fixtures/holidays.json, validated by HolidayLawFixtureSchema.',
  },
  {
    module: 'src/area/municipalities.data.ts',
    fixtures: ['municipalities.json'],
    schema: MunicipalitiesFixtureSchema,
    name: 'municipalitiesData',
    type: 'MunicipalitiesFixture',
    typeFrom: './schema.js',
    doc: 'fixtures/municipalities.json, validated by MunicipalitiesFixtureSchema.',
    codec: { encode: encodeMunicipalities as (value: never) => unknown, decode: 'decodeMunicipalities', from: './municipalities-codec.js' },
    textName: 'municipalitiesJson',
  },
  {
    module: 'src/area/areas.data.ts',
    fixtures: ['areas.json'],
    schema: AreasFixtureSchema,
    name: 'areasData',
    type: 'AreasFixture',
    typeFrom: './schema.js',
    doc: 'fixtures/areas.json, validated by AreasFixtureSchema.',
    codec: { encode: encodeInterned as (value: never) => unknown, decode: 'decodeInterned', from: '../data/intern.js' },
    plainQuotes: true,
  },
];

/** The zod-validated value of a spec's fixtures (throws when a fixture is invalid). */
export function validatedData(spec: DataModuleSpec): unknown {
  const values = spec.fixtures.map((f) => {
    const raw: unknown = JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8'));
    const r = spec.schema.safeParse(raw);
    if (!r.success) throw new Error(`fixtures/${f} does not match its schema:\n${r.error.message}`);
    return r.data;
  });
  return spec.fixtures.length === 1 && spec.type !== 'readonly DocumentFixture[]' ? values[0] : values;
}

/**
 * Where a spec's stored JSON text lives: a JSON file beside its module (`src/area/areas.data.ts` →
 * `src/area/areas.data.json`) holding one JSON string, the text itself. The module imports it (a JSON module, with
 * `{ type: 'json' }`), so the built package carries the text once, in one file both the ES module and the CommonJS
 * builds load (dist/<name>.data.json), instead of once inside each build's JavaScript; loading it reads one string,
 * and the text is parsed on first use.
 */
export function dataTextPath(spec: DataModuleSpec): string {
  return spec.module.replace(/\.ts$/, '.json');
}

/**
 * A spec's stored text: its compact JSON with each `"` written as `quote`, a character the JSON does not otherwise
 * hold and that a JSON string holds without escaping (a `"` inside a JSON string costs two bytes).
 */
export function storedText(spec: DataModuleSpec): { readonly text: string; readonly quote: string | undefined } {
  const value = validatedData(spec);
  const json = JSON.stringify(spec.codec?.encode(value as never) ?? value);
  if (spec.plainQuotes === true) return { text: json, quote: undefined };
  const quote = ["'", '`', '~', '^', '|', '!'].find((q) => !json.includes(q));
  if (quote === undefined) throw new Error(`${spec.module}: no quote substitute is free in its text`);
  return { text: json.replaceAll('"', quote), quote };
}

/** The text of a spec's JSON text file: the stored text (see {@link storedText}) as one JSON string. */
export function dataTextFile(spec: DataModuleSpec): string {
  return JSON.stringify(storedText(spec).text) + '\n';
}

/** An import name for the i-th fixture of a spec. */
const fixtureName = (i: number): string => `fixture${i}`;

/**
 * The text of a spec's generated module. A spec without a codec imports its fixtures themselves (JSON modules): each
 * is written in its schema's key order, so the file is the validated value (test/package/generated-data.test.ts),
 * and the package carries it once (dist/fixtures/, also what `./fixtures/*.json` exports). A compact spec imports its
 * JSON text file.
 */
export function dataModuleText(spec: DataModuleSpec): string {
  const value = validatedData(spec);
  const compact = spec.codec?.encode(value as never);
  const from = spec.fixtures.map((f) => `fixtures/${f}`).join(', ');
  const head = [`// Generated by \`npm run generate\` from ${from}. Do not edit.`];
  const typeImport = `import type { ${spec.type.replace(/^readonly |\[\]$/g, '')} } from '${spec.typeFrom}';`;
  if (compact === undefined) {
    const raw = spec.fixtures.map((f) => JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')) as unknown);
    const rawValue = spec.fixtures.length === 1 && spec.type !== 'readonly DocumentFixture[]' ? raw[0] : raw;
    if (JSON.stringify(rawValue) !== JSON.stringify(value)) {
      throw new Error(`${from}: not written in the schema's key order (or not the validated value): rewrite it in the order zod gives`);
    }
    const value_ = spec.fixtures.length === 1 && spec.type !== 'readonly DocumentFixture[]' ? fixtureName(0) : `[${spec.fixtures.map((_, i) => fixtureName(i)).join(', ')}]`;
    return [
      ...head,
      `import { frozenValue } from '../data/frozen.js';`,
      typeImport,
      ...spec.fixtures.map((f, i) => `import ${fixtureName(i)} from '../../fixtures/${f}' with { type: 'json' };`),
      '',
      `/** ${spec.doc} The fixture file is the validated value (written in the schema's key order). Deep-frozen on first call. */`,
      `export const ${spec.name}: () => ${spec.type} = /* @__PURE__ */ frozenValue<${spec.type}>(() => ${value_} as unknown as ${spec.type});`,
      ...(spec.unfrozenName === undefined
        ? []
        : [
            '',
            `/** The same fixtures as imported, frozen or not yet (internal): a reader of a part freezes that part (deepFreeze) before handing any of it out. */`,
            `export const ${spec.unfrozenName} = (): ${spec.type} => ${value_} as unknown as ${spec.type};`,
          ]),
      ...(spec.countName === undefined
        ? []
        : ['', `/** How many fixtures there are (internal), known without reading any. */`, `export const ${spec.countName} = ${spec.fixtures.length};`]),
      '',
    ].join('\n');
  }
  const jsonFile = dataTextPath(spec).split('/').at(-1)!;
  const { quote } = storedText(spec);
  const quoteArg = quote === undefined ? '' : ', QUOTE';
  return [
    ...head,
    `import { ${spec.textName === undefined ? 'frozenJson' : 'frozenJson, storedJson'} } from '../data/frozen.js';`,
    `import { ${spec.codec!.decode} } from '${spec.codec!.from}';`,
    typeImport,
    `import stored from './${jsonFile}' with { type: 'json' };`,
    ...(quote === undefined
      ? []
      : ['', `/** In ./${jsonFile}, the compact JSON of ${from} has each \`"\` written as this character (which it does not otherwise hold). */`, `const QUOTE = ${JSON.stringify(quote)};`]),
    ...(spec.textName === undefined
      ? []
      : ['', `/** The compact JSON of ${from}, parsed (decode it with ${spec.codec!.decode}). */`, `export const ${spec.textName} = (): unknown => storedJson(stored${quoteArg});`]),
    '',
    `/** ${spec.doc} Stored compactly (see its decoder)${quote === undefined ? ', its quotes as they are' : ''}. Parsed, decoded and deep-frozen on first call. */`,
    `export const ${spec.name}: () => ${spec.type} = /* @__PURE__ */ frozenJson<${spec.type}>(stored, ${spec.codec!.decode}${quoteArg});`,
    '',
  ].join('\n');
}

/** Module path → text, for every generated data module and its JSON text file. */
export function dataModuleFiles(): Record<string, string> {
  return Object.fromEntries(dataModules.flatMap((s) => [[s.module, dataModuleText(s)], ...(s.codec === undefined ? [] : [[dataTextPath(s), dataTextFile(s)]])]));
}
