import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledIdsSource, catalogMarkdown, jsonSchemaFiles } from '../../scripts/generators.js';

const root = join(__dirname, '..', '..');

describe('generated files are up to date (run `npm run generate`)', () => {
  const files = jsonSchemaFiles();
  it.each(Object.keys(files))('schemas/%s', (file) => {
    const path = join(root, 'schemas', file);
    expect(existsSync(path), `schemas/${file} is missing: run npm run generate`).toBe(true);
    expect(readFileSync(path, 'utf8'), `schemas/${file} is stale: run npm run generate`).toBe(files[file]);
  });
  it('docs/catalog.md', () => {
    expect(readFileSync(join(root, 'docs', 'catalog.md'), 'utf8'), 'docs/catalog.md is stale: run npm run generate').toBe(catalogMarkdown());
  });
  it('src/catalog/bundled-ids.ts', () => {
    expect(readFileSync(join(root, 'src', 'catalog', 'bundled-ids.ts'), 'utf8'), 'src/catalog/bundled-ids.ts is stale: run npm run generate').toBe(bundledIdsSource());
  });
  it('every fixture names a generated schema that exists', () => {
    for (const f of readdirSync(join(root, 'fixtures')).filter((n) => n.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')) as { $schema?: string };
      expect(json.$schema, `fixtures/${f} has no $schema`).toMatch(/^\.\.\/schemas\/.+\.schema\.json$/);
      expect(Object.keys(files), `fixtures/${f}`).toContain(json.$schema!.replace('../schemas/', ''));
    }
  });
});

describe('the JSON schemas are written compactly', () => {
  it('repeated subschemas are written once under $defs and inline back to the same schema', async () => {
    const { hoistRepeated, inlineRefs } = await import('../../scripts/generators.js');
    const passage = { type: 'object', properties: { document: { type: 'string', minLength: 1 }, passage: { type: 'string', minLength: 1 } }, required: ['document', 'passage'] };
    const schema = { type: 'object', properties: { a: passage, b: { type: 'array', items: passage }, c: { anyOf: [passage, { type: 'null' }] }, enum: { enum: [passage] } } };
    const hoisted = hoistRepeated(JSON.parse(JSON.stringify(schema)), 50);
    expect(hoisted.$defs).toEqual({ s0: passage });
    expect(hoisted.properties).toEqual({ a: { $ref: '#/$defs/s0' }, b: { type: 'array', items: { $ref: '#/$defs/s0' } }, c: { anyOf: [{ $ref: '#/$defs/s0' }, { type: 'null' }] }, enum: { enum: [passage] } });
    expect(inlineRefs(hoisted)).toEqual(schema);
  });
  it('catalog.schema.json refers to document.schema.json for its documents', () => {
    const catalog = JSON.parse(jsonSchemaFiles()['catalog.schema.json']!) as { properties: { documents: { items: unknown } } };
    expect(catalog.properties.documents.items).toEqual({ $ref: 'document.schema.json' });
  });
});
