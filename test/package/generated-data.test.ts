/**
 * Bundled data reaches the library through generated data modules (src/<capability>/<name>.data.ts), validated by
 * the zod schemas when generated: the documents, the holiday law and the tax table import their fixture files (each
 * written in its schema's key order, so the file is the validated value); the compact area data and municipalities
 * import their JSON text (src/area/<name>.data.json). Here: each module is up to date, and what it gives equals
 * the zod-validated fixture (same values, same key order), deeply frozen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataModules, dataModuleText, dataTextFile, dataTextPath, validatedData } from '../../scripts/data-modules.js';

const root = join(__dirname, '..', '..');

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe.each(dataModules.map((s) => [s.module, s] as const))('%s', (module, spec) => {
  it('is up to date with its fixtures (run `npm run generate`)', () => {
    expect(readFileSync(join(root, module), 'utf8'), `${module} is stale: run npm run generate`).toBe(dataModuleText(spec));
    if (spec.codec !== undefined) {
      const textFile = dataTextPath(spec);
      expect(readFileSync(join(root, textFile), 'utf8'), `${textFile} is stale: run npm run generate`).toBe(dataTextFile(spec));
    }
  });
  it('equals the zod-validated fixture, deeply frozen', async () => {
    const mod = (await import(join(root, module))) as Record<string, () => unknown>;
    const value = mod[spec.name]!();
    const validated = validatedData(spec);
    expect(value).toEqual(validated);
    expect(JSON.stringify(value)).toBe(JSON.stringify(validated));
    expect(isDeepFrozen(value)).toBe(true);
    expect(mod[spec.name]!()).toBe(value);
  });
});

describe('the municipality codec', () => {
  it('gives back exactly what it encoded, and declines a shape it does not know', async () => {
    const { encodeMunicipalities, decodeMunicipalities } = await import('../../src/area/municipalities-codec.js');
    const spec = dataModules.find((s) => s.name === 'municipalitiesData')!;
    const fixture = validatedData(spec) as Parameters<typeof encodeMunicipalities>[0];
    const compact = encodeMunicipalities(fixture)!;
    expect(JSON.stringify(decodeMunicipalities(compact))).toBe(JSON.stringify(fixture));
    const extraField = { ...fixture, municipalities: fixture.municipalities.map((m, i) => (i === 0 ? { ...m, mountainous: true } : m)) };
    expect(encodeMunicipalities(extraField as typeof fixture)).toBeUndefined();
  });
});

describe('the string-interning codec', () => {
  it('gives back exactly what it encoded (strings and key lists stored once), and declines a value holding its markers', async () => {
    const { encodeInterned, decodeInterned } = await import('../../src/data/intern.js');
    const source = { document: '000_34f9cbb9e8f7f627.txt', passage: 'a passage quoted twice' };
    const value = { a: 'a passage quoted twice', b: ['a passage quoted twice', { c: 'a passage quoted twice', d: 'short' }], facts: [{ id: 'x', source }, { id: 'y', source: { ...source, note: 'n' } }, { id: 'z', source }] };
    const compact = encodeInterned(value)!;
    expect(compact.s).toEqual(['a passage quoted twice', '000_34f9cbb9e8f7f627.txt']);
    expect(compact.k).toEqual([['id', 'source'], ['document', 'passage']]);
    expect((compact.v as { facts: unknown[] }).facts[0]).toEqual(['\uE0010', 'x', ['\uE0011', '\uE0001', '\uE0000']]);
    const back = decodeInterned(JSON.parse(JSON.stringify(compact)));
    expect(back).toEqual(value);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(encodeInterned({ a: '\uE000 looks like a reference' })).toBeUndefined();
    expect(encodeInterned({ a: ['\uE0010', 'looks like an object'] })).toBeUndefined();
    expect(encodeInterned({ '\uE001': 1 })).toBeUndefined();
    expect(encodeInterned(JSON.parse('[{"__proto__": 1}, {"__proto__": 2}]'))).toBeUndefined();
  });
});
