/**
 * The island districts taken from the 2026 list of 離島振興対策実施地域 (ref:ritou-list-mlit-2026, issue 18). The list
 * names islands, not 町字: each 町字 recorded for them must be a 町域 of that municipality in Japan Post's
 * 郵便番号データ (the table the postal subpath ships) and must carry the island's name. This keeps the 町字 from being
 * invented: a name that Japan Post does not have for the municipality fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/build-areas.js';
import { postalTowns } from '../helpers/postal-towns.js';

const root = join(__dirname, '..', '..');

const fixture = JSON.parse(readFileSync(join(root, 'fixtures', 'areas.json'), 'utf8')) as {
  islands: { id: string; name: string; matchAsAddress?: false }[];
  islandDistricts: { municipalityCode: string; municipality: string; districts: string[]; islandId: string; source: { document: string; note?: string } }[];
};
const fromList = fixture.islandDistricts.filter((d) => d.source.document === 'ref:ritou-list-mlit-2026');
const rows = parseCsv(readFileSync(join(root, 'data', 'areas', 'island-districts.csv'), 'utf8'));

describe('island districts from the 2026 list (ref:ritou-list-mlit-2026)', () => {
  const towns = postalTowns();
  const island = new Map(fixture.islands.map((i) => [i.id, i] as const));

  it('are the rows marked island_named_by = postal', () => {
    expect(fromList.length).toBe(rows.filter((r) => r.island_named_by === 'postal').length);
    expect(fromList.length).toBeGreaterThanOrEqual(90);
  });

  it.each(fromList.flatMap((d) => d.districts.map((district) => ({ ...d, district }))))(
    '$municipality $district: a Japan Post 町域 of $municipalityCode carrying the island name',
    ({ municipalityCode, district, islandId }) => {
      const names = towns.get(municipalityCode.slice(0, 5)) ?? new Set<string>();
      expect([...names].some((n) => n.startsWith(district)), `${district} is not a 町域 of ${municipalityCode}`).toBe(true);
      const stem = island.get(islandId)!.name.replace(/\s*\(.*\)$/, '').replace(/島$/, '');
      expect(district.replace(/ヶ/g, 'ケ')).toContain(stem.replace(/ヶ/g, 'ケ'));
    },
  );

  it('their islands are recognised by 町字 only, not as the start of an address', () => {
    for (const d of fromList) {
      const isl = island.get(d.islandId)!;
      const preexisting = rows.some((r) => r.island_id === d.islandId && r.island_named_by !== 'postal');
      if (!preexisting && !['yugeshima', 'ikinajima', 'iwagijima', 'uoshima'].includes(isl.id)) expect(isl.matchAsAddress, isl.id).toBe(false);
    }
  });
});
