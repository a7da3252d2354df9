/**
 * The bundled area index makes a municipality's record only when a call reaches it (src/area/municipality-table.ts)
 * and each name branch of the address trie when an address first reaches it. Here: what it hands out is what the
 * index loaded from the fixtures themselves (every record made at once) hands out, the same object each time.
 */
import { describe, expect, it } from 'vitest';
import { bundledAreaData } from '../../src/area/data.js';
import { loadAreaData } from '../../src/schemas/index.js';
import municipalitiesJson from '../../fixtures/municipalities.json';
import areasJson from '../../fixtures/areas.json';

describe('the bundled area index, made on demand', () => {
  it('looks a code up without making the others, and hands out one object per municipality', () => {
    const data = bundledAreaData();
    const m = data.index.byCode.get('133639')!;
    expect(m.name).toBe('新島村');
    expect(data.index.byCode.get('133639')).toBe(m);
    expect(data.municipalities.find((x) => x.code === '133639')).toBe(m);
    expect(data.index.byNameKey.get('新島村')).toEqual([m]);
    for (const bad of ['133630', '13363', '1336390', ' 13363', '', '999999', 133639 as unknown as string]) {
      expect(data.index.byCode.get(bad)).toBeUndefined();
      expect(data.index.byCode.has(bad)).toBe(false);
    }
  });

  it('equals the index built from the fixtures (records, maps and their order)', () => {
    const lazy = bundledAreaData();
    const eager = loadAreaData({ municipalities: municipalitiesJson, areas: areasJson });
    expect(lazy.municipalities).toEqual(eager.municipalities);
    expect([...lazy.index.byCode]).toEqual([...eager.index.byCode]);
    expect(lazy.index.byCode.size).toBe(eager.index.byCode.size);
    expect([...lazy.index.byNameKey]).toEqual([...eager.index.byNameKey]);
    expect([...lazy.index.islandAliasByKey]).toEqual([...eager.index.islandAliasByKey]);
    expect([...lazy.index.nameKeyLengthsByPrefix]).toEqual([...eager.index.nameKeyLengthsByPrefix]);
    expect(lazy.index.maxNameKeyLength).toBe(eager.index.maxNameKeyLength);
    expect([...lazy.index.prefectureByKey]).toEqual([...eager.index.prefectureByKey]);
    expect(lazy.index.prefectureKeyLengths).toEqual(eager.index.prefectureKeyLengths);
    expect([...lazy.index.byCode5]).toEqual([...eager.index.byCode5]);
    for (const m of lazy.municipalities) expect(lazy.index.byCode.get(m.code)).toBe(m);
  });
});
