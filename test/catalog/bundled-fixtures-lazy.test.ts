/**
 * `bundledFixtures` exists when the library is imported, but freezes nothing then: freezing the five documents at
 * import was about a tenth of the ES module root's import time (20 M of its 213 M instructions, callgrind). Each item
 * is a getter that freezes the documents on first read. Everything a caller does with the list must work as it did
 * with a plain frozen array.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DOCUMENT_FIXTURES } from '../../scripts/data-modules.js';

const root = join(__dirname, '..', '..');
const files = DOCUMENT_FIXTURES.map((f) => JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')) as unknown);

async function fresh() {
  vi.resetModules();
  const data = await import('../../src/catalog/documents.data.js');
  const { bundledFixtures } = await import('../../src/catalog/fixtures.js');
  return { data, bundledFixtures };
}

describe('bundledFixtures is lazy', () => {
  it('importing it freezes no document; reading an item freezes the documents', async () => {
    const { data, bundledFixtures } = await fresh();
    expect(data.bundledDocumentFixtures().some((d) => Object.isFrozen(d))).toBe(false);
    expect(bundledFixtures.length).toBe(5);
    expect(data.bundledDocumentFixtures().some((d) => Object.isFrozen(d))).toBe(false);
    const first = bundledFixtures[0] as { plans: unknown[] };
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.plans)).toBe(true);
    expect(data.bundledDocumentFixtures().every((d) => Object.isFrozen(d))).toBe(true);
  });

  it('the count the generated module states is the number of documents', async () => {
    const { data } = await fresh();
    expect(data.bundledDocumentCount).toBe(DOCUMENT_FIXTURES.length);
    expect(data.bundledDocumentFixtures()).toHaveLength(data.bundledDocumentCount);
  });
});

describe('bundledFixtures behaves as a frozen array of the fixture files', () => {
  it('is a frozen array of 5 items, the same objects on every read', async () => {
    const { bundledFixtures } = await fresh();
    expect(Array.isArray(bundledFixtures)).toBe(true);
    expect(Object.isFrozen(bundledFixtures)).toBe(true);
    expect(bundledFixtures).toHaveLength(5);
    expect(bundledFixtures[2]).toBe(bundledFixtures[2]);
    expect(Object.keys(bundledFixtures)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('its items cannot be replaced, added or removed', async () => {
    const { bundledFixtures } = await fresh();
    const list = bundledFixtures as unknown[];
    const before = list[0];
    expect(() => {
      list[0] = {};
    }).toThrow(TypeError);
    expect(() => list.push({})).toThrow(TypeError);
    expect(() => list.pop()).toThrow(TypeError);
    expect(() => Object.defineProperty(list, 0, { value: {} })).toThrow(TypeError);
    expect(list[0]).toBe(before);
    expect(list).toHaveLength(5);
  });

  it('JSON, structuredClone, spreading, iteration and Array methods see the documents', async () => {
    const { bundledFixtures } = await fresh();
    expect(JSON.parse(JSON.stringify(bundledFixtures))).toEqual(files);
    expect(structuredClone(bundledFixtures)).toEqual(files);
    expect([...bundledFixtures]).toEqual(files);
    const ids: string[] = [];
    for (const d of bundledFixtures) ids.push((d as { document: { id: string } }).document.id);
    expect(ids).toEqual(files.map((d) => (d as { document: { id: string } }).document.id));
    expect(bundledFixtures.map((d) => (d as { document: { id: string } }).document.id)).toEqual(ids);
    expect(bundledFixtures.slice(1, 2)[0]).toBe(bundledFixtures[1]);
  });
});
