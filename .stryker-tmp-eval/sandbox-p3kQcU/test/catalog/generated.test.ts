// @ts-nocheck
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
