/**
 * Generators for the files derived from the zod schemas and the fixtures:
 * schemas/*.schema.json and docs/catalog.md. `npm run generate` writes them;
 * test/catalog/generated.test.ts fails when a committed file is stale.
 */
import { z } from 'zod';
import { catalog as bundled, type Catalog } from '../src/catalog/index.js';
import { passageText } from '../src/catalog/primitives.js';
import { CatalogInputSchema, DocumentFixtureSchema } from '../src/schemas/document.js';
import { extraSchemas } from './schema-registry.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const BASE = 'https://unpkg.com/support-contract-rules/dist/schemas/';
/** Keywords whose value is a schema, a list of schemas or a map of schemas (the places a subschema may be hoisted from). */
const ONE_SCHEMA = new Set(['items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'if', 'then', 'else']);
const SCHEMA_LIST = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);
const SCHEMA_MAP = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/** Calls `visit` on every subschema below `schema` (not on `schema` itself), with a setter that replaces it. */
function eachSubschema(schema: JsonObject, visit: (node: JsonObject, replace: (to: Json) => void) => void): void {
  for (const [key, value] of Object.entries(schema)) {
    if (value === null || typeof value !== 'object') continue;
    if (ONE_SCHEMA.has(key) && !Array.isArray(value)) {
      visit(value, (to) => (schema[key] = to));
    } else if (SCHEMA_LIST.has(key) && Array.isArray(value)) {
      value.forEach((v, i) => {
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) visit(v, (to) => (value[i] = to));
      });
    } else if (SCHEMA_MAP.has(key) && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) visit(v, (to) => (value[k] = to));
      }
    }
  }
}

/**
 * The schema with each subschema that occurs several times (and is large enough to be worth it) written once under
 * `$defs` and referred to by `$ref` (zod writes every reused schema out in full: the document schema repeats its
 * passage, money and condition schemas hundreds of times). Largest saving first, until no repetition pays. Checked:
 * inlining the references back gives the original schema exactly.
 */
export function hoistRepeated(original: JsonObject, minLength = 120): JsonObject {
  const schema = structuredClone(original) as JsonObject;
  const defs: JsonObject = {};
  for (let n = 0; ; n++) {
    const count = new Map<string, number>();
    const walk = (node: JsonObject): void => {
      eachSubschema(node, (sub) => {
        const text = JSON.stringify(sub);
        if (text.length >= minLength) count.set(text, (count.get(text) ?? 0) + 1);
        walk(sub);
      });
    };
    walk(schema);
    for (const d of Object.values(defs)) walk(d as JsonObject);
    let best: string | undefined;
    let bestSaving = 0;
    for (const [text, k] of count) {
      const saving = (k - 1) * text.length - k * 24;
      if (k > 1 && saving > bestSaving) [best, bestSaving] = [text, saving];
    }
    if (best === undefined) break;
    const name = `s${n}`;
    const ref: Json = { $ref: `#/$defs/${name}` };
    const replaceIn = (node: JsonObject): void => {
      eachSubschema(node, (sub, replace) => {
        if (JSON.stringify(sub) === best) replace(structuredClone(ref));
        else replaceIn(sub);
      });
    };
    replaceIn(schema);
    for (const d of Object.values(defs)) replaceIn(d as JsonObject);
    defs[name] = JSON.parse(best) as Json;
  }
  const out: JsonObject = Object.keys(defs).length > 0 ? { ...schema, $defs: defs } : schema;
  if (JSON.stringify(inlineRefs(out)) !== JSON.stringify(original)) throw new Error('hoistRepeated: the hoisted schema does not inline back to the original');
  return out;
}

/** The schema with its local `$ref`s (`#/$defs/…`) replaced by what they refer to, and `$defs` dropped (for the self-check). */
export function inlineRefs(schema: JsonObject): JsonObject {
  const defs = (schema.$defs ?? {}) as JsonObject;
  const inline = (node: Json): Json => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(inline);
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/') && Object.keys(node).length === 1) return inline(defs[ref.slice(8)]!);
    return Object.fromEntries(Object.entries(node).filter(([k]) => !(k === '$defs' && node === schema)).map(([k, v]) => [k, inline(v)]));
  };
  return inline(schema) as JsonObject;
}

/** File name under schemas/ → JSON text. */
export function jsonSchemaFiles(): Record<string, string> {
  const all: Record<string, z.ZodType> = {
    'document.schema.json': DocumentFixtureSchema,
    'catalog.schema.json': CatalogInputSchema,
    ...extraSchemas,
  };
  const plain: Record<string, JsonObject> = {};
  for (const [file, schema] of Object.entries(all)) plain[file] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  // The catalog is a list of documents: it refers to document.schema.json (resolved against its $id) rather than
  // repeating it; checked to be the same schema.
  const catalog = plain['catalog.schema.json']!;
  const documents = (catalog.properties as JsonObject).documents as JsonObject;
  const { $schema: _s, ...documentBody } = plain['document.schema.json']!;
  if (JSON.stringify(documents.items) !== JSON.stringify(documentBody)) throw new Error('catalog.schema.json: its documents are not the document schema');
  documents.items = { $ref: 'document.schema.json' };
  const out: Record<string, string> = {};
  for (const [file, js] of Object.entries(plain)) {
    out[file] = JSON.stringify({ ...hoistRepeated(js), $id: `${BASE}${file}` }, null, 2) + '\n';
  }
  return out;
}

const yen = (n: number | null) => (n === null ? '(not stated)' : `${n.toLocaleString('en-US')}円`);
const basis = (b: string | null) => (b === 'tax-included' ? '税込' : b === 'tax-excluded' ? '税抜' : '(not stated)');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const excerpt = (s: string, n = 70) => cell(s.length > n ? `${s.slice(0, n)}…` : s);

/** docs/catalog.md: every document's plans, options and fees, generated from the fixtures. */
export function catalogMarkdown(catalog: Catalog = bundled): string {
  const lines: string[] = [
    '# Catalog',
    '',
    '<!-- Generated by `npm run generate` from fixtures/*.json. Do not edit by hand. -->',
    '',
    'Every plan, option and fee transcribed from the seed documents, with the passage each fact comes from.',
    'Sale windows are inclusive; "(not stated)" marks what a document leaves out (nothing is invented).',
    '',
  ];
  for (const doc of catalog.documents) {
    const d = doc.document;
    lines.push(`## ${d.service}`, '', `- Document: \`${d.file}\` — ${d.title}`, `- Issuer: ${d.issuer.name}`);
    if (d.serviceStart) lines.push(`- Service start: ${d.serviceStart.date}`);
    for (const r of d.revisions ?? []) lines.push(`- Revision ${r.date}: ${cell(r.description)}`);
    const sections = (['billing', 'schedules', 'quotas', 'loaner', 'visits', 'sendback', 'areaRules', 'incidents', 'scope'] as const).filter(
      (k) => doc[k] !== undefined,
    );
    if (sections.length) lines.push(`- Rule sections: ${sections.map((s) => `\`${s}\``).join(', ')}`);
    lines.push('');
    if (doc.plans.length) {
      lines.push('### Plans', '', '| id | name | monthly fee | basis | status | sale start | sale end | source |', '|---|---|---:|---|---|---|---|---|');
      for (const p of doc.plans) {
        const end = p.saleWindow.end ? (p.saleWindow.end.date ?? '(blank in the document)') : '';
        lines.push(
          `| \`${p.id}\` | ${cell([p.category, p.name].filter(Boolean).join(' / '))} | ${yen(p.monthlyFeeYen)} | ${basis(p.taxBasis)} | ${p.status} | ${p.saleWindow.start?.date ?? ''} | ${end} | ${excerpt(passageText(p.source.passage))} |`,
        );
      }
      lines.push('');
    }
    if (doc.options.length) {
      lines.push('### Options', '', '| id | name | for plans | monthly fee | basis | charged | source |', '|---|---|---|---:|---|---|---|');
      for (const o of doc.options) {
        lines.push(
          `| \`${o.id}\` | ${cell(o.name)} | ${o.appliesTo.map((x) => `\`${x}\``).join(', ')} | ${yen(o.monthlyFeeYen)} | ${basis(o.taxBasis)} | ${o.charge.kind} | ${excerpt(passageText(o.source.passage))} |`,
        );
      }
      lines.push('');
    }
    if (doc.fees.length) {
      lines.push('### Fees', '', '| id | name | kind | amount | basis | unit | estimate | source |', '|---|---|---|---:|---|---|---|---|');
      for (const f of doc.fees) {
        lines.push(
          `| \`${f.id}\` | ${cell(f.name)} | ${f.kind} | ${yen(f.amountYen)} | ${basis(f.taxBasis)} | ${cell(f.unit)} | ${f.estimate ? '目安' : ''} | ${excerpt(passageText(f.source.passage))} |`,
        );
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

/**
 * src/catalog/bundled-ids.ts: the ids of the bundled catalog as literal types, so that a typo in a bundled
 * plan, option or fee id is a compile error (getPlan and its kind), while user catalogs take any string.
 */
export function bundledIdsSource(catalog: Catalog = bundled): string {
  const union = (name: string, what: string, ids: readonly string[]): string[] => [
    `/** The id of ${what} in the bundled catalog (fixtures/*.json). */`,
    `export type ${name} =`,
    ...[...new Set(ids)].sort().map((id, i, all) => `  | '${id}'${i === all.length - 1 ? ';' : ''}`),
    '',
  ];
  return [
    '/**',
    ' * Literal types of the ids of the bundled catalog. Generated by `npm run generate` from fixtures/*.json;',
    ' * do not edit by hand (test/catalog/generated.test.ts fails when it is stale).',
    ' */',
    '',
    ...union('BundledPlanId', 'a plan', catalog.plans.map((p) => p.id)),
    ...union('BundledOptionId', 'an option', catalog.options.map((o) => o.id)),
    ...union('BundledFeeId', 'a fee', catalog.fees.map((f) => f.id)),
    '/**',
    ' * An id checked against the bundled ids when it is a literal: `Id & KnownId<Id, BundledPlanId>` accepts',
    " * `'itss-light-anshin-1'` and any `string` variable, and refuses a literal the bundled catalog lacks.",
    ' */',
    'export type KnownId<Id extends string, Known extends string> = string extends Id ? string : Known;',
    '',
  ].join('\n');
}
