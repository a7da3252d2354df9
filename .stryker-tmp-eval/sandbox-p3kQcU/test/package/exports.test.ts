/** package.json names every entry point tsup builds (scripts/entries.ts), and ships no source maps or sources. */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedExports, expectedTypesVersions } from '../../scripts/entries.js';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as Record<string, unknown>;

describe('package.json', () => {
  it('"exports" lists the root, each capability, /schemas (ESM + CJS + types), fixtures and JSON schemas', () => {
    expect(pkg.exports).toEqual(expectedExports());
    expect(pkg.typesVersions).toEqual(expectedTypesVersions());
  });
  it('root fields point at the root entry', () => {
    expect([pkg.main, pkg.module, pkg.types]).toEqual(['./dist/index.cjs', './dist/index.js', './dist/index.d.cts']);
    expect(pkg.sideEffects).toBe(false);
  });
  it('ships the built library (with the fixtures and schemas, unindented, under dist/) and the bin wrapper; no sources', () => {
    expect(pkg.files).toEqual(['dist', 'bin', 'README.md', 'CHANGELOG.md', 'LICENSE']);
    expect(pkg.bin).toEqual({ 'support-contract-rules': './bin/support-contract-rules.js' });
  });
});
