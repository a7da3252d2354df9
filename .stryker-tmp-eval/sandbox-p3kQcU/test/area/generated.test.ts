/** fixtures/areas.json (and municipalities.json, once data/municipalities.csv is in the repository) are what `npm run generate` builds from data/. */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAreasFixture, buildMunicipalitiesFixture, parseCsv } from '../../scripts/build-areas.js';

const root = join(__dirname, '..', '..');

describe('area fixtures are generated from data/', () => {
  it('fixtures/areas.json equals the generated output (run npm run generate)', () => {
    expect(readFileSync(join(root, 'fixtures', 'areas.json'), 'utf8')).toBe(buildAreasFixture(root));
  });
  it('fixtures/municipalities.json equals the generated output when data/municipalities.csv exists', () => {
    const text = buildMunicipalitiesFixture(root);
    if (text !== undefined) expect(readFileSync(join(root, 'fixtures', 'municipalities.json'), 'utf8')).toBe(text);
  });
  it('every row of every data/areas CSV names its source (document and passage)', () => {
    for (const f of ['island-districts.csv', 'zone-districts.csv', 'zone-district-lifts.csv', 'zone-district-coverage.csv', 'mountain-villages.csv']) {
      const rows = parseCsv(readFileSync(join(root, 'data', 'areas', f), 'utf8'));
      expect(rows.length, f).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.source, `${f} ${JSON.stringify(r)}`).toMatch(/^ref:[a-z0-9-]+$/);
        expect(r.source_passage, `${f} ${JSON.stringify(r)}`).toMatch(/\S/);
      }
    }
  });
  it('parseCsv reads quoted fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
});

describe('docs/areas.md', () => {
  it('its generated section (coverage counts and tables) is current', async () => {
    const { areasDoc } = await import('../../scripts/build-areas.js');
    const md = readFileSync(join(root, 'docs', 'areas.md'), 'utf8');
    expect(md).toBe(areasDoc(md, readFileSync(join(root, 'fixtures', 'areas.json'), 'utf8')));
  });
});
