/** docs/areas.md lists the data it describes; every interpretation cited in reasons is recorded. */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledAreaData, classifyArea } from '../../src/index.js';

const root = join(__dirname, '..', '..');
const areasMd = readFileSync(join(root, 'docs', 'areas.md'), 'utf8');
const interp = readFileSync(join(root, 'docs', 'interpretations.md'), 'utf8');
const data = bundledAreaData();

describe('docs', () => {
  it('docs/areas.md lists every island municipality, island district and zone municipality', () => {
    for (const m of data.areas.islandMunicipalities) expect(areasMd).toContain(`| ${m.municipality} | ${m.municipalityCode} |`);
    for (const d of data.areas.islandDistricts) expect(areasMd).toContain(`(${d.municipalityCode}) | ${d.districts.join('、')} |`);
    for (const z of data.areas.returnDifficultZones.municipalities) expect(areasMd).toContain(`| ${z.municipality} | ${z.municipalityCode} |`);
  });
  it('every interpretation cited by the fixtures or the code is recorded in docs/interpretations.md', () => {
    const cited = new Set<string>();
    const inputs = [
      { address: '東京都新島村', on: '2026-11-22' },
      { address: '沖縄県那覇市', on: '2026-11-22', islandScope: 'designated-remote-island' as const },
      { address: '沖縄県那覇市', on: '2026-11-22' },
      { municipalityCode: '075469', on: '2026-11-22', mountainous: true },
      { municipalityCode: '131016', on: '2026-11-22', island: true },
      { address: '三浦市三崎町小網代', on: '2026-11-22', island: false },
    ];
    for (const i of inputs) for (const r of classifyArea(i).reasons) if (r.interpretation) cited.add(r.interpretation);
    const src = readFileSync(join(root, 'src', 'area', 'classify.ts'), 'utf8');
    for (const m of src.matchAll(/'(area-[a-z0-9-]+)'/g)) cited.add(m[1]!);
    expect(cited.size).toBeGreaterThanOrEqual(9);
    for (const id of cited) expect(interp, id).toContain(`### ${id}\n`);
  });
});
